import { HttpStatus } from '@nestjs/common';
import { DomainException } from '@lms/platform/api';

export enum RoleplayErrorCode {
  RoleplayNotFound = 'ROLEPLAY_NOT_FOUND',
  SubmissionNotFound = 'SUBMISSION_NOT_FOUND',
  NotEnrolled = 'NOT_ENROLLED',
  RoleplayLocked = 'ROLEPLAY_LOCKED',
  SubmissionPending = 'SUBMISSION_PENDING',
  AlreadyPassed = 'ALREADY_PASSED',
  AlreadyGraded = 'ALREADY_GRADED',
  NotCourseStaff = 'NOT_COURSE_STAFF',
  NotYourSubmission = 'NOT_YOUR_SUBMISSION',
  InvalidScores = 'INVALID_SCORES',
  NotGradedYet = 'NOT_GRADED_YET',
  SubmissionSuperseded = 'SUBMISSION_SUPERSEDED',
  RecordingLinkInvalid = 'RECORDING_LINK_INVALID',
  NoRecording = 'NO_RECORDING',
}

const STATUS: Record<RoleplayErrorCode, HttpStatus> = {
  [RoleplayErrorCode.RoleplayNotFound]: HttpStatus.NOT_FOUND,
  [RoleplayErrorCode.SubmissionNotFound]: HttpStatus.NOT_FOUND,
  [RoleplayErrorCode.NotEnrolled]: HttpStatus.FORBIDDEN,
  [RoleplayErrorCode.RoleplayLocked]: HttpStatus.FORBIDDEN,
  [RoleplayErrorCode.SubmissionPending]: HttpStatus.CONFLICT,
  [RoleplayErrorCode.AlreadyPassed]: HttpStatus.CONFLICT,
  [RoleplayErrorCode.AlreadyGraded]: HttpStatus.CONFLICT,
  [RoleplayErrorCode.NotCourseStaff]: HttpStatus.FORBIDDEN,
  [RoleplayErrorCode.NotYourSubmission]: HttpStatus.FORBIDDEN,
  [RoleplayErrorCode.InvalidScores]: HttpStatus.BAD_REQUEST,
  [RoleplayErrorCode.NotGradedYet]: HttpStatus.CONFLICT,
  [RoleplayErrorCode.SubmissionSuperseded]: HttpStatus.CONFLICT,
  [RoleplayErrorCode.RecordingLinkInvalid]: HttpStatus.FORBIDDEN,
  [RoleplayErrorCode.NoRecording]: HttpStatus.NOT_FOUND,
};

const MESSAGES: Record<RoleplayErrorCode, string> = {
  [RoleplayErrorCode.RoleplayNotFound]: 'Role-play not found',
  [RoleplayErrorCode.SubmissionNotFound]: 'Submission not found',
  [RoleplayErrorCode.NotEnrolled]:
    'Enroll in this course (this version) to practise its role-plays',
  [RoleplayErrorCode.RoleplayLocked]:
    'This role-play is locked until the previous module is complete',
  [RoleplayErrorCode.SubmissionPending]: 'Your previous submission is waiting for a grade',
  [RoleplayErrorCode.AlreadyPassed]: 'You have already passed this role-play',
  [RoleplayErrorCode.AlreadyGraded]: 'This submission was just graded by someone else',
  [RoleplayErrorCode.NotCourseStaff]: 'Only the course owners and administrators can do this',
  [RoleplayErrorCode.NotYourSubmission]: 'This submission belongs to someone else',
  [RoleplayErrorCode.InvalidScores]: 'scores must give one level of the rubric to each criterion',
  [RoleplayErrorCode.NotGradedYet]: 'This submission has no grade to correct yet',
  [RoleplayErrorCode.SubmissionSuperseded]:
    'The trainee has resubmitted since; only the latest submission can be regraded',
  [RoleplayErrorCode.RecordingLinkInvalid]:
    'This recording link is invalid or has expired; reopen the submission',
  [RoleplayErrorCode.NoRecording]: 'This submission has no recording',
};

export class RoleplayException extends DomainException<RoleplayErrorCode> {
  readonly status: HttpStatus;

  constructor(code: RoleplayErrorCode, message = MESSAGES[code]) {
    super(code, message);
    this.status = STATUS[code];
  }
}
