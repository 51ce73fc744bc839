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
import type {
  CourseStatus,
  CreditDesignation,
  LessonResource,
  ModuleCategory,
} from '@lms/shared/contracts';

/** A course's stable identity; its content lives in numbered versions. */
@Entity({ name: 'course', schema: 'curriculum' })
export class CourseEntity extends TimestampedEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_course' })
  id!: string;

  /** identity.user id of the author: a foreign key, but no cross-domain relation. */
  @Column({ type: 'uuid' })
  @ForeignKey('UserEntity', { name: 'fk_course_created_by_user', onDelete: 'RESTRICT' })
  createdBy!: string;
}

/** Instructors who may change a course (the author, plus any an admin adds). */
@Entity({ name: 'course_owner', schema: 'curriculum' })
@Index('uq_course_owner_course_id_user_id', ['courseId', 'userId'], { unique: true })
@Index('ix_course_owner_user_id', ['userId'])
export class CourseOwnerEntity extends TimestampedEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_course_owner' })
  id!: string;

  @Column({ type: 'uuid' })
  courseId!: string;

  @ManyToOne(() => CourseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'fk_course_owner_course' })
  course?: CourseEntity;

  @Column({ type: 'uuid' })
  @ForeignKey('UserEntity', { name: 'fk_course_owner_user', onDelete: 'CASCADE' })
  userId!: string;
}

/**
 * One version of a course. Published versions are frozen: a change starts a new draft
 * (a deep copy), and publishing it retires the previous published version.
 */
@Entity({ name: 'course_version', schema: 'curriculum' })
@Index('uq_course_version_course_id_version', ['courseId', 'version'], { unique: true })
export class CourseVersionEntity extends TimestampedEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_course_version' })
  id!: string;

  @Column({ type: 'uuid' })
  courseId!: string;

  @ManyToOne(() => CourseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'fk_course_version_course' })
  course?: CourseEntity;

  @Column({ type: 'int' })
  version!: number;

  @Column({ type: 'text' })
  status!: CourseStatus;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  summary!: string;

  @Column({ type: 'text', array: true })
  learningObjectives!: string[];

  @Column({ type: 'jsonb' })
  creditDesignations!: CreditDesignation[];

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  @ForeignKey('UserEntity', { name: 'fk_course_version_published_by_user', onDelete: 'RESTRICT' })
  publishedBy!: string | null;
}

@Entity({ name: 'module', schema: 'curriculum' })
@Index('ix_module_version_id_position', ['versionId', 'position'])
export class ModuleEntity extends TimestampedEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_module' })
  id!: string;

  @Column({ type: 'uuid' })
  versionId!: string;

  @ManyToOne(() => CourseVersionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'version_id', foreignKeyConstraintName: 'fk_module_course_version' })
  courseVersion?: CourseVersionEntity;

  /** The same module across versions (a copy keeps its lineage). */
  @Column({ type: 'uuid' })
  lineageId!: string;

  @Column({ type: 'int' })
  position!: number;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  category!: ModuleCategory;

  @Column({ type: 'text', array: true })
  learningObjectives!: string[];
}

@Entity({ name: 'lesson', schema: 'curriculum' })
@Index('ix_lesson_module_id_position', ['moduleId', 'position'])
export class LessonEntity extends TimestampedEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_lesson' })
  id!: string;

  @Column({ type: 'uuid' })
  moduleId!: string;

  @ManyToOne(() => ModuleEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'module_id', foreignKeyConstraintName: 'fk_lesson_module' })
  module?: ModuleEntity;

  @Column({ type: 'uuid' })
  lineageId!: string;

  @Column({ type: 'int' })
  position!: number;

  @Column({ type: 'text' })
  title!: string;

  /** Markdown, stored exactly as written. */
  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'int' })
  estimatedMinutes!: number;

  @Column({ type: 'jsonb' })
  resources!: LessonResource[];
}
