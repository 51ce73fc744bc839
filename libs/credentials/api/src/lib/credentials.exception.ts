import { HttpStatus } from '@nestjs/common';
import { DomainException } from '@lms/platform/api';

export enum CredentialsErrorCode {
  CourseNotFound = 'COURSE_NOT_FOUND',
  NotEnrolled = 'NOT_ENROLLED',
  NotCourseStaff = 'NOT_COURSE_STAFF',
  EvaluationAlreadySubmitted = 'EVALUATION_ALREADY_SUBMITTED',
  InvalidEvaluation = 'INVALID_EVALUATION',
  InvalidClaim = 'INVALID_CLAIM',
  CertificateIssued = 'CERTIFICATE_ISSUED',
  NotEligible = 'NOT_ELIGIBLE',
  CertificateExists = 'CERTIFICATE_EXISTS',
  CertificateNotFound = 'CERTIFICATE_NOT_FOUND',
  AlreadyRevoked = 'ALREADY_REVOKED',
  ProviderSettingsIncomplete = 'PROVIDER_SETTINGS_INCOMPLETE',
  NotYourCertificate = 'NOT_YOUR_CERTIFICATE',
  UserNotFound = 'USER_NOT_FOUND',
  BulkIssuanceNotFound = 'BULK_ISSUANCE_NOT_FOUND',
  NoLogo = 'NO_LOGO',
}

const STATUS: Record<CredentialsErrorCode, HttpStatus> = {
  [CredentialsErrorCode.CourseNotFound]: HttpStatus.NOT_FOUND,
  [CredentialsErrorCode.NotEnrolled]: HttpStatus.FORBIDDEN,
  [CredentialsErrorCode.NotCourseStaff]: HttpStatus.FORBIDDEN,
  [CredentialsErrorCode.EvaluationAlreadySubmitted]: HttpStatus.CONFLICT,
  [CredentialsErrorCode.InvalidEvaluation]: HttpStatus.BAD_REQUEST,
  [CredentialsErrorCode.InvalidClaim]: HttpStatus.BAD_REQUEST,
  [CredentialsErrorCode.CertificateIssued]: HttpStatus.CONFLICT,
  [CredentialsErrorCode.NotEligible]: HttpStatus.UNPROCESSABLE_ENTITY,
  [CredentialsErrorCode.CertificateExists]: HttpStatus.CONFLICT,
  [CredentialsErrorCode.CertificateNotFound]: HttpStatus.NOT_FOUND,
  [CredentialsErrorCode.AlreadyRevoked]: HttpStatus.CONFLICT,
  [CredentialsErrorCode.ProviderSettingsIncomplete]: HttpStatus.UNPROCESSABLE_ENTITY,
  [CredentialsErrorCode.NotYourCertificate]: HttpStatus.FORBIDDEN,
  [CredentialsErrorCode.UserNotFound]: HttpStatus.NOT_FOUND,
  [CredentialsErrorCode.BulkIssuanceNotFound]: HttpStatus.NOT_FOUND,
  [CredentialsErrorCode.NoLogo]: HttpStatus.NOT_FOUND,
};

const MESSAGES: Record<CredentialsErrorCode, string> = {
  [CredentialsErrorCode.CourseNotFound]: 'Course not found',
  [CredentialsErrorCode.NotEnrolled]: 'Enroll in this course first',
  [CredentialsErrorCode.NotCourseStaff]: 'Only the course owners and administrators can do this',
  [CredentialsErrorCode.EvaluationAlreadySubmitted]:
    'You have already submitted the evaluation of this course',
  [CredentialsErrorCode.InvalidEvaluation]: 'The evaluation answers are not valid',
  [CredentialsErrorCode.InvalidClaim]: 'The credit claim is not valid',
  [CredentialsErrorCode.CertificateIssued]:
    'A certificate has been issued for this course; the claim can no longer change',
  [CredentialsErrorCode.NotEligible]: 'The trainee is not eligible for a certificate yet',
  [CredentialsErrorCode.CertificateExists]:
    'An unrevoked certificate already exists for this enrollment',
  [CredentialsErrorCode.CertificateNotFound]: 'Certificate not found',
  [CredentialsErrorCode.AlreadyRevoked]: 'This certificate is already revoked',
  [CredentialsErrorCode.ProviderSettingsIncomplete]:
    'The provider settings are incomplete for this credit type',
  [CredentialsErrorCode.NotYourCertificate]: 'This certificate belongs to someone else',
  [CredentialsErrorCode.UserNotFound]: 'User not found',
  [CredentialsErrorCode.BulkIssuanceNotFound]: 'Bulk issuance not found',
  [CredentialsErrorCode.NoLogo]: 'No logo has been uploaded',
};

export class CredentialsException extends DomainException<CredentialsErrorCode> {
  readonly status: HttpStatus;

  constructor(
    code: CredentialsErrorCode,
    message = MESSAGES[code],
    details?: Record<string, unknown>,
  ) {
    super(code, message, details);
    this.status = STATUS[code];
  }
}
