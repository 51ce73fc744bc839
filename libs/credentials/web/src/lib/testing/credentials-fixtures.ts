import type {
  AdminUserSummary,
  AttestationResponse,
  AuditEventResponse,
  BulkIssuanceResponse,
  Certificate,
  CourseOutline,
  CourseReportRow,
  CourseSummary,
  CreditsReportRow,
  EligibilityResponse,
  EvaluationForm,
  EvaluationResults,
  ProviderSettings,
  TranscriptResponse,
  VerificationResponse,
} from '@lms/shared/contracts';
import { CourseStatus, CreditType, Profession, Role } from '@lms/shared/contracts';

/** Test data for the credentials specs, shaped by `@lms/shared/contracts` (not exported). */

export const COURSE_TITLE = 'Foundations of Ketamine-Assisted Psychotherapy';

export function courseOutline(changes: Partial<CourseOutline> = {}): CourseOutline {
  return {
    id: 'c1',
    versionId: 'v1',
    title: COURSE_TITLE,
    summary: 'A self-paced introduction.',
    status: CourseStatus.Published,
    version: 1,
    publishedVersion: 1,
    hasDraft: false,
    learningObjectives: [],
    creditDesignations: [
      { creditType: CreditType.Apa, maxCredits: 6.5 },
      { creditType: CreditType.AswbAce, maxCredits: 6 },
    ],
    estimatedMinutes: 390,
    modules: [],
    percentComplete: 100,
    enrolled: true,
    nextItem: null,
    canEdit: true,
    owners: [],
    ...changes,
  };
}

