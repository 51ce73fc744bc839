import { apiErrorMessages, httpStatusOf, toApiError } from '@lms/platform/web';
import { ErrorCode } from '@lms/shared/contracts';
import { formatBytes, MAX_RECORDING_BYTES } from '../ui/roleplay-format';

/** Codes the role-play API sends (API.md, "Role-play"). */
export const RoleplayErrorCode = {
  RoleplayNotFound: 'ROLEPLAY_NOT_FOUND',
  SubmissionNotFound: 'SUBMISSION_NOT_FOUND',
  NotEnrolled: 'NOT_ENROLLED',
  RoleplayLocked: 'ROLEPLAY_LOCKED',
  SubmissionPending: 'SUBMISSION_PENDING',
  AlreadyPassed: 'ALREADY_PASSED',
  AlreadyGraded: 'ALREADY_GRADED',
  NotCourseStaff: 'NOT_COURSE_STAFF',
  NotYourSubmission: 'NOT_YOUR_SUBMISSION',
  InvalidScores: 'INVALID_SCORES',
  UnsupportedRecordingType: 'UNSUPPORTED_RECORDING_TYPE',
} as const;

export const RECORDING_TOO_LARGE = `The recording is too large. Recordings can be up to ${formatBytes(MAX_RECORDING_BYTES)}.`;
export const RECORDING_TYPE =
  'That file is not a recording we can play. Choose an audio or video file: WebM, Ogg, MP4, MP3 or WAV.';

/**
 * Our wording for the role-play codes; then the shared mapper in platform/web takes over
 * (validation messages name the field, statuses, offline).
 */
const MESSAGES: Readonly<Partial<Record<string, string>>> = {
  [RoleplayErrorCode.RoleplayNotFound]:
    'We could not find that role-play. It may have been removed.',
  [RoleplayErrorCode.SubmissionNotFound]: 'We could not find that submission.',
  [RoleplayErrorCode.NotEnrolled]: 'Enroll in this course to practise its role-plays.',
  [RoleplayErrorCode.RoleplayLocked]:
    'This role-play is locked. Complete the previous module to unlock it.',
  [RoleplayErrorCode.SubmissionPending]:
    'Your previous submission is still waiting for a grade. You can submit again once it is graded.',
  [RoleplayErrorCode.AlreadyPassed]: 'You have already passed this role-play.',
  [RoleplayErrorCode.AlreadyGraded]: 'This submission was just graded by someone else.',
  [RoleplayErrorCode.NotCourseStaff]:
    'Only the owners of this course and administrators can grade its role-plays.',
  [RoleplayErrorCode.NotYourSubmission]: 'This submission belongs to someone else.',
  [RoleplayErrorCode.UnsupportedRecordingType]: RECORDING_TYPE,
  [ErrorCode.PayloadTooLarge]: RECORDING_TOO_LARGE,
};

/** The `code` of a failed API request, if it had one. */
export function apiErrorCode(error: unknown): string | undefined {
  return toApiError(error)?.code;
}

/**
 * Text for people. INVALID_SCORES carries the server's explanation ("levelIndex for … must be
 * from 0 to 2"), which says more than a fixed wording; a 413 from a proxy has no body.
 */
export function roleplayErrorMessages(error: unknown): string[] {
  const body = toApiError(error);
  const code = body?.code;
  if (code === RoleplayErrorCode.InvalidScores && body) {
    const messages = Array.isArray(body.message) ? body.message : [body.message];
    const texts = messages.filter((m) => m.trim().length > 0).map(sentence);
    if (texts.length > 0) return texts;
  }
  const text = code === undefined ? undefined : MESSAGES[code];
  if (text !== undefined) return [text];
  return apiErrorMessages(error, { 413: RECORDING_TOO_LARGE, 415: RECORDING_TYPE });
}

/** A 404 of the thing asked for. */
export function isNotFound(error: unknown): boolean {
  return httpStatusOf(error) === 404;
}

function sentence(text: string): string {
  const trimmed = text.trim();
  const first = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(first) ? first : `${first}.`;
}
