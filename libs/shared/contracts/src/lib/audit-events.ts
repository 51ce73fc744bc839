/** Domain-event names recorded in the audit trail. Payloads are plain JSON. */
export const AuditEventType = {
  UserRegistered: 'identity.user.registered',
  UserRolesChanged: 'identity.user.roles_changed',
  RefreshTokenReused: 'identity.refresh_token.reused',
  CourseCreated: 'curriculum.course.created',
  CourseVersionPublished: 'curriculum.course.published',
  CourseOwnerAdded: 'curriculum.course.owner_added',
  CourseOwnerRemoved: 'curriculum.course.owner_removed',
  EnrollmentCreated: 'curriculum.enrollment.created',
  AttemptSubmitted: 'assessment.attempt.submitted',
  AttemptRegraded: 'assessment.attempt.regraded',
  SubmissionGraded: 'roleplay.submission.graded',
  SubmissionRegraded: 'roleplay.submission.regraded',
  LessonCompleted: 'curriculum.lesson.completed',
  ProviderSettingsChanged: 'credentials.provider_settings.changed',
  CourseCeSettingsChanged: 'credentials.course_settings.changed',
  EvaluationFormChanged: 'credentials.evaluation_form.changed',
  EvaluationSubmitted: 'credentials.evaluation.submitted',
  AttestationMade: 'credentials.attestation.made',
  CertificateIssued: 'credentials.certificate.issued',
  CertificateRevoked: 'credentials.certificate.revoked',
  BulkIssuanceFinished: 'credentials.bulk_issuance.finished',
  UserAnonymised: 'identity.user.anonymised',
} as const;
export type AuditEventType = (typeof AuditEventType)[keyof typeof AuditEventType];

export interface UserRolesChangedPayload {
  userId: string;
  before: string[];
  after: string[];
}
