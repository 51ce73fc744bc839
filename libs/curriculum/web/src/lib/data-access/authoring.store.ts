import { Injectable, computed, inject, signal } from '@angular/core';
import { apiErrorMessages } from '@lms/platform/web';
import type { CourseOutline, CourseSummary, CreateCourseRequest } from '@lms/shared/contracts';
import { firstValueFrom } from 'rxjs';
import { CurriculumApi } from './curriculum.api';

export const AUTHORING_LIMIT = 100;

interface AuthoringState {
  courses: readonly CourseSummary[];
  total: number;
  loading: boolean;
  loaded: boolean;
  errors: readonly string[];
  creating: boolean;
  createErrors: readonly string[];
}

/** Every course's latest version for instructors and admins, and "new course". Per page. */
@Injectable()
export class AuthoringStore {
  private readonly api = inject(CurriculumApi);
  private readonly state = signal<AuthoringState>({
    courses: [],
    total: 0,
    loading: false,
    loaded: false,
    errors: [],
    creating: false,
    createErrors: [],
  });

  readonly courses = computed(() => this.state().courses);
  readonly total = computed(() => this.state().total);
  readonly loading = computed(() => this.state().loading);
  readonly loaded = computed(() => this.state().loaded);
  readonly errors = computed(() => this.state().errors);
  readonly creating = computed(() => this.state().creating);
  readonly createErrors = computed(() => this.state().createErrors);

  async load(): Promise<void> {
    this.state.update((s) => ({ ...s, loading: true, errors: [] }));
    try {
      const page = await firstValueFrom(this.api.listCourses({ limit: AUTHORING_LIMIT }));
      this.state.update((s) => ({
        ...s,
        courses: page.items,
        total: page.total,
        loading: false,
        loaded: true,
      }));
    } catch (error: unknown) {
      this.state.update((s) => ({ ...s, loading: false, errors: apiErrorMessages(error) }));
    }
  }

  /** Creates version 1 as a draft owned by the author; null when the API refuses. */
  async create(request: CreateCourseRequest): Promise<CourseOutline | null> {
    this.state.update((s) => ({ ...s, creating: true, createErrors: [] }));
    try {
      const outline = await firstValueFrom(this.api.createCourse(request));
      this.state.update((s) => ({ ...s, creating: false }));
      return outline;
    } catch (error: unknown) {
      this.state.update((s) => ({ ...s, creating: false, createErrors: apiErrorMessages(error) }));
      return null;
    }
  }

  clearCreateErrors(): void {
    this.state.update((s) => ({ ...s, createErrors: [] }));
  }
}
