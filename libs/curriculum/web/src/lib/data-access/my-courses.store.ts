import { Injectable, computed, inject, signal } from '@angular/core';
import { apiErrorMessages } from '@lms/platform/web';
import type { EnrollmentSummary } from '@lms/shared/contracts';
import { PAGE_MAX_LIMIT } from '@lms/shared/contracts';
import { firstValueFrom } from 'rxjs';
import { CurriculumApi } from './curriculum.api';

interface MyCoursesState {
  enrollments: readonly EnrollmentSummary[];
  loading: boolean;
  loaded: boolean;
  errors: readonly string[];
}

/** The signed-in trainee's enrollments, most recently active first. Provide it per page. */
@Injectable()
export class MyCoursesStore {
  private readonly api = inject(CurriculumApi);
  private readonly state = signal<MyCoursesState>({
    enrollments: [],
    loading: false,
    loaded: false,
    errors: [],
  });

  readonly enrollments = computed(() => this.state().enrollments);
  readonly loading = computed(() => this.state().loading);
  readonly loaded = computed(() => this.state().loaded);
  readonly errors = computed(() => this.state().errors);
  readonly inProgress = computed(() => this.enrollments().filter((e) => e.completedAt === null));
  readonly completed = computed(() => this.enrollments().filter((e) => e.completedAt !== null));

  async load(): Promise<void> {
    this.state.update((s) => ({ ...s, loading: true, errors: [] }));
    try {
      const page = await firstValueFrom(this.api.myEnrollments({ limit: PAGE_MAX_LIMIT }));
      this.state.update((s) => ({ ...s, enrollments: page.items, loading: false, loaded: true }));
    } catch (error: unknown) {
      this.state.update((s) => ({ ...s, loading: false, errors: apiErrorMessages(error) }));
    }
  }
}
