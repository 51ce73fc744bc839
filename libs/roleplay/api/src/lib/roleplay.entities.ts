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

export interface RubricLevel {
  label: string;
  points: number;
}

export interface RubricCriterion {
  id: string;
  title: string;
  description: string;
  /** Ordered, lowest first; a grade picks one level per criterion by index. */
  levels: RubricLevel[];
}

export interface CriterionScore {
  criterionId: string;
  levelIndex: number;
  points: number;
  comment: string | null;
}

export enum SubmissionStatus {
  Submitted = 'submitted',
  Graded = 'graded',
}

export enum GradeOutcome {
  Pass = 'pass',
  Revise = 'revise',
}

/** A role-play scenario in a module (copied with course versions by lineage). */
@Entity({ name: 'scenario', schema: 'roleplay' })
@Index('ix_scenario_module_id', ['moduleId'])
export class ScenarioEntity extends TimestampedEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_scenario' })
  id!: string;

  @Column({ type: 'uuid' })
  @ForeignKey('ModuleEntity', { name: 'fk_scenario_module', onDelete: 'CASCADE' })
  moduleId!: string;

  @Column({ type: 'uuid' })
  lineageId!: string;

  @Column({ type: 'text' })
  title!: string;

  /** The client situation the trainee must handle. */
  @Column({ type: 'text' })
  situation!: string;

  /** What the trainee must do. */
  @Column({ type: 'text' })
  task!: string;

  /** For graders only. */
  @Column({ type: 'text' })
  graderNotes!: string;

  /** Percent of the rubric's maximum points. */
  @Column({ type: 'int' })
  passingScore!: number;
}

/**
 * A rubric as graded. The latest version applies to new submissions; a version that a
 * submission used is never changed (a change then makes a new version).
 */
@Entity({ name: 'rubric_version', schema: 'roleplay' })
@Index('uq_rubric_version_scenario_id_version', ['scenarioId', 'version'], { unique: true })
export class RubricVersionEntity extends TimestampedEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_rubric_version' })
  id!: string;

  @Column({ type: 'uuid' })
  scenarioId!: string;

  @ManyToOne(() => ScenarioEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'scenario_id', foreignKeyConstraintName: 'fk_rubric_version_scenario' })
  scenario?: ScenarioEntity;

  @Column({ type: 'int' })
  version!: number;

  @Column({ type: 'jsonb' })
  criteria!: RubricCriterion[];
}

@Entity({ name: 'submission', schema: 'roleplay' })
@Index('ix_submission_scenario_id_user_id', ['scenarioId', 'userId'])
@Index('ix_submission_status_created_at', ['status', 'createdAt'])
export class SubmissionEntity extends TimestampedEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_submission' })
  id!: string;

  @Column({ type: 'uuid' })
  scenarioId!: string;

  @ManyToOne(() => ScenarioEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'scenario_id', foreignKeyConstraintName: 'fk_submission_scenario' })
  scenario?: ScenarioEntity;

  @Column({ type: 'uuid' })
  rubricVersionId!: string;

  @ManyToOne(() => RubricVersionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'rubric_version_id',
    foreignKeyConstraintName: 'fk_submission_rubric_version',
  })
  rubricVersion?: RubricVersionEntity;

  @Column({ type: 'uuid' })
  @ForeignKey('UserEntity', { name: 'fk_submission_user', onDelete: 'RESTRICT' })
  userId!: string;

  @Column({ type: 'int' })
  number!: number;

  @Column({ type: 'text' })
  status!: SubmissionStatus;

  @Column({ type: 'text' })
  transcript!: string;

  @Column({ type: 'text' })
  reflection!: string;

  /** The recording's object-storage key, when one was uploaded. */
  @Column({ type: 'text', nullable: true })
  recordingKey!: string | null;

  /** The media type found in the file's content. */
  @Column({ type: 'text', nullable: true })
  recordingType!: string | null;

  @Column({
    type: 'bigint',
    nullable: true,
    transformer: {
      to: (v: unknown) => v,
      from: (v: string | null) => (v === null ? null : Number(v)),
    },
  })
  recordingSize!: number | null;
}

/**
 * A grade of a submission, final once saved. A correction is a new row that points at the
 * grade it replaces; the grade in force is the one nothing corrects.
 */
@Entity({ name: 'grade', schema: 'roleplay' })
@Index('uq_grade_submission_id', ['submissionId'], {
  unique: true,
  where: 'corrects_grade_id IS NULL',
})
@Index('uq_grade_corrects_grade_id', ['correctsGradeId'], { unique: true })
export class GradeEntity extends TimestampedEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_grade' })
  id!: string;

  @Column({ type: 'uuid' })
  submissionId!: string;

  @ManyToOne(() => SubmissionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'submission_id', foreignKeyConstraintName: 'fk_grade_submission' })
  submission?: SubmissionEntity;

  @Column({ type: 'uuid' })
  @ForeignKey('UserEntity', { name: 'fk_grade_grader', onDelete: 'RESTRICT' })
  graderId!: string;

  @Column({ type: 'jsonb' })
  scores!: CriterionScore[];

  @Column({ type: 'int' })
  points!: number;

  @Column({ type: 'int' })
  maxPoints!: number;

  @Column({ type: 'double precision' })
  percent!: number;

  @Column({ type: 'text' })
  outcome!: GradeOutcome;

  @Column({ type: 'text' })
  feedback!: string;

  @Column({ type: 'uuid', nullable: true })
  correctsGradeId!: string | null;

  @ManyToOne(() => GradeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'corrects_grade_id', foreignKeyConstraintName: 'fk_grade_corrects_grade' })
  correctsGrade?: GradeEntity;

  @Column({ type: 'text', nullable: true })
  correctionReason!: string | null;
}
