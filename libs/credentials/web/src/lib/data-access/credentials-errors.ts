import { apiErrorMessages, httpStatusOf, toApiError } from '@lms/platform/web';

/** Codes the CE credit and certificate API sends (API.md, "CE credit and certificates"). */
export const CredentialsErrorCode = {
  NotEnrolled: 'NOT_ENROLLED',
  NotCourseStaff: 'NOT_COURSE_STAFF',
  NotEligible: 'NOT_ELIGIBLE',
  CertificateExists: 'CERTIFICATE_EXISTS',
  CertificateIssued: 'CERTIFICATE_ISSUED',
  CertificateNotFound: 'CERTIFICATE_NOT_FOUND',
  AlreadyRevoked: 'ALREADY_REVOKED',
  EvaluationAlreadySubmitted: 'EVALUATION_ALREADY_SUBMITTED',
  ProviderSettingsIncomplete: 'PROVIDER_SETTINGS_INCOMPLETE',
  NotYourCertificate: 'NOT_YOUR_CERTIFICATE',
} as const;

/**
 * Our wording for the codes whose server message would not help a person. Codes with a useful
 * server explanation (INVALID_CLAIM, INVALID_EVALUATION naming the question) are not listed.
 */
const MESSAGES: Readonly<Partial<Record<string, string>>> = {
  [CredentialsErrorCode.NotEnrolled]: 'Enroll in this course to earn CE credit for it.',
  [CredentialsErrorCode.NotCourseStaff]:
    'Only the owners of this course and administrators can do this.',
  [CredentialsErrorCode.CertificateExists]:
    'This trainee already holds an active certificate for this course.',
  [CredentialsErrorCode.CertificateIssued]:
    'Your certificate has been issued, so the claim can no longer change.',
  [CredentialsErrorCode.CertificateNotFound]:
    'We could not find that certificate. It may have been reissued under a new code.',
  [CredentialsErrorCode.AlreadyRevoked]: 'This certificate is already revoked.',
  [CredentialsErrorCode.EvaluationAlreadySubmitted]:
    'You have already submitted the evaluation of this course.',
  [CredentialsErrorCode.ProviderSettingsIncomplete]:
    'The provider settings lack the accreditation statement or provider number for this credit type. Complete them under Provider settings, then issue again.',
  [CredentialsErrorCode.NotYourCertificate]: 'This certificate belongs to someone else.',
};

/** The `code` of a failed API request, if it had one. */
export function apiErrorCode(error: unknown): string | undefined {
  return toApiError(error)?.code;
}

/** What is still missing, from a 422 NOT_ELIGIBLE answer. */
export function missingOf(error: unknown): string[] {
  const body = toApiError(error) as { missing?: unknown } | null;
  return Array.isArray(body?.missing)
    ? body.missing.filter((m): m is string => typeof m === 'string')
    : [];
}

/**
 * Text for people. Conflicts and broken rules (400, 409, 422) carry the server's own
 * explanation ("credits must be in steps of 0.25", "answer the question …"), which says more
 * than any fixed wording; the shared mapper in platform/web words the rest.
 */
export function credentialsErrorMessages(error: unknown): string[] {
  const body = toApiError(error);
  const code = body?.code;
  const ours = code === undefined ? undefined : MESSAGES[code];
  if (ours !== undefined) return [ours];
  const status = httpStatusOf(error);
  if (body && (status === 400 || status === 409 || status === 422)) {
    const messages = Array.isArray(body.message) ? body.message : [body.message];
    const texts = messages.filter((m) => m.trim().length > 0).map(sentence);
    if (texts.length > 0) return texts;
  }
  return apiErrorMessages(error);
}

function sentence(text: string): string {
  const trimmed = text.trim();
  const first = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(first) ? first : `${first}.`;
}
