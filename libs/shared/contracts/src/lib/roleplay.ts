export interface RubricLevelInput {
  label: string;
  points: number;
}

export interface RubricCriterionInput {
  title: string;
  description: string;
  levels: RubricLevelInput[];
}

export interface CreateRoleplayRequest {
  title: string;
  /** The client situation the trainee must handle. */
  scenario: string;
  /** What the trainee must do; defaults to a generic instruction. */
  task?: string;
  /** Notes for graders only. */
  graderNotes?: string;
  rubric: { criteria: RubricCriterionInput[] };
  /** Percent of the rubric's maximum. */
  passingScore: number;
}

export interface RoleplayResponse {
  id: string;
  moduleId: string;
  courseId: string;
  title: string;
  scenario: string;
  task: string;
  /** Staff only. */
  graderNotes?: string;
  passingScore: number;
  rubricVersion: number;
  maxPoints: number;
  rubric: {
    criteria: { id: string; title: string; description: string; levels: RubricLevelInput[] }[];
  };
  /** For the calling trainee. */
  passed: boolean;
  pending: boolean;
  locked: boolean;
}

export interface CreateSubmissionRequest {
  transcript: string;
  reflection: string;
}

export type SubmissionStatusValue = 'submitted' | 'graded';
export type GradeOutcomeValue = 'pass' | 'revise';

export interface GradeRequest {
  scores: { criterionId: string; levelIndex: number; comment?: string }[];
  feedback: string;
  outcome: GradeOutcomeValue;
}

export interface GradeResponse {
  id: string;
  graderId: string;
  graderName: string;
  scores: { criterionId: string; levelIndex: number; points: number; comment: string | null }[];
  points: number;
  maxPoints: number;
  percent: number;
  outcome: GradeOutcomeValue;
  feedback: string;
  gradedAt: string;
  /** Set on a correction: the grade it replaces and why. */
  correctsGradeId: string | null;
  correctionReason: string | null;
}

/** POST /api/submissions/:id/regrade — a correction is a new, audited grade event. */
export interface RegradeRequest extends GradeRequest {
  reason: string;
}

/** An uploaded audio or video recording of the practice session. */
export interface RecordingInfo {
  contentType: string;
  sizeBytes: number;
  /**
   * A signed URL (valid for an hour, for this caller only) that a <video>/<audio> element can
   * use directly; it supports HTTP range requests so the player can seek.
   */
  url: string;
}

export interface SubmissionResponse {
  id: string;
  roleplayId: string;
  roleplayTitle: string;
  userId: string;
  traineeName: string;
  number: number;
  status: SubmissionStatusValue;
  transcript: string;
  reflection: string;
  submittedAt: string;
  recording: RecordingInfo | null;
  /** The rubric version this submission is graded against (it may be older than the latest). */
  rubric: {
    version: number;
    maxPoints: number;
    criteria: { id: string; title: string; description: string; levels: RubricLevelInput[] }[];
  };
  /** The grade in force (the latest correction, if any). */
  grade: GradeResponse | null;
  /** Earlier grades replaced by corrections, oldest first (staff and owner). */
  previousGrades: GradeResponse[];
  /** Whether this is the trainee's latest submission for the role-play (only it can be regraded). */
  latest: boolean;
}

/** GET /api/grading-queue items */
export interface GradingQueueItem {
  submissionId: string;
  roleplayId: string;
  roleplayTitle: string;
  courseId: string;
  courseTitle: string;
  traineeName: string;
  number: number;
  submittedAt: string;
  waitingMinutes: number;
}

export interface NotificationResponse {
  id: string;
  title: string;
  body: string;
  link: string;
  createdAt: string;
  readAt: string | null;
}

/** POST /api/roleplays/:id/submissions → 201 */
export interface SubmissionCreated {
  id: string;
  status: 'submitted';
}
