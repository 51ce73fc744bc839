import { HttpErrorResponse } from '@angular/common/http';
import type {
  CourseOutline,
  LessonResponse,
  OutlineModule,
  ProgressResponse,
} from '@lms/shared/contracts';
import { CourseStatus, CreditType, ModuleCategory } from '@lms/shared/contracts';
import type { Observable } from 'rxjs';
import { throwError } from 'rxjs';

/** Test data for the curriculum specs (not exported from the library). */
export function outlineModule(
  id: string,
  lessonIds: string[],
  changes: Partial<OutlineModule> = {},
): OutlineModule {
  return {
    id,
    title: `Module ${id}`,
    category: ModuleCategory.Pharmacology,
    position: 0,
    learningObjectives: [],
    locked: false,
    completed: false,
    lessons: lessonIds.map((lessonId, position) => ({
      id: lessonId,
      title: `Lesson ${lessonId}`,
      estimatedMinutes: 10,
      position,
      completed: false,
    })),
    quizzes: [],
    roleplays: [],
    ...changes,
  };
}

export function courseOutline(changes: Partial<CourseOutline> = {}): CourseOutline {
  return {
    id: 'c1',
    versionId: 'v1',
    title: 'Foundations of Ketamine-Assisted Psychotherapy',
    summary: 'A self-paced introduction.',
    status: CourseStatus.Published,
    version: 1,
    publishedVersion: 1,
    hasDraft: false,
    learningObjectives: ['Describe NMDA antagonism.'],
    creditDesignations: [{ creditType: CreditType.Apa, maxCredits: 6 }],
    estimatedMinutes: 40,
    modules: [outlineModule('m1', ['l1', 'l2']), outlineModule('m2', ['l3'], { locked: true })],
    percentComplete: 0,
    enrolled: true,
    nextItem: { kind: 'lesson', id: 'l1', title: 'Lesson l1', moduleId: 'm1' },
    canEdit: false,
    owners: [],
    ...changes,
  };
}

export function lessonResponse(changes: Partial<LessonResponse> = {}): LessonResponse {
  return {
    id: 'l1',
    courseId: 'c1',
    moduleId: 'm1',
    moduleTitle: 'Module m1',
    version: 1,
    title: 'Lesson l1',
    body: '## Set and setting\n\nRead this.',
    estimatedMinutes: 10,
    resources: [],
    position: 0,
    completed: false,
    timeSpentSeconds: 0,
    previousItem: null,
    nextItem: { kind: 'lesson', id: 'l2', title: 'Lesson l2', moduleId: 'm1' },
    ...changes,
  };
}

export function progressResponse(changes: Partial<ProgressResponse> = {}): ProgressResponse {
  return {
    courseId: 'c1',
    lessonId: 'l1',
    completed: true,
    completedAt: '2026-01-05T10:00:00.000Z',
    timeSpentSeconds: 60,
    percentComplete: 33,
    nextItem: { kind: 'lesson', id: 'l2', title: 'Lesson l2', moduleId: 'm1' },
    ...changes,
  };
}

/** An API call failing with `ApiError { statusCode, code }` (plus extra fields, e.g. `missing`). */
export function failWith(
  status: number,
  code: string,
  extra: Record<string, unknown> = {},
): Observable<never> {
  return throwError(
    () =>
      new HttpErrorResponse({
        status,
        error: { statusCode: status, error: 'Error', code, message: `raw ${code}`, ...extra },
      }),
  );
}
