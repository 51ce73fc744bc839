import type { CreditType } from './ce';

// ---------------------------------------------------------------------------------------------
// Provider settings (admin) — printed verbatim on certificates.

export interface CreditTypeAccreditation {
  creditType: CreditType;
  /** The accreditation statement, verbatim, as the accreditor approved it. */
  statement: string;
  /** Provider or approval number for this credit type, e.g. "ACE provider #1234". */
  providerNumber: string;
}

/** GET/PUT /api/provider-settings */
export interface ProviderSettings {
  providerName: string;
  /** Postal address, several lines. */
  address: string;
  signatoryName: string;
  signatoryTitle: string;
  accreditations: CreditTypeAccreditation[];
  /** Whether a logo has been uploaded (PUT /api/provider-settings/logo, PNG or JPEG ≤ 1 MB). */
  hasLogo: boolean;
  updatedAt: string | null;
}

export type UpdateProviderSettingsRequest = Omit<ProviderSettings, 'hasLogo' | 'updatedAt'>;

/** Learning formats named in accreditation statements. */
export enum LearningFormat {
  EnduringMaterial = 'enduring_material',
  LiveActivity = 'live_activity',
  Blended = 'blended',
}

export const LEARNING_FORMAT_LABELS: Record<LearningFormat, string> = {
  [LearningFormat.EnduringMaterial]: 'Enduring material (self-paced online)',
  [LearningFormat.LiveActivity]: 'Live activity',
  [LearningFormat.Blended]: 'Blended (self-paced and live)',
};

/** GET/PUT /api/courses/:id/ce-settings (course owners, admins) */
export interface CourseCeSettings {
  learningFormat: LearningFormat;
  /** Certificates of this course expire after this many months (recertification); null: never. */
  validityMonths: number | null;
}

// ---------------------------------------------------------------------------------------------
// Evaluation

export type EvaluationQuestionKind = 'rating' | 'text';

export interface EvaluationQuestion {
  id: string;
  prompt: string;
  kind: EvaluationQuestionKind;
  required: boolean;
}

/** GET /api/courses/:id/evaluation */
export interface EvaluationForm {
  courseId: string;
  questions: EvaluationQuestion[];
  /** For the calling trainee: when they submitted it (null: not yet). */
  submittedAt: string | null;
}

/** PUT /api/courses/:id/evaluation (owners, admins): questions with an id keep it. */
export interface UpdateEvaluationFormRequest {
  questions: { id?: string; prompt: string; kind: EvaluationQuestionKind; required: boolean }[];
}

/** POST /api/courses/:id/evaluation */
export interface SubmitEvaluationRequest {
  answers: { questionId: string; rating?: number; text?: string }[];
}

/** GET /api/courses/:id/evaluation/results (owners, admins) */
export interface EvaluationResults {
  courseId: string;
  responses: number;
  questions: {
    id: string;
    prompt: string;
    kind: EvaluationQuestionKind;
    answered: number;
    /** Rating questions: mean of 1–5, and counts of each rating [1..5]. */
    average?: number | null;
    distribution?: number[];
    /** Text questions: the answers, newest first (anonymous). */
    texts?: string[];
  }[];
}

// ---------------------------------------------------------------------------------------------
// Attestation, eligibility

/** POST /api/courses/:id/attestation */
export interface AttestationRequest {
  creditType: CreditType;
  /** In steps of 0.25, at most the course's designation for the credit type. */
  creditsClaimed: number;
}

/** GET/POST /api/courses/:id/attestation */
export interface AttestationResponse {
  courseId: string;
  creditType: CreditType | null;
  creditsClaimed: number | null;
  attestedAt: string | null;
  /** Time recorded in the course's lessons (proof of time), in minutes. */
  timeSpentMinutes: number;
  designations: { creditType: CreditType; maxCredits: number }[];
}

/** GET /api/courses/:id/eligibility */
export interface EligibilityResponse {
  eligible: boolean;
  /** What is still missing, in plain words, e.g. `Pass the post-test "…"`. */
  missing: string[];
  userId: string;
  courseId: string;
  /** The active certificate of this enrollment, if one was issued. */
  certificateId: string | null;
}

// ---------------------------------------------------------------------------------------------
// Certificates

export type CertificateStatus = 'active' | 'revoked' | 'expired';

/** API.md's Certificate plus what the certificate shows. */
export interface Certificate {
  id: string;
  verificationCode: string;
  userId: string;
  courseId: string;
  creditType: CreditType;
  credits: number;
  issuedAt: string;
  status: CertificateStatus;
  revokedAt?: string;
  revocationReason?: string;
  holderName: string;
  courseTitle: string;
  completedAt: string;
  expiresAt: string | null;
  /** The certificate this one reissues (after revocation). */
  replacesId: string | null;
  /** GET /api/certificates/:id/pdf */
  pdfUrl: string;
}

/** POST /api/certificates */
export interface IssueCertificateRequest {
  userId: string;
  courseId: string;
}

/** POST /api/certificates/:id/revoke, POST /api/certificates/:id/reissue */
export interface RevokeCertificateRequest {
  reason: string;
}

/** POST /api/courses/:id/certificates/bulk → 200 when done within a few seconds, else 202. */
export interface BulkIssuanceResponse {
  id: string;
  courseId: string;
  status: 'queued' | 'running' | 'completed' | 'failed';
  /** Enrollments considered. */
  total: number;
  processed: number;
  issued: number;
  /** Not eligible, or already holding an active certificate. */
  skipped: number;
  startedAt: string | null;
  finishedAt: string | null;
  error: string | null;
}

/** GET /api/verify/:code (public) */
export interface VerificationResponse {
  valid: boolean;
  status: CertificateStatus;
  holderName: string;
  courseTitle: string;
  creditType: CreditType;
  credits: number;
  issuedAt: string;
  completedAt: string;
  revokedAt?: string;
  expiresAt?: string;
  providerName: string;
  verificationCode: string;
}

/** GET /api/me/transcript */
export interface TranscriptResponse {
  holderName: string;
  certificates: Certificate[];
  /** Active (not revoked) certificates only; expired ones still count for the year earned. */
  totalsByCreditType: { creditType: CreditType; credits: number; certificates: number }[];
  totalsByYear: { year: number; creditType: CreditType; credits: number }[];
  generatedAt: string;
}

// ---------------------------------------------------------------------------------------------
// Audit trail and reports (admin)

/** GET /api/audit-events?type=&since=&until=&actorId=&subjectId=&limit=&offset= */
export interface AuditEventResponse {
  id: string;
  type: string;
  actorId: string | null;
  actorName: string | null;
  subjectType: string | null;
  subjectId: string | null;
  payload: Record<string, unknown>;
  requestId: string | null;
  occurredAt: string;
}

/** GET /api/reports/credits?from=&to=&period=month|year (&format=csv) */
export interface CreditsReportRow {
  period: string;
  creditType: CreditType;
  certificates: number;
  credits: number;
}

/** GET /api/reports/courses (&format=csv) */
export interface CourseReportRow {
  courseId: string;
  title: string;
  learners: number;
  completed: number;
  /** completed / learners, 0–100. */
  completionRate: number;
  certificates: number;
  evaluations: number;
}
