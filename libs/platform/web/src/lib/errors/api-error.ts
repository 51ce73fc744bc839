import { HttpErrorResponse } from '@angular/common/http';
import type { ApiError } from '@lms/shared/contracts';
import { ErrorCode } from '@lms/shared/contracts';

/** Codes the identity API sends (API.md, "Identity"). */
const IdentityCode = {
  InvalidCredentials: 'INVALID_CREDENTIALS',
  EmailTaken: 'EMAIL_TAKEN',
  InvalidRefreshToken: 'INVALID_REFRESH_TOKEN',
  RefreshTokenReused: 'REFRESH_TOKEN_REUSED',
  CannotRemoveOwnAdminRole: 'CANNOT_REMOVE_OWN_ADMIN_ROLE',
} as const;

/** Codes the curriculum API sends (API.md, "Curriculum"). */
const CurriculumCode = {
  CourseNotFound: 'COURSE_NOT_FOUND',
  ModuleNotFound: 'MODULE_NOT_FOUND',
  LessonNotFound: 'LESSON_NOT_FOUND',
  NotCourseOwner: 'NOT_COURSE_OWNER',
  NotEnrolled: 'NOT_ENROLLED',
  LessonLocked: 'LESSON_LOCKED',
  AlreadyEnrolled: 'ALREADY_ENROLLED',
  NothingToPublish: 'NOTHING_TO_PUBLISH',
  NotReadyToPublish: 'NOT_READY_TO_PUBLISH',
  InvalidOrder: 'INVALID_ORDER',
} as const;

const TEXT = {
  invalidCredentials: 'The email or password is incorrect. Check them and try again.',
  emailTaken: 'An account with this email already exists. Sign in instead.',
  throttled: 'Too many attempts. Wait a minute, then try again.',
  unauthorized: 'Your session has ended. Sign in again to continue.',
  forbidden: 'You do not have permission to do that.',
  notFound: 'We could not find what you asked for.',
  tooLarge: 'That is too large to upload.',
  ownAdminRole: 'You cannot remove the admin role from your own account.',
  offline: 'Threshold cannot be reached. Check your connection and try again.',
  courseNotFound: 'We could not find that course. It may have been removed.',
  moduleNotFound: 'We could not find that module. Reload the course and try again.',
  lessonNotFound: 'We could not find that lesson. It may have been removed.',
  notCourseOwner: 'Only the owners of this course and administrators can change it.',
  notEnrolled: 'Enroll in this course to open its lessons.',
  lessonLocked: 'This lesson is locked. Complete the previous module to unlock it.',
  alreadyEnrolled: 'You are already enrolled in this course.',
  nothingToPublish: 'There is nothing new to publish: the latest version is already published.',
  notReadyToPublish: 'This draft is not ready to publish yet.',
  invalidOrder: 'The course changed while you were reordering it. Reload the page and try again.',
} as const;

/** User-facing text per `ApiError.code`. Codes not listed fall back to the status. */
const MESSAGES_BY_CODE: Readonly<Partial<Record<string, string>>> = {
  [IdentityCode.InvalidCredentials]: TEXT.invalidCredentials,
  [IdentityCode.EmailTaken]: TEXT.emailTaken,
  [IdentityCode.InvalidRefreshToken]: TEXT.unauthorized,
  [IdentityCode.RefreshTokenReused]: TEXT.unauthorized,
  [IdentityCode.CannotRemoveOwnAdminRole]: TEXT.ownAdminRole,
  [CurriculumCode.CourseNotFound]: TEXT.courseNotFound,
  [CurriculumCode.ModuleNotFound]: TEXT.moduleNotFound,
  [CurriculumCode.LessonNotFound]: TEXT.lessonNotFound,
  [CurriculumCode.NotCourseOwner]: TEXT.notCourseOwner,
  [CurriculumCode.NotEnrolled]: TEXT.notEnrolled,
  [CurriculumCode.LessonLocked]: TEXT.lessonLocked,
  [CurriculumCode.AlreadyEnrolled]: TEXT.alreadyEnrolled,
  [CurriculumCode.NothingToPublish]: TEXT.nothingToPublish,
  [CurriculumCode.NotReadyToPublish]: TEXT.notReadyToPublish,
  [CurriculumCode.InvalidOrder]: TEXT.invalidOrder,
  [ErrorCode.TooManyRequests]: TEXT.throttled,
  [ErrorCode.Unauthorized]: TEXT.unauthorized,
  [ErrorCode.Forbidden]: TEXT.forbidden,
  [ErrorCode.NotFound]: TEXT.notFound,
  [ErrorCode.PayloadTooLarge]: TEXT.tooLarge,
};

const MESSAGES_BY_STATUS: Readonly<Partial<Record<number, string>>> = {
  0: TEXT.offline,
  401: TEXT.unauthorized,
  403: TEXT.forbidden,
  404: TEXT.notFound,
  413: TEXT.tooLarge,
  429: TEXT.throttled,
};

const SERVER_FAULT = 'Something went wrong on our side. Please try again in a moment.';
const UNKNOWN = 'Something went wrong. Please try again.';

function isApiErrorBody(body: unknown): body is ApiError {
  if (typeof body !== 'object' || body === null) return false;
  const message: unknown = (body as Record<string, unknown>)['message'];
  return typeof message === 'string' || Array.isArray(message);
}

/** The `ApiError` body of a failed request, or null when there is none (network, non-JSON). */
export function toApiError(error: unknown): ApiError | null {
  if (error instanceof HttpErrorResponse && isApiErrorBody(error.error)) {
    return error.error;
  }
  return null;
}

/** The status of a failed request; 0 when the server was not reached, null if not HTTP. */
export function httpStatusOf(error: unknown): number | null {
  return error instanceof HttpErrorResponse ? error.status : null;
}

function sentence(text: string): string {
  const trimmed = text.trim();
  return trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
}

/** Per-screen wording for a status whose meaning depends on the request (e.g. 401 on login). */
export type StatusMessages = Readonly<Partial<Record<number, string>>>;

/**
 * The single place that turns a failed request into text for people. A screen's own wording
 * for a status comes first (`byStatus`, e.g. any 401 on sign-in means bad credentials); then
 * known codes get our wording; validation errors list the server's field messages; the rest
 * get a message chosen by status.
 */
export function apiErrorMessages(error: unknown, byStatus: StatusMessages = {}): string[] {
  const status = httpStatusOf(error);
  const forScreen = status === null ? undefined : byStatus[status];
  if (forScreen !== undefined) return [forScreen];
  const body = toApiError(error);
  const byCode = body?.code === undefined ? undefined : MESSAGES_BY_CODE[body.code];
  if (byCode !== undefined) return [byCode];
  if (status !== null && status >= 500) return [SERVER_FAULT];
  if (status === 400 && body) {
    const messages = Array.isArray(body.message) ? body.message : [body.message];
    const texts = messages.filter((m) => m.trim().length > 0).map(sentence);
    if (texts.length > 0) return texts;
  }
  const forStatus = status === null ? undefined : MESSAGES_BY_STATUS[status];
  if (forStatus !== undefined) return [forStatus];
  if (body && typeof body.message === 'string' && body.message.trim()) {
    return [sentence(body.message)];
  }
  return [UNKNOWN];
}

/** `apiErrorMessages` joined into one line. */
export function apiErrorMessage(error: unknown, byStatus: StatusMessages = {}): string {
  return apiErrorMessages(error, byStatus).join(' ');
}
