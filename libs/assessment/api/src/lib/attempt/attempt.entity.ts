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
import { QuizEntity } from '../quiz/assessment.entities';
import type { QuestionType } from './grading';

export enum AttemptStatus {
  Open = 'open',
  Submitted = 'submitted',
}

/** A question exactly as this attempt was given it (order, options, key): grading uses only this. */
export interface QuestionSnapshot {
  id: string;
  type: QuestionType;
  prompt: string;
  points: number;
  partialCredit: boolean;
  rationale: string | null;
  options: { id: string; text: string; correct: boolean; feedback: string | null }[];
}

export interface QuestionResultSnapshot {
  questionId: string;
  correct: boolean;
  earned: number;
  possible: number;
}

/**
 * One try at a quiz. At most one open attempt per trainee and quiz (partial unique index), and
 * attempt numbers are unique per trainee and quiz, so parallel starts cannot exceed the limit.
 */
@Entity({ name: 'attempt', schema: 'assessment' })
@Index('uq_attempt_quiz_id_user_id_number', ['quizId', 'userId', 'number'], { unique: true })
@Index('uq_attempt_one_open', ['quizId', 'userId'], { unique: true, where: `"status" = 'open'` })
export class AttemptEntity extends TimestampedEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_attempt' })
  id!: string;

  @Column({ type: 'uuid' })
  quizId!: string;

  @ManyToOne(() => QuizEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'quiz_id', foreignKeyConstraintName: 'fk_attempt_quiz' })
  quiz?: QuizEntity;

  @Column({ type: 'uuid' })
  @ForeignKey('UserEntity', { name: 'fk_attempt_user', onDelete: 'RESTRICT' })
  userId!: string;

  @Column({ type: 'int' })
  number!: number;

  @Column({ type: 'text' })
  status!: AttemptStatus;

  @Column({ type: 'timestamptz', nullable: true })
  expiresAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  /** Submitted after expiresAt: graded on what was saved by then. */
  @Column({ type: 'boolean', default: false })
  late!: boolean;

  @Column({ type: 'double precision', nullable: true })
  score!: number | null;

  @Column({ type: 'boolean', nullable: true })
  passed!: boolean | null;

  @Column({ type: 'jsonb' })
  questions!: QuestionSnapshot[];

  /** questionId → chosen option ids; autosaved while open. */
  @Column({ type: 'jsonb' })
  answers!: Record<string, string[]>;

  @Column({ type: 'jsonb', nullable: true })
  results!: QuestionResultSnapshot[] | null;

  @Column({ type: 'text', nullable: true })
  idempotencyKey!: string | null;
}
