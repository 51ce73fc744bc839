import { Injectable, computed, inject, signal } from '@angular/core';
import { apiErrorMessages } from '@lms/platform/web';
import type { CourseSummary } from '@lms/shared/contracts';
import { firstValueFrom } from 'rxjs';
import { CurriculumApi } from './curriculum.api';
import { CurriculumErrorCode, apiErrorCode } from './curriculum-errors';

/** The catalogue shows one page; the product has a handful of courses, not hundreds. */
export const CATALOGUE_LIMIT = 100;

interface CatalogueState {
  courses: readonly CourseSummary[];
  total: number;
  loading: boolean;
  loaded: boolean;
  errors: readonly string[];
  /** The course being enrolled in. */
  enrolling: string | null;
}

/** Published courses a trainee can enroll in (GET /api/courses). Provide it per page. */
@Injectable()
export class CatalogueStore {
  private readonly api = inject(CurriculumApi);
  private readonly state = signal<CatalogueState>({
    courses: [],
    total: 0,
    loading: false,
    loaded: false,
    errors: [],
    enrolling: null,
  });

  readonly courses = computed(() => this.state().courses);
  readonly total = computed(() => this.state().total);
  readonly loading = computed(() => this.state().loading);
  readonly loaded = computed(() => this.state().loaded);
  readonly errors = computed(() => this.state().errors);
  readonly enrolling = computed(() => this.state().enrolling);

  async load(): Promise<void> {
    this.state.update((s) => ({ ...s, loading: true, errors: [] }));
    try {
      // view=learner: published versions only, as trainees see them, whatever other roles the
      // user holds (an instructor who is also a trainee never sees draft titles here).
      const page = await firstValueFrom(
        this.api.listCourses({ limit: CATALOGUE_LIMIT, view: 'learner' }),
      );
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

  /** Enrolls in the published version; true when the trainee is enrolled afterwards. */
  async enroll(courseId: string): Promise<boolean> {
    this.state.update((s) => ({ ...s, enrolling: courseId, errors: [] }));
    try {
      await firstValueFrom(this.api.enroll(courseId));
      this.markEnrolled(courseId);
      return true;
    } catch (error: unknown) {
      if (apiErrorCode(error) === CurriculumErrorCode.AlreadyEnrolled) {
        this.markEnrolled(courseId);
        return true;
      }
      this.state.update((s) => ({ ...s, errors: apiErrorMessages(error) }));
      return false;
    } finally {
      this.state.update((s) => ({ ...s, enrolling: null }));
    }
  }

  private markEnrolled(courseId: string): void {
    this.state.update((s) => ({
      ...s,
      courses: s.courses.map((c) => (c.id === courseId ? { ...c, enrolled: true } : c)),
    }));
  }
}
