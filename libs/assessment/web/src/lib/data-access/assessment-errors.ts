import { apiErrorMessages, httpStatusOf, toApiError } from '@lms/platform/web';

/** Codes the assessment API sends (API.md, "Assessment"). */
export const AssessmentErrorCode = {
  QuizNotFound: 'QUIZ_NOT_FOUND',
  AttemptNotFound: 'ATTEMPT_NOT_FOUND',
  NotYourAttempt: 'NOT_YOUR_ATTEMPT',
  NotEnrolled: 'NOT_ENROLLED',
  QuizLocked: 'QUIZ_LOCKED',
  AttemptLimitReached: 'ATTEMPT_LIMIT_REACHED',
  AlreadyPassed: 'ALREADY_PASSED',
  AttemptClosed: 'ATTEMPT_CLOSED',
  AlreadySubmitted: 'ALREADY_SUBMITTED',
  NoQuestions: 'NO_QUESTIONS',
  InvalidQuestion: 'INVALID_QUESTION',
  QuestionNotInAttempt: 'QUESTION_NOT_IN_ATTEMPT',
  NotCourseStaff: 'NOT_COURSE_STAFF',
  QuestionNotFound: 'QUESTION_NOT_FOUND',
  PostTestExists: 'POST_TEST_EXISTS',
} as const;

/**
 * Our wording for the assessment codes. The shared mapper in platform/web words the codes of
 * identity and curriculum; these are looked up first, then it takes over (status, validation).
 */
const MESSAGES: Readonly<Partial<Record<string, string>>> = {
  [AssessmentErrorCode.QuizNotFound]: 'We could not find that quiz. It may have been removed.',
  [AssessmentErrorCode.AttemptNotFound]: 'We could not find that attempt.',
  [AssessmentErrorCode.NotYourAttempt]: 'This attempt belongs to someone else.',
  [AssessmentErrorCode.NotEnrolled]: 'Enroll in this course to take its quizzes.',
  [AssessmentErrorCode.QuizLocked]:
    'This quiz is locked. Complete the previous module to unlock it.',
  [AssessmentErrorCode.AttemptLimitReached]: 'You have used every attempt this quiz allows.',
  [AssessmentErrorCode.AlreadyPassed]: 'You have already passed this quiz.',
  [AssessmentErrorCode.AttemptClosed]:
    'This attempt is closed: it was submitted or its time is up. Your answers can no longer change.',
  [AssessmentErrorCode.AlreadySubmitted]: 'This attempt has already been submitted.',
  [AssessmentErrorCode.NoQuestions]: 'This quiz has no questions yet. Ask your instructor.',
  [AssessmentErrorCode.NotCourseStaff]:
    'Only the owners of this course and administrators can do this.',
  [AssessmentErrorCode.QuestionNotFound]: 'We could not find that question. Reload the page.',
  [AssessmentErrorCode.PostTestExists]:
    'This course already has a post-test. A course has one post-test.',
};

/** The `code` of a failed API request, if it had one. */
export function apiErrorCode(error: unknown): string | undefined {
  return toApiError(error)?.code;
}

/**
 * Text for people. INVALID_QUESTION carries the server's explanation ("a single question has
 * exactly 1 correct option"), which is more useful than any fixed wording.
 */
export function assessmentErrorMessages(error: unknown): string[] {
  const body = toApiError(error);
  const code = body?.code;
  if (code === AssessmentErrorCode.InvalidQuestion && body) {
    const messages = Array.isArray(body.message) ? body.message : [body.message];
    const texts = messages.filter((m) => m.trim().length > 0).map(sentence);
    if (texts.length > 0) return texts;
  }
  const text = code === undefined ? undefined : MESSAGES[code];
  return text === undefined ? apiErrorMessages(error) : [text];
}

/** A failure worth retrying with the same request: the server was not reached or failed. */
export function isTransient(error: unknown): boolean {
  const status = httpStatusOf(error);
  return status === 0 || (status !== null && status >= 500);
}

function sentence(text: string): string {
  const trimmed = text.trim();
  const first = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(first) ? first : `${first}.`;
}
