import { HttpStatus } from '@nestjs/common';
import { DomainException } from '@lms/platform/api';

export enum AssessmentErrorCode {
  QuizNotFound = 'QUIZ_NOT_FOUND',
  AttemptNotFound = 'ATTEMPT_NOT_FOUND',
  NotYourAttempt = 'NOT_YOUR_ATTEMPT',
  NotEnrolled = 'NOT_ENROLLED',
  QuizLocked = 'QUIZ_LOCKED',
  AttemptLimitReached = 'ATTEMPT_LIMIT_REACHED',
  AlreadyPassed = 'ALREADY_PASSED',
  AttemptClosed = 'ATTEMPT_CLOSED',
  AlreadySubmitted = 'ALREADY_SUBMITTED',
  NoQuestions = 'NO_QUESTIONS',
  InvalidQuestion = 'INVALID_QUESTION',
  QuestionNotInAttempt = 'QUESTION_NOT_IN_ATTEMPT',
  NotCourseStaff = 'NOT_COURSE_STAFF',
  QuestionNotFound = 'QUESTION_NOT_FOUND',
  PostTestExists = 'POST_TEST_EXISTS',
}

export const ASSESSMENT_ERROR_STATUS: Record<AssessmentErrorCode, HttpStatus> = {
  [AssessmentErrorCode.QuizNotFound]: HttpStatus.NOT_FOUND,
  [AssessmentErrorCode.AttemptNotFound]: HttpStatus.NOT_FOUND,
  [AssessmentErrorCode.NotYourAttempt]: HttpStatus.FORBIDDEN,
  [AssessmentErrorCode.NotEnrolled]: HttpStatus.FORBIDDEN,
  [AssessmentErrorCode.QuizLocked]: HttpStatus.FORBIDDEN,
  [AssessmentErrorCode.AttemptLimitReached]: HttpStatus.CONFLICT,
  [AssessmentErrorCode.AlreadyPassed]: HttpStatus.CONFLICT,
  [AssessmentErrorCode.AttemptClosed]: HttpStatus.CONFLICT,
  [AssessmentErrorCode.AlreadySubmitted]: HttpStatus.CONFLICT,
  [AssessmentErrorCode.NoQuestions]: HttpStatus.UNPROCESSABLE_ENTITY,
  [AssessmentErrorCode.InvalidQuestion]: HttpStatus.BAD_REQUEST,
  [AssessmentErrorCode.QuestionNotInAttempt]: HttpStatus.BAD_REQUEST,
  [AssessmentErrorCode.NotCourseStaff]: HttpStatus.FORBIDDEN,
  [AssessmentErrorCode.QuestionNotFound]: HttpStatus.NOT_FOUND,
  [AssessmentErrorCode.PostTestExists]: HttpStatus.CONFLICT,
};

const MESSAGES: Record<AssessmentErrorCode, string> = {
  [AssessmentErrorCode.QuizNotFound]: 'Quiz not found',
  [AssessmentErrorCode.AttemptNotFound]: 'Attempt not found',
  [AssessmentErrorCode.NotYourAttempt]: 'This attempt belongs to someone else',
  [AssessmentErrorCode.NotEnrolled]: 'Enroll in this course (this version) to take its quizzes',
  [AssessmentErrorCode.QuizLocked]: 'This quiz is locked until the previous module is complete',
  [AssessmentErrorCode.AttemptLimitReached]: 'You have used every attempt this quiz allows',
  [AssessmentErrorCode.AlreadyPassed]: 'You have already passed this quiz',
  [AssessmentErrorCode.AttemptClosed]:
    'This attempt is submitted or its time is up; answers can no longer change',
  [AssessmentErrorCode.AlreadySubmitted]: 'This attempt has already been submitted',
  [AssessmentErrorCode.NoQuestions]: 'This quiz has no questions yet',
  [AssessmentErrorCode.InvalidQuestion]: 'The question is not valid',
  [AssessmentErrorCode.QuestionNotInAttempt]: 'questionId is not a question of this attempt',
  [AssessmentErrorCode.NotCourseStaff]: 'Only the course owners and administrators can do this',
  [AssessmentErrorCode.QuestionNotFound]: 'Question not found',
  [AssessmentErrorCode.PostTestExists]: 'This course already has a post-test',
};

export class AssessmentException extends DomainException<AssessmentErrorCode> {
  readonly status: HttpStatus;

  constructor(code: AssessmentErrorCode, message = MESSAGES[code]) {
    super(code, message);
    this.status = ASSESSMENT_ERROR_STATUS[code];
  }
}
