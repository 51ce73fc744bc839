import { toApiError } from '@lms/platform/web';

export const CurriculumErrorCode = {
  LessonLocked: 'LESSON_LOCKED',
  NotEnrolled: 'NOT_ENROLLED',
  AlreadyEnrolled: 'ALREADY_ENROLLED',
  NotReadyToPublish: 'NOT_READY_TO_PUBLISH',
} as const;

/** The `code` of a failed API request, if it had one. */
export function apiErrorCode(error: unknown): string | undefined {
  return toApiError(error)?.code;
}

/** What a 422 NOT_READY_TO_PUBLISH says is missing, e.g. `a lesson in module "Integration"`. */
export function missingToPublish(error: unknown): string[] {
  const body: unknown = toApiError(error);
  if (typeof body !== 'object' || body === null || !('missing' in body)) return [];
  const missing: unknown = body.missing;
  return Array.isArray(missing)
    ? missing.filter((m): m is string => typeof m === 'string' && m.length > 0)
    : [];
}
