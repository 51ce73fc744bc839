import { Injectable, computed, inject, signal } from '@angular/core';
import { apiErrorMessages, httpStatusOf } from '@lms/platform/web';
import type {
  CourseOutline,
  CreateLessonRequest,
  CreateModuleRequest,
  CreateQuizRequest,
  LessonResponse,
  OutlineLesson,
  OutlineModule,
  UpdateCourseRequest,
  UpdateLessonRequest,
  UpdateModuleRequest,
} from '@lms/shared/contracts';
import { CourseStatus } from '@lms/shared/contracts';
import { firstValueFrom } from 'rxjs';
import { CurriculumApi } from './curriculum.api';
import { missingToPublish } from './curriculum-errors';

interface CourseEditorState {
  outline: CourseOutline | null;
  loading: boolean;
  notFound: boolean;
  /** Writes in flight (they run one after another). */
  pending: number;
  errors: readonly string[];
  /** What a refused publish said is missing. */
  missing: readonly string[];
  /** The outcome of the last write, announced politely. */
  notice: string;
}

/** For writes that answer with something other than the outline: reload it afterwards. */
async function reloadAfter(request: Promise<unknown>): Promise<null> {
  await request;
  return null;
}

/** Moves one entry of a list; returns a new array. */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const copy = [...items];
  const [item] = copy.splice(from, 1);
  if (item !== undefined) copy.splice(to, 0, item);
  return copy;
}

/**
 * The course editor. Every write reloads the outline and keeps the ids it returns: the first
 * change to a published course creates a new draft version with new module and lesson ids.
 * Writes run one after another; reordering shows the new order at once and is rolled back
 * (by reloading) when the API refuses. Provide it per page.
 */
@Injectable()
export class CourseEditorStore {
  private readonly api = inject(CurriculumApi);
  private readonly state = signal<CourseEditorState>({
    outline: null,
    loading: false,
    notFound: false,
    pending: 0,
    errors: [],
    missing: [],
    notice: '',
  });
  private queue: Promise<unknown> = Promise.resolve();

  readonly outline = computed(() => this.state().outline);
  readonly loading = computed(() => this.state().loading);
  readonly notFound = computed(() => this.state().notFound);
  readonly saving = computed(() => this.state().pending > 0);
  readonly errors = computed(() => this.state().errors);
  readonly missing = computed(() => this.state().missing);
  readonly notice = computed(() => this.state().notice);
  readonly modules = computed(() => this.outline()?.modules ?? []);
  readonly isDraft = computed(() => this.outline()?.status === CourseStatus.Draft);
  readonly canEdit = computed(() => this.outline()?.canEdit ?? false);
  /** The version that publishing (or the next change) concerns. */
  /** A course has one post-test. */
  readonly hasPostTest = computed(() =>
    this.modules().some((m) => m.quizzes.some((q) => q.isPostTest)),
  );
  readonly draftVersion = computed(() => {
    const outline = this.outline();
    if (!outline) return 1;
    return outline.status === CourseStatus.Draft ? outline.version : outline.version + 1;
  });

  async load(courseId: string): Promise<void> {
    this.state.update((s) => ({ ...s, loading: true, notFound: false, errors: [] }));
    try {
      const outline = await firstValueFrom(this.api.getCourse(courseId));
      this.state.update((s) => ({ ...s, outline, loading: false }));
    } catch (error: unknown) {
      const notFound = httpStatusOf(error) === 404;
      this.state.update((s) => ({
        ...s,
        loading: false,
        notFound,
        errors: notFound ? [] : apiErrorMessages(error),
      }));
    }
  }

  /** Lessons are edited from their full text, which the outline does not carry. */
  async loadLesson(lessonId: string): Promise<LessonResponse | null> {
    this.state.update((s) => ({ ...s, errors: [] }));
    try {
      return await firstValueFrom(this.api.getLesson(lessonId));
    } catch (error: unknown) {
      this.state.update((s) => ({ ...s, errors: apiErrorMessages(error) }));
      return null;
    }
  }

  clearMessages(): void {
    this.state.update((s) => ({ ...s, errors: [], missing: [], notice: '' }));
  }

  saveDetails(changes: UpdateCourseRequest): Promise<boolean> {
    return this.write(
      (id) => firstValueFrom(this.api.updateCourse(id, changes)),
      'Course details saved.',
    );
  }

  addModule(request: CreateModuleRequest): Promise<boolean> {
    return this.write(
      (id) => reloadAfter(firstValueFrom(this.api.addModule(id, request))),
      `Module “${request.title}” added.`,
    );
  }

  updateModule(module: OutlineModule, changes: UpdateModuleRequest): Promise<boolean> {
    return this.write(
      () => reloadAfter(firstValueFrom(this.api.updateModule(module.id, changes))),
      `Module “${changes.title ?? module.title}” saved.`,
    );
  }

  deleteModule(module: OutlineModule): Promise<boolean> {
    return this.write(
      () => reloadAfter(firstValueFrom(this.api.deleteModule(module.id))),
      `Module “${module.title}” deleted.`,
    );
  }

