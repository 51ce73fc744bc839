import { HttpErrorResponse } from '@angular/common/http';
import type {
  AttemptResponse,
  AuthorQuestion,
  CourseOutline,
  QuizResponse,
  QuizStatistics,
  SubmitAttemptResponse,
  TraineeQuestion,
} from '@lms/shared/contracts';
import { CourseStatus, CreditType, ModuleCategory } from '@lms/shared/contracts';
import type { Observable } from 'rxjs';
import { throwError } from 'rxjs';

/** Test data for the assessment specs (not exported from the library). */
export function traineeQuestion(
  id: string,
  changes: Partial<TraineeQuestion> = {},
): TraineeQuestion {
  return {
    id,
    type: 'single',
    prompt: `Prompt ${id}`,
    points: 1,
    options: [
      { id: `${id}-a`, text: `Option ${id}-a` },
      { id: `${id}-b`, text: `Option ${id}-b` },
    ],
    ...changes,
  };
}

export function authorQuestion(id: string, changes: Partial<AuthorQuestion> = {}): AuthorQuestion {
  return {
    id,
    type: 'single',
    prompt: `Prompt ${id}`,
    points: 1,
    rationale: `Because ${id}.`,
    tags: ['nmda'],
    partialCredit: false,
    options: [
      { id: `${id}-a`, text: `Option ${id}-a`, correct: true, feedback: 'Right.' },
      { id: `${id}-b`, text: `Option ${id}-b`, correct: false, feedback: null },
    ],
    ...changes,
  };
}

export function quizResponse(changes: Partial<QuizResponse> = {}): QuizResponse {
  return {
    id: 'q1',
    moduleId: 'm1',
    courseId: 'c1',
    title: 'Check your understanding: Pharmacology',
    passingScore: 75,
    maxAttempts: 3,
    timeLimitMinutes: null,
    questionsPerAttempt: 5,
    questionsPerTag: null,
    shuffle: true,
    isPostTest: false,
    questionCount: 7,
    attemptsUsed: 1,
    attemptsLeft: 2,
    passed: false,
    openAttemptId: null,
    locked: false,
    ...changes,
  };
}

export function attemptResponse(changes: Partial<AttemptResponse> = {}): AttemptResponse {
  return {
    id: 'a1',
    quizId: 'q1',
    userId: 'u1',
    number: 1,
    status: 'open',
    startedAt: '2026-01-05T10:00:00.000Z',
    expiresAt: null,
    submittedAt: null,
    late: false,
    score: null,
    passed: null,
    questions: [
      traineeQuestion('x1'),
      traineeQuestion('x2', { type: 'multiple' }),
      traineeQuestion('x3', {
        type: 'true_false',
        options: [
          { id: 'x3-t', text: 'True' },
          { id: 'x3-f', text: 'False' },
        ],
      }),
    ],
    answers: {},
    results: null,
    ...changes,
  };
}

export function submitResponse(
  changes: Partial<SubmitAttemptResponse> = {},
): SubmitAttemptResponse {
  return {
    attemptId: 'a1',
    score: 66.67,
    passed: false,
    late: false,
    passingScore: 75,
    results: [],
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
        id: 'm1',
        title: 'Pharmacology',
        category: ModuleCategory.Pharmacology,
        position: 0,
        learningObjectives: [],
        locked: false,
        completed: false,
        lessons: [],
        quizzes: [
          { id: 'q1', title: 'Check your understanding', isPostTest: false, passed: false },
        ],
        roleplays: [],
      },
    ],
    percentComplete: 50,
    enrolled: true,
    nextItem: { kind: 'quiz', id: 'q1', title: 'Check your understanding', moduleId: 'm1' },
    canEdit: false,
    owners: [],
    ...changes,
  };
}

export function quizStatistics(changes: Partial<QuizStatistics> = {}): QuizStatistics {
  return {
    quizId: 'q1',
    attempts: 4,
    meanScore: 72.5,
    passRate: 0.5,
    scoreDistribution: Array.from({ length: 10 }, (_, i) => ({
      from: i * 10,
      to: i === 9 ? 100 : i * 10 + 9,
      count: i === 6 ? 2 : i === 8 ? 2 : 0,
    })),
    questions: [
      {
        questionId: 'x1',
        prompt: 'Prompt x1',
        attempts: 4,
        difficulty: 0.75,
        discrimination: 0.41234,
        flagged: false,
        options: [
          { optionId: 'x1-a', text: 'Option x1-a', correct: true, pickRate: 0.75 },
          { optionId: 'x1-b', text: 'Option x1-b', correct: false, pickRate: 0.25 },
        ],
      },
      {
        questionId: 'x2',
        prompt: 'Prompt x2',
        attempts: 4,
        difficulty: 0.5,
        discrimination: 0.1,
        flagged: true,
        options: [
          { optionId: 'x2-a', text: 'Option x2-a', correct: true, pickRate: 0.5 },
          { optionId: 'x2-b', text: 'Option x2-b', correct: false, pickRate: 0.5 },
        ],
      },
    ],
    ...changes,
  };
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

/** The server was not reached. */
export function offline(): Observable<never> {
  return throwError(() => new HttpErrorResponse({ status: 0, error: new ProgressEvent('error') }));
}
