import { HttpErrorResponse, HttpEventType, HttpResponse } from '@angular/common/http';
import type { HttpEvent } from '@angular/common/http';
import type {
  CourseOutline,
  CourseSummary,
  GradeResponse,
  GradingQueueItem,
  RoleplayResponse,
  SubmissionResponse,
} from '@lms/shared/contracts';
import { CourseStatus, CreditType, ModuleCategory } from '@lms/shared/contracts';
import type { Observable } from 'rxjs';
import { from, throwError } from 'rxjs';
import type { SubmissionCreated } from '../data-access/roleplay.api';

/** Test data for the role-play specs (not exported from the library). */
const LEVELS = [
  { label: 'Not yet', points: 0 },
  { label: 'Developing', points: 1 },
  { label: 'Proficient', points: 2 },
];

export function roleplayResponse(changes: Partial<RoleplayResponse> = {}): RoleplayResponse {
  return {
    id: 'r1',
    moduleId: 'm2',
    courseId: 'c1',
    title: 'Screening a client who discloses a contraindication',
    scenario: 'Dana, 51, mentions that her blood pressure "runs high".',
    task: 'Explore the history and agree next steps.',
    passingScore: 75,
    rubricVersion: 1,
    maxPoints: 4,
    rubric: {
      criteria: [
        {
          id: 'k1',
          title: 'Explores the disclosure',
          description: 'Open questions.',
          levels: LEVELS,
        },
        { id: 'k2', title: 'Agrees next steps', description: 'A concrete plan.', levels: LEVELS },
      ],
    },
    passed: false,
    pending: false,
    locked: false,
    ...changes,
  };
}

export function gradeResponse(changes: Partial<GradeResponse> = {}): GradeResponse {
  return {
    id: 'g1',
    graderId: 'i1',
    graderName: 'Dr. Samira Okafor',
    scores: [
      { criterionId: 'k1', levelIndex: 1, points: 1, comment: 'Ask about readings.' },
      { criterionId: 'k2', levelIndex: 2, points: 2, comment: null },
    ],
    points: 3,
    maxPoints: 4,
    percent: 75,
    outcome: 'revise',
    feedback: 'Good start. Explore the history before explaining.',
    gradedAt: '2026-01-06T09:30:00.000Z',
    correctsGradeId: null,
    correctionReason: null,
    ...changes,
  };
}

export function submissionResponse(changes: Partial<SubmissionResponse> = {}): SubmissionResponse {
  return {
    id: 's1',
    roleplayId: 'r1',
    roleplayTitle: 'Screening a client who discloses a contraindication',
    userId: 'u1',
    traineeName: 'Jordan Lee',
    number: 1,
    status: 'submitted',
    transcript: 'Therapist: Tell me more about your blood pressure readings.',
    reflection: 'I moved to the plan too quickly.',
    submittedAt: '2026-01-05T10:00:00.000Z',
    recording: null,
    rubric: { version: 1, maxPoints: 4, criteria: roleplayResponse().rubric.criteria },
    grade: null,
    previousGrades: [],
    latest: true,
    ...changes,
  };
}

export function queueItem(id: string, changes: Partial<GradingQueueItem> = {}): GradingQueueItem {
  return {
    submissionId: id,
    roleplayId: 'r1',
    roleplayTitle: 'Screening a client who discloses a contraindication',
    courseId: 'c1',
    courseTitle: 'Foundations of Ketamine-Assisted Psychotherapy',
    traineeName: 'Jordan Lee',
    number: 1,
    submittedAt: '2026-01-05T10:00:00.000Z',
    waitingMinutes: 125,
    ...changes,
  };
}

export function courseSummary(id: string, changes: Partial<CourseSummary> = {}): CourseSummary {
  return {
    id,
    title: `Course ${id}`,
    summary: '',
    status: CourseStatus.Published,
    version: 1,
    publishedVersion: 1,
    hasDraft: false,
    moduleCount: 1,
    estimatedMinutes: 30,
    creditDesignations: [],
    enrolled: false,
    canEdit: true,
    updatedAt: '2026-01-01T00:00:00.000Z',
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
    learningObjectives: [],
    creditDesignations: [{ creditType: CreditType.Apa, maxCredits: 6 }],
    estimatedMinutes: 40,
    modules: [
      {
        id: 'm2',
        title: 'Medical safety and screening',
        category: ModuleCategory.Safety,
        position: 1,
        learningObjectives: [],
        locked: false,
        completed: false,
        lessons: [],
        quizzes: [],
        roleplays: [{ id: 'r1', title: 'Screening', passed: false }],
      },
    ],
    percentComplete: 50,
    enrolled: true,
    nextItem: null,
    canEdit: false,
    owners: [],
    ...changes,
  };
}

/** The events of an accepted upload: progress, then the 201. */
export function uploadEvents(
  progress: [loaded: number, total: number][] = [],
  body: SubmissionCreated = { id: 's2', status: 'submitted' },
): Observable<HttpEvent<SubmissionCreated>> {
  const events: HttpEvent<SubmissionCreated>[] = [
    { type: HttpEventType.Sent },
    ...progress.map(([loaded, total]): HttpEvent<SubmissionCreated> => ({
      type: HttpEventType.UploadProgress,
      loaded,
      total,
    })),
    new HttpResponse({ status: 201, body }),
  ];
  return from(events);
}

/** An API call failing with `ApiError { statusCode, code }`. */
export function failWith(status: number, code: string, message = `raw ${code}`): Observable<never> {
  return throwError(
    () =>
      new HttpErrorResponse({
        status,
        error: { statusCode: status, error: 'Error', code, message },
      }),
  );
}