  addLesson(module: OutlineModule, request: CreateLessonRequest): Promise<boolean> {
    return this.write(
      () => reloadAfter(firstValueFrom(this.api.addLesson(module.id, request))),
      `Lesson “${request.title}” added to “${module.title}”.`,
    );
  }

  updateLesson(lesson: OutlineLesson, changes: UpdateLessonRequest): Promise<boolean> {
    return this.write(
      () => reloadAfter(firstValueFrom(this.api.updateLesson(lesson.id, changes))),
      `Lesson “${changes.title ?? lesson.title}” saved.`,
    );
  }

  deleteLesson(lesson: OutlineLesson): Promise<boolean> {
    return this.write(
      () => reloadAfter(firstValueFrom(this.api.deleteLesson(lesson.id))),
      `Lesson “${lesson.title}” deleted.`,
    );
  }

  addQuiz(module: OutlineModule, request: CreateQuizRequest): Promise<boolean> {
    return this.write(
      () => reloadAfter(firstValueFrom(this.api.addQuiz(module.id, request))),
      `Quiz “${request.title}” added to “${module.title}”. Open it to add questions.`,
    );
  }

  /** Moves a module to a new 0-based index: shown at once, then saved. */
  moveModule(from: number, to: number): Promise<boolean> {
    const outline = this.outline();
    const modules = outline?.modules ?? [];
    const module = from >= 0 ? modules.at(from) : undefined;
    if (!outline || !module || from === to || to < 0 || to >= modules.length) {
      return Promise.resolve(false);
    }
    const reordered = moveItem(modules, from, to).map((m, position) => ({ ...m, position }));
    this.state.update((s) => ({ ...s, outline: { ...outline, modules: reordered } }));
    const ids = reordered.map((m) => m.id);
    return this.write(
      (id) => firstValueFrom(this.api.reorderModules(id, ids)),
      `Module “${module.title}” moved to position ${to + 1} of ${modules.length}.`,
    );
  }

  /** Moves a lesson inside its module: shown at once, then saved. */
  moveLesson(module: OutlineModule, from: number, to: number): Promise<boolean> {
    const outline = this.outline();
    const lesson = from >= 0 ? module.lessons.at(from) : undefined;
    if (!outline || !lesson || from === to || to < 0 || to >= module.lessons.length) {
      return Promise.resolve(false);
    }
    const lessons = moveItem(module.lessons, from, to).map((l, position) => ({ ...l, position }));
    this.state.update((s) => ({
      ...s,
      outline: {
        ...outline,
        modules: outline.modules.map((m) => (m.id === module.id ? { ...m, lessons } : m)),
      },
    }));
    const ids = lessons.map((l) => l.id);
    return this.write(
      () => firstValueFrom(this.api.reorderLessons(module.id, ids)),
      `Lesson “${lesson.title}” moved to position ${to + 1} of ${lessons.length}.`,
    );
  }

  /** Publishes the draft; a 422 lists what is missing in `missing()`. */
  publish(): Promise<boolean> {
    const version = this.draftVersion();
    return this.write(
      (id) => firstValueFrom(this.api.publish(id)),
      `Version ${version} is published. New trainees enroll in version ${version}.`,
    );
  }

  /**
   * Runs a write after the ones before it, then shows the outline it returned (or reloads
   * it). Only the last write of a burst replaces the outline, so quick successive moves do
   * not flicker back.
   */
  private write(
    action: (courseId: string) => Promise<CourseOutline | null>,
    notice: string,
  ): Promise<boolean> {
    const courseId = this.outline()?.id;
    if (!courseId) return Promise.resolve(false);
    this.state.update((s) => ({ ...s, pending: s.pending + 1 }));
    const run = async (): Promise<boolean> => {
      this.state.update((s) => ({ ...s, errors: [], missing: [], notice: '' }));
      const versionBefore = this.outline()?.version;
      let ok = true;
      let outline: CourseOutline | null = null;
      try {
        outline = await action(courseId);
      } catch (error: unknown) {
        ok = false;
        this.state.update((s) => ({
          ...s,
          errors: apiErrorMessages(error),
          missing: missingToPublish(error),
        }));
      }
      const last = this.state().pending === 1;
      if (last) {
        // After a refusal too: an optimistic reorder must show the saved order again.
        outline ??= await this.fetch(courseId);
      }
      this.state.update((s) => ({
        ...s,
        pending: s.pending - 1,
        outline: last && outline ? outline : s.outline,
        notice: ok ? withVersionNote(notice, versionBefore, outline) : '',
      }));
      return ok;
    };
    const next = this.queue.then(run, run);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async fetch(courseId: string): Promise<CourseOutline | null> {
    try {
      return await firstValueFrom(this.api.getCourse(courseId));
    } catch {
      return null;
    }
  }
}

function withVersionNote(
  notice: string,
  versionBefore: number | undefined,
  outline: CourseOutline | null,
): string {
  if (!outline || versionBefore === undefined || outline.version === versionBefore) return notice;
  return outline.status === CourseStatus.Draft
    ? `${notice} Version ${outline.version} is now a draft; trainees keep version ${versionBefore} until you publish.`
    : notice;
}
