import { TimestampedEntity } from '@lms/platform/api';
import {
  Column,
  Entity,
  ForeignKey,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { CourseEntity, CourseVersionEntity, LessonEntity } from '../course/course.entity';

/** A trainee in a course, pinned to the version they enrolled in. One per trainee and course. */
@Entity({ name: 'enrollment', schema: 'curriculum' })
@Index('uq_enrollment_user_id_course_id', ['userId', 'courseId'], { unique: true })
@Index('ix_enrollment_course_id', ['courseId'])
export class EnrollmentEntity extends TimestampedEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_enrollment' })
  id!: string;

  @Column({ type: 'uuid' })
  @ForeignKey('UserEntity', { name: 'fk_enrollment_user', onDelete: 'RESTRICT' })
  userId!: string;

  @Column({ type: 'uuid' })
  courseId!: string;

  @ManyToOne(() => CourseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'fk_enrollment_course' })
  course?: CourseEntity;

  @Column({ type: 'uuid' })
  versionId!: string;

  @ManyToOne(() => CourseVersionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'version_id', foreignKeyConstraintName: 'fk_enrollment_course_version' })
  courseVersion?: CourseVersionEntity;

  @Column({ type: 'timestamptz', nullable: true })
  lastActivityAt!: Date | null;

  /** Set when every item of the version is complete. */
  @Column({ type: 'timestamptz', nullable: true })
  completedAt!: Date | null;
}

/**
 * A trainee's progress on one lesson: when they first opened it, when they completed it,
 * and the reading time recorded (proof of time spent, kept for CE audits).
 */
@Entity({ name: 'lesson_progress', schema: 'curriculum' })
@Index('uq_lesson_progress_enrollment_id_lesson_id', ['enrollmentId', 'lessonId'], { unique: true })
export class LessonProgressEntity extends TimestampedEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_lesson_progress' })
  id!: string;

  @Column({ type: 'uuid' })
  enrollmentId!: string;

  @ManyToOne(() => EnrollmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'enrollment_id', foreignKeyConstraintName: 'fk_lesson_progress_enrollment' })
  enrollment?: EnrollmentEntity;

  @Column({ type: 'uuid' })
  lessonId!: string;

  @ManyToOne(() => LessonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lesson_id', foreignKeyConstraintName: 'fk_lesson_progress_lesson' })
  lesson?: LessonEntity;

  @Column({ type: 'timestamptz' })
  firstOpenedAt!: Date;

  /** The last time reading time was credited; the next heartbeat is clamped to the time since. */
  @Column({ type: 'timestamptz' })
  lastActivityAt!: Date;

  @Column({ type: 'int', default: 0 })
  timeSpentSeconds!: number;

  @Column({ type: 'timestamptz', nullable: true })
  completedAt!: Date | null;
}