export function courseSummary(id: string, title: string): CourseSummary {
  return {
    id,
    title,
    summary: '',
    status: CourseStatus.Published,
    version: 1,
    publishedVersion: 1,
    hasDraft: false,
    moduleCount: 8,
    estimatedMinutes: 390,
    creditDesignations: [{ creditType: CreditType.Apa, maxCredits: 6.5 }],
    enrolled: false,
    canEdit: true,
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
}

export function eligibility(changes: Partial<EligibilityResponse> = {}): EligibilityResponse {
  return {
    eligible: false,
    missing: [
      'Complete the module "Integration"',
      'Pass the post-test "Course post-test"',
      'Submit the course evaluation',
      'Make the attestation and claim your credit',
    ],
    userId: 'u1',
    courseId: 'c1',
    certificateId: null,
    ...changes,
  };
}

export function evaluationForm(changes: Partial<EvaluationForm> = {}): EvaluationForm {
  return {
    courseId: 'c1',
    questions: [
      {
        id: 'e1',
        prompt: 'The course met its stated learning objectives.',
        kind: 'rating',
        required: true,
      },
      {
        id: 'e2',
        prompt: 'The content was free of commercial bias.',
        kind: 'rating',
        required: false,
      },
      { id: 'e3', prompt: 'What will you change in your practice?', kind: 'text', required: true },
    ],
    submittedAt: null,
    ...changes,
  };
}

export function attestationResponse(
  changes: Partial<AttestationResponse> = {},
): AttestationResponse {
  return {
    courseId: 'c1',
    creditType: null,
    creditsClaimed: null,
    attestedAt: null,
    timeSpentMinutes: 364,
    designations: [
      { creditType: CreditType.Apa, maxCredits: 6.5 },
      { creditType: CreditType.AswbAce, maxCredits: 6 },
    ],
    ...changes,
  };
}

export function certificate(changes: Partial<Certificate> = {}): Certificate {
  return {
    id: 'cert1',
    verificationCode: 'THR-7K2M-9QXA',
    userId: 'u1',
    courseId: 'c1',
    creditType: CreditType.Apa,
    credits: 6.5,
    issuedAt: '2026-02-03T10:00:00.000Z',
    status: 'active',
    holderName: 'Robin Reader',
    courseTitle: COURSE_TITLE,
    completedAt: '2026-02-01T16:30:00.000Z',
    expiresAt: null,
    replacesId: null,
    pdfUrl: '/api/certificates/cert1/pdf',
    ...changes,
  };
}

export function verification(changes: Partial<VerificationResponse> = {}): VerificationResponse {
  return {
    valid: true,
    status: 'active',
    holderName: 'Robin Reader',
    courseTitle: COURSE_TITLE,
    creditType: CreditType.Apa,
    credits: 6.5,
    issuedAt: '2026-02-03T10:00:00.000Z',
    completedAt: '2026-02-01T16:30:00.000Z',
    providerName: 'Threshold Institute',
    verificationCode: 'THR-7K2M-9QXA',
    ...changes,
  };
}

export function transcript(changes: Partial<TranscriptResponse> = {}): TranscriptResponse {
  return {
    holderName: 'Robin Reader',
    certificates: [
      certificate(),
      certificate({
        id: 'cert0',
        verificationCode: 'THR-OLD1-0000',
        status: 'revoked',
        revokedAt: '2026-02-02T09:00:00.000Z',
        revocationReason: 'Wrong credit type',
        creditType: CreditType.AswbAce,
        credits: 6,
      }),
    ],
    totalsByCreditType: [{ creditType: CreditType.Apa, credits: 6.5, certificates: 1 }],
    totalsByYear: [{ year: 2026, creditType: CreditType.Apa, credits: 6.5 }],
    generatedAt: '2026-02-04T08:00:00.000Z',
    ...changes,
  };
}

export function bulkIssuance(changes: Partial<BulkIssuanceResponse> = {}): BulkIssuanceResponse {
  return {
    id: 'b1',
    courseId: 'c1',
    status: 'queued',
    total: 15,
    processed: 0,
    issued: 0,
    skipped: 0,
    startedAt: null,
    finishedAt: null,
    error: null,
    ...changes,
  };
}

export function providerSettings(changes: Partial<ProviderSettings> = {}): ProviderSettings {
  return {
    providerName: 'Threshold Institute',
    address: '12 Harbor Street\nPortland, OR 97201',
    signatoryName: 'Dr. Alex Rivera',
    signatoryTitle: 'Director of Continuing Education',
    accreditations: [
      {
        creditType: CreditType.Apa,
        statement:
          'Threshold Institute is approved by the American Psychological Association to sponsor continuing education for psychologists.',
        providerNumber: 'APA sponsor #1234',
      },
    ],
    hasLogo: false,
    updatedAt: '2026-01-10T12:00:00.000Z',
    ...changes,
  };
}

export function auditEvent(changes: Partial<AuditEventResponse> = {}): AuditEventResponse {
  return {
    id: 'ev1',
    type: 'identity.user.roles_changed',
    actorId: 'admin1',
    actorName: 'Ada Admin',
    subjectType: 'user',
    subjectId: 'u1',
    payload: { userId: 'u1', before: ['trainee'], after: ['trainee', 'instructor'] },
    requestId: 'req-1',
    occurredAt: '2026-02-03T10:05:00.000Z',
    ...changes,
  };
}

export function creditsRows(): CreditsReportRow[] {
  return [
    { period: '2026-01', creditType: CreditType.Apa, certificates: 2, credits: 13 },
    { period: '2026-01', creditType: CreditType.AswbAce, certificates: 1, credits: 6 },
    { period: '2026-02', creditType: CreditType.Apa, certificates: 1, credits: 6.5 },
  ];
}

export function courseRows(): CourseReportRow[] {
  return [
    {
      courseId: 'c1',
      title: COURSE_TITLE,
      learners: 20,
      completed: 15,
      completionRate: 75,
      certificates: 12,
      evaluations: 14,
    },
    {
      courseId: 'c2',
      title: 'Integration Skills',
      learners: 4,
      completed: 1,
      completionRate: 25,
      certificates: 1,
      evaluations: 1,
    },
  ];
}

export function evaluationResults(changes: Partial<EvaluationResults> = {}): EvaluationResults {
  return {
    courseId: 'c1',
    responses: 14,
    questions: [
      {
        id: 'e1',
        prompt: 'The course met its stated learning objectives.',
        kind: 'rating',
        answered: 14,
        average: 4.36,
        distribution: [0, 1, 1, 4, 8],
      },
      {
        id: 'e3',
        prompt: 'What will you change in your practice?',
        kind: 'text',
        answered: 2,
        texts: ['More time on integration.', 'Screen for hypertension every session.'],
      },
    ],
    ...changes,
  };
}

export function adminUser(id: string, fullName: string): AdminUserSummary {
  return {
    id,
    email: `${id}@example.org`,
    fullName,
    roles: [Role.Trainee],
    profession: Profession.Psychologist,
    createdAt: '2026-01-01T00:00:00.000Z',
  };
}

/** An `ApiError` body. */
export function apiError(
  statusCode: number,
  code: string,
  message: string | string[] = code,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return { statusCode, error: 'Error', code, message, ...extra };
}
