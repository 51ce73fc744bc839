import { HttpStatus } from '@nestjs/common';
import { DomainException } from '@lms/platform/api';

export enum CurriculumErrorCode {
  CourseNotFound = 'COURSE_NOT_FOUND',
  ModuleNotFound = 'MODULE_NOT_FOUND',
  LessonNotFound = 'LESSON_NOT_FOUND',
  NotCourseOwner = 'NOT_COURSE_OWNER',
  NotEnrolled = 'NOT_ENROLLED',
  LessonLocked = 'LESSON_LOCKED',
  AlreadyEnrolled = 'ALREADY_ENROLLED',
  NothingToPublish = 'NOTHING_TO_PUBLISH',
  NotReadyToPublish = 'NOT_READY_TO_PUBLISH',
  InvalidOrder = 'INVALID_ORDER',
  OwnerNotInstructor = 'OWNER_NOT_INSTRUCTOR',
  OwnerAlreadyAdded = 'OWNER_ALREADY_ADDED',
  LastOwner = 'LAST_OWNER',
}

export const CURRICULUM_ERROR_STATUS: Record<CurriculumErrorCode, HttpStatus> = {
  [CurriculumErrorCode.CourseNotFound]: HttpStatus.NOT_FOUND,
  [CurriculumErrorCode.ModuleNotFound]: HttpStatus.NOT_FOUND,
  [CurriculumErrorCode.LessonNotFound]: HttpStatus.NOT_FOUND,
  [CurriculumErrorCode.NotCourseOwner]: HttpStatus.FORBIDDEN,
  [CurriculumErrorCode.NotEnrolled]: HttpStatus.FORBIDDEN,
  [CurriculumErrorCode.LessonLocked]: HttpStatus.FORBIDDEN,
  [CurriculumErrorCode.AlreadyEnrolled]: HttpStatus.CONFLICT,
  [CurriculumErrorCode.NothingToPublish]: HttpStatus.CONFLICT,
  [CurriculumErrorCode.NotReadyToPublish]: HttpStatus.UNPROCESSABLE_ENTITY,
  [CurriculumErrorCode.InvalidOrder]: HttpStatus.BAD_REQUEST,
  [CurriculumErrorCode.OwnerNotInstructor]: HttpStatus.UNPROCESSABLE_ENTITY,
  [CurriculumErrorCode.OwnerAlreadyAdded]: HttpStatus.CONFLICT,
  [CurriculumErrorCode.LastOwner]: HttpStatus.CONFLICT,
};

const MESSAGES: Record<CurriculumErrorCode, string> = {
  [CurriculumErrorCode.CourseNotFound]: 'Course not found',
  [CurriculumErrorCode.ModuleNotFound]: 'Module not found',
  [CurriculumErrorCode.LessonNotFound]: 'Lesson not found',
  [CurriculumErrorCode.NotCourseOwner]:
    'Only the course owners and administrators can change this course',
  [CurriculumErrorCode.NotEnrolled]: 'Enroll in this course (this version) to open its lessons',
  [CurriculumErrorCode.LessonLocked]: 'This lesson is locked until the previous module is complete',
  [CurriculumErrorCode.AlreadyEnrolled]: 'You are already enrolled in this course',
  [CurriculumErrorCode.NothingToPublish]:
    'There is no draft to publish: the latest version is already published',
  [CurriculumErrorCode.NotReadyToPublish]: 'The draft is not ready to publish',
  [CurriculumErrorCode.InvalidOrder]: 'ids must list every item exactly once',
  [CurriculumErrorCode.OwnerNotInstructor]: 'Only instructors can own a course',
  [CurriculumErrorCode.OwnerAlreadyAdded]: 'This instructor already owns the course',
  [CurriculumErrorCode.LastOwner]: 'A course keeps at least one owner',
};

export class CurriculumException extends DomainException<CurriculumErrorCode> {
  readonly status: HttpStatus;

  constructor(
    code: CurriculumErrorCode,
    message = MESSAGES[code],
    details?: Record<string, unknown>,
  ) {
    super(code, message, details);
    this.status = CURRICULUM_ERROR_STATUS[code];
  }
}
