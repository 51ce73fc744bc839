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
import type { QuestionType } from '../attempt/grading';

/** A question in a course's bank. Edits change this row; attempts keep their own snapshot. */
@Entity({ name: 'question', schema: 'assessment' })
@Index('ix_question_course_id', ['courseId'])
export class QuestionEntity extends TimestampedEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_question' })
  id!: string;

  @Column({ type: 'uuid' })
  @ForeignKey('CourseEntity', { name: 'fk_question_course', onDelete: 'CASCADE' })
  courseId!: string;

  @Column({ type: 'text' })
  type!: QuestionType;

  @Column({ type: 'text' })
  prompt!: string;

  @Column({ type: 'int' })
  points!: number;

  @Column({ type: 'text', nullable: true })
  rationale!: string | null;

  @Column({ type: 'text', array: true })
  tags!: string[];

  @Column({ type: 'boolean', default: false })
  partialCredit!: boolean;
}

@Entity({ name: 'question_option', schema: 'assessment' })
@Index('ix_question_option_question_id', ['questionId'])
export class QuestionOptionEntity extends TimestampedEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_question_option' })
  id!: string;

  @Column({ type: 'uuid' })
  questionId!: string;

  @ManyToOne(() => QuestionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'question_id', foreignKeyConstraintName: 'fk_question_option_question' })
  question?: QuestionEntity;

  @Column({ type: 'int' })
  position!: number;

  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'boolean' })
  correct!: boolean;

  @Column({ type: 'text', nullable: true })
  feedback!: string | null;
}

/** A quiz in a module (of one course version), drawing its questions from the course bank. */
@Entity({ name: 'quiz', schema: 'assessment' })
@Index('ix_quiz_module_id', ['moduleId'])
export class QuizEntity extends TimestampedEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_quiz' })
  id!: string;

  @Column({ type: 'uuid' })
  @ForeignKey('ModuleEntity', { name: 'fk_quiz_module', onDelete: 'CASCADE' })
  moduleId!: string;

  /** The same quiz across course versions. */
  @Column({ type: 'uuid' })
  lineageId!: string;

  @Column({ type: 'text' })
  title!: string;

  /** Pass mark, 0–100. */
  @Column({ type: 'int' })
  passingScore!: number;

  @Column({ type: 'int' })
  maxAttempts!: number;

  @Column({ type: 'int', nullable: true })
  timeLimitMinutes!: number | null;

  /** Random draw of N questions per attempt; all questions when null. */
  @Column({ type: 'int', nullable: true })
  questionsPerAttempt!: number | null;

  /** Draw N questions per tag first (tag → N). */
  @Column({ type: 'jsonb', nullable: true })
  questionsPerTag!: Record<string, number> | null;

  @Column({ type: 'boolean' })
  shuffle!: boolean;

  @Column({ type: 'boolean' })
  isPostTest!: boolean;
}

@Entity({ name: 'quiz_question', schema: 'assessment' })
@Index('uq_quiz_question_quiz_id_question_id', ['quizId', 'questionId'], { unique: true })
export class QuizQuestionEntity extends TimestampedEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_quiz_question' })
  id!: string;

  @Column({ type: 'uuid' })
  quizId!: string;

  @ManyToOne(() => QuizEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'quiz_id', foreignKeyConstraintName: 'fk_quiz_question_quiz' })
  quiz?: QuizEntity;

  @Column({ type: 'uuid' })
  questionId!: string;

  @ManyToOne(() => QuestionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'question_id', foreignKeyConstraintName: 'fk_quiz_question_question' })
  question?: QuestionEntity;

  @Column({ type: 'int' })
  position!: number;
}
