import { Injectable, computed, inject, signal } from '@angular/core';
import { apiErrorMessages, httpStatusOf } from '@lms/platform/web';
import type { CourseOutline, LessonResponse, ProgressResponse } from '@lms/shared/contracts';
import { firstValueFrom } from 'rxjs';
import { CurriculumApi } from './curriculum.api';
import { CurriculumErrorCode, apiErrorCode } from './curriculum-errors';

/** Why a lesson cannot be shown, in terms the reader explains to the trainee. */
export type LessonBlock = 'locked' | 'not-enrolled' | 'not-found';

interface LessonReaderState {
  lesson: LessonResponse | null;
  /** The course around the lesson (title, enrollment); kept while moving between its lessons. */
  outline: CourseOutline | null;
  loading: boolean;
  blocked: LessonBlock | null;
  errors: readonly string[];
  completing: boolean;
}

/** The lesson reader: one lesson, its course, and "mark complete". Provide it per page. */
@Injectable()
export class LessonReaderStore {
  private readonly api = inject(CurriculumApi);
  private readonly state = signal<LessonReaderState>({
    lesson: null,
    outline: null,
    loading: false,
    blocked: null,
    errors: [],
    completing: false,
  });
  /** The latest open() call; answers to earlier calls are dropped. */
  private opening = 0;

  readonly lesson = computed(() => this.state().lesson);
  readonly outline = computed(() => this.state().outline);
  readonly loading = computed(() => this.state().loading);
  readonly blocked = computed(() => this.state().blocked);
  readonly errors = computed(() => this.state().errors);
  readonly completing = computed(() => this.state().completing);
  /**
   * True when the reader is a trainee enrolled in this lesson's version: only then is reading
   * time recorded and the lesson can be completed. Staff read lessons as a preview.
   */
  readonly tracksProgress = computed(() => {
    const outline = this.outline();
    const lesson = this.lesson();
    return (
      outline !== null &&
      lesson !== null &&
      outline.enrolled &&
      outline.id === lesson.courseId &&
      outline.version === lesson.version
    );
  });
  readonly isPreview = computed(
    () => this.outline() !== null && this.lesson() !== null && !this.tracksProgress(),
  );

  async open(courseId: string, lessonId: string): Promise<void> {
    const call = ++this.opening;
    const needsOutline = this.state().outline?.id !== courseId;
    this.state.update((s) => ({
      ...s,
      lesson: null,
      outline: needsOutline ? null : s.outline,
      loading: true,
      blocked: null,
      errors: [],
    }));
    const [lesson, outline] = await Promise.allSettled([
      firstValueFrom(this.api.getLesson(lessonId)),
      needsOutline ? firstValueFrom(this.api.getCourse(courseId)) : Promise.resolve(null),
    ]);
    if (call !== this.opening) return;
    this.state.update((s) => ({
      ...s,
      loading: false,
      // Without the outline the page still works: the breadcrumb says "Course outline".
      outline: outline.status === 'fulfilled' && outline.value ? outline.value : s.outline,
      lesson: lesson.status === 'fulfilled' ? lesson.value : null,
      blocked: lesson.status === 'rejected' ? blockOf(lesson.reason) : null,
      errors:
        lesson.status === 'rejected' && blockOf(lesson.reason) === null
          ? apiErrorMessages(lesson.reason)
          : [],
    }));
  }

  /** Marks the lesson complete with the reading time not reported yet; null on failure. */
  async complete(timeSpentSeconds: number): Promise<ProgressResponse | null> {
    const lesson = this.lesson();
    if (!lesson || this.completing()) return null;
    this.state.update((s) => ({ ...s, completing: true, errors: [] }));
    try {
      const progress = await firstValueFrom(this.api.completeLesson(lesson.id, timeSpentSeconds));
      this.state.update((s) => ({
        ...s,
        completing: false,
        lesson: s.lesson?.id === lesson.id ? { ...s.lesson, completed: true } : s.lesson,
        outline: s.outline && withProgress(s.outline, progress),
      }));
      return progress;
    } catch (error: unknown) {
      this.state.update((s) => ({ ...s, completing: false, errors: apiErrorMessages(error) }));
      return null;
    }
  }
}

function blockOf(error: unknown): LessonBlock | null {
  const code = apiErrorCode(error);
  if (code === CurriculumErrorCode.LessonLocked) return 'locked';
  if (code === CurriculumErrorCode.NotEnrolled) return 'not-enrolled';
  return httpStatusOf(error) === 404 ? 'not-found' : null;
}

/** The cached outline after a completion (the outline page reloads it anyway). */
function withProgress(outline: CourseOutline, progress: ProgressResponse): CourseOutline {
  return {
    ...outline,
    percentComplete: progress.percentComplete,
    nextItem: progress.nextItem,
    modules: outline.modules.map((m) => ({
      ...m,
      lessons: m.lessons.map((l) => (l.id === progress.lessonId ? { ...l, completed: true } : l)),
    })),
  };
}
