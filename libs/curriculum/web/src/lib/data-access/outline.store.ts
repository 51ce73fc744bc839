import { Injectable, computed, inject, signal } from '@angular/core';
import { apiErrorMessages, httpStatusOf } from '@lms/platform/web';
import type { CourseOutline } from '@lms/shared/contracts';
import { firstValueFrom } from 'rxjs';
import { CurriculumApi } from './curriculum.api';
import { CurriculumErrorCode, apiErrorCode } from './curriculum-errors';

interface OutlineState {
  outline: CourseOutline | null;
  loading: boolean;
  notFound: boolean;
  errors: readonly string[];
  enrolling: boolean;
}

/** A course outline with the trainee's progress and locks (GET /api/courses/:id). Per page. */
@Injectable()
export class OutlineStore {
  private readonly api = inject(CurriculumApi);
  private readonly state = signal<OutlineState>({
    outline: null,
    loading: false,
    notFound: false,
    errors: [],
    enrolling: false,
  });

  readonly outline = computed(() => this.state().outline);
  readonly loading = computed(() => this.state().loading);
  readonly notFound = computed(() => this.state().notFound);
  readonly errors = computed(() => this.state().errors);
  readonly enrolling = computed(() => this.state().enrolling);
  readonly lessonCount = computed(
    () => this.outline()?.modules.reduce((n, m) => n + m.lessons.length, 0) ?? 0,
  );
  /** "Resume" once something is complete, "Start" before. */
  readonly started = computed(() =>
    (this.outline()?.modules ?? []).some((m) => m.lessons.some((l) => l.completed)),
  );

  async load(courseId: string): Promise<void> {
    this.state.update((s) => ({ ...s, loading: true, errors: [], notFound: false }));
    try {
      const outline = await firstValueFrom(this.api.getCourse(courseId));
      this.state.update((s) => ({ ...s, outline, loading: false }));
    } catch (error: unknown) {
      const notFound = httpStatusOf(error) === 404;
      this.state.update((s) => ({
        ...s,
        outline: null,
        loading: false,
        notFound,
        errors: notFound ? [] : apiErrorMessages(error),
      }));
    }
  }

  /** Enrolls in the published version, then shows the outline with progress and locks. */
  async enroll(): Promise<boolean> {
    const outline = this.outline();
    if (!outline) return false;
    this.state.update((s) => ({ ...s, enrolling: true, errors: [] }));
    try {
      await firstValueFrom(this.api.enroll(outline.id));
    } catch (error: unknown) {
      if (apiErrorCode(error) !== CurriculumErrorCode.AlreadyEnrolled) {
        this.state.update((s) => ({ ...s, enrolling: false, errors: apiErrorMessages(error) }));
        return false;
      }
    }
    await this.load(outline.id);
    this.state.update((s) => ({ ...s, enrolling: false }));
    return true;
  }
}
