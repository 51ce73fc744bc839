import { TimestampedEntity } from '@lms/platform/api';
import type {
  CreditType,
  CreditTypeAccreditation,
  EvaluationQuestion,
  LearningFormat,
  License,
} from '@lms/shared/contracts';
import {
  Check,
  Column,
  Entity,
  ForeignKey,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';

const numeric = {
  to: (value: number | null | undefined): number | null | undefined => value,
  from: (value: string | null): number | null => (value === null ? null : Number(value)),
};

/** The training provider's accreditation details (one row). */
@Entity({ name: 'provider_settings', schema: 'credentials' })
@Index('uq_provider_settings_singleton', ['singleton'], { unique: true })
@Check('ck_provider_settings_singleton', '"singleton"')
export class ProviderSettingsEntity extends TimestampedEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_provider_settings' })
  id!: string;

  /** Always true: the unique index keeps this table to one row. */
  @Column({ type: 'boolean', default: true })
  singleton!: boolean;

  @Column({ type: 'text' })
  providerName!: string;

  @Column({ type: 'text' })
  address!: string;

  @Column({ type: 'text' })
  signatoryName!: string;

  @Column({ type: 'text' })
  signatoryTitle!: string;

  @Column({ type: 'jsonb' })
  accreditations!: CreditTypeAccreditation[];

  @Column({ type: 'text', nullable: true })
  logoKey!: string | null;

  @Column({ type: 'text', nullable: true })
  logoType!: string | null;
}

/** A course's CE settings and its evaluation form (all versions of the course). */
@Entity({ name: 'course_settings', schema: 'credentials' })
@Index('uq_course_settings_course_id', ['courseId'], { unique: true })
export class CourseSettingsEntity extends TimestampedEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_course_settings' })
  id!: string;

  @Column({ type: 'uuid' })
  @ForeignKey('CourseEntity', { name: 'fk_course_settings_course', onDelete: 'CASCADE' })
  courseId!: string;

  @Column({ type: 'text' })
  learningFormat!: LearningFormat;

  @Column({ type: 'int', nullable: true })
  validityMonths!: number | null;

  @Column({ type: 'jsonb' })
  evaluationQuestions!: EvaluationQuestion[];
}

/** A trainee's course evaluation: once per enrollment. */
@Entity({ name: 'evaluation_response', schema: 'credentials' })
@Index('uq_evaluation_response_enrollment_id', ['enrollmentId'], { unique: true })
@Index('ix_evaluation_response_course_id', ['courseId'])
export class EvaluationResponseEntity extends TimestampedEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_evaluation_response' })
  id!: string;

  @Column({ type: 'uuid' })
  @ForeignKey('EnrollmentEntity', {
    name: 'fk_evaluation_response_enrollment',
    onDelete: 'RESTRICT',
  })
  enrollmentId!: string;

  @Column({ type: 'uuid' })
  courseId!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  /** The questions as asked, with the answers (the form may change later). */
  @Column({ type: 'jsonb' })
  answers!: {
    questionId: string;
    prompt: string;
    kind: 'rating' | 'text';
    rating: number | null;
    text: string | null;
  }[];
}

/** A trainee's claim of credit of one type, attested as commensurate with participation. */
@Entity({ name: 'attestation', schema: 'credentials' })
@Index('uq_attestation_enrollment_id', ['enrollmentId'], { unique: true })
export class AttestationEntity extends TimestampedEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_attestation' })
  id!: string;

  @Column({ type: 'uuid' })
  @ForeignKey('EnrollmentEntity', { name: 'fk_attestation_enrollment', onDelete: 'RESTRICT' })
  enrollmentId!: string;

  @Column({ type: 'uuid' })
  courseId!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'text' })
  creditType!: CreditType;

  @Column({ type: 'numeric', precision: 5, scale: 2, transformer: numeric })
  creditsClaimed!: number;

  @Column({ type: 'timestamptz' })
  attestedAt!: Date;

  /** Reading time recorded when the claim was made (proof of time). */
  @Column({ type: 'int' })
  timeSpentSeconds!: number;
}

/**
 * An issued CE certificate: a snapshot of everything it shows, never edited or deleted (a
 * trigger allows one change only: its revocation). At most one unrevoked per enrollment.
 */
@Entity({ name: 'certificate', schema: 'credentials' })
@Index('uq_certificate_verification_code', ['verificationCode'], { unique: true })
@Index('uq_certificate_enrollment_id_active', ['enrollmentId'], {
  unique: true,
  where: 'revoked_at IS NULL',
})
@Index('ix_certificate_user_id', ['userId'])
@Index('ix_certificate_course_id', ['courseId'])
@Index('ix_certificate_issued_at', ['issuedAt'])
export class CertificateEntity extends TimestampedEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_certificate' })
  id!: string;

  @Column({ type: 'uuid' })
  @ForeignKey('EnrollmentEntity', { name: 'fk_certificate_enrollment', onDelete: 'RESTRICT' })
  enrollmentId!: string;

  @Column({ type: 'uuid' })
  @ForeignKey('UserEntity', { name: 'fk_certificate_user', onDelete: 'RESTRICT' })
  userId!: string;

  @Column({ type: 'uuid' })
  @ForeignKey('CourseEntity', { name: 'fk_certificate_course', onDelete: 'RESTRICT' })
  courseId!: string;

  @Column({ type: 'uuid' })
  courseVersionId!: string;

  @Column({ type: 'text' })
  verificationCode!: string;

  @Column({ type: 'text' })
  creditType!: CreditType;

  @Column({ type: 'numeric', precision: 5, scale: 2, transformer: numeric })
  credits!: number;

  @Column({ type: 'text' })
  holderName!: string;

  @Column({ type: 'jsonb', nullable: true })
  licence!: License | null;

  @Column({ type: 'text' })
  courseTitle!: string;

  @Column({ type: 'text' })
  learningFormat!: LearningFormat;

  @Column({ type: 'timestamptz' })
  completedAt!: Date;

  @Column({ type: 'timestamptz' })
  issuedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  expiresAt!: Date | null;

  @Column({ type: 'text' })
  accreditationStatement!: string;

  @Column({ type: 'text' })
  providerNumber!: string;

  @Column({ type: 'text' })
  providerName!: string;

  @Column({ type: 'text' })
  signatoryName!: string;

  @Column({ type: 'text' })
  signatoryTitle!: string;

  /** The PDF, rendered once at issue. */
  @Column({ type: 'text' })
  pdfKey!: string;

  @Column({ type: 'uuid' })
  issuedBy!: string;

  @Column({ type: 'uuid', nullable: true })
  bulkIssuanceId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  replacesId!: string | null;

  @ManyToOne(() => CertificateEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'replaces_id', foreignKeyConstraintName: 'fk_certificate_replaces' })
  replaces?: CertificateEntity;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  revocationReason!: string | null;

  @Column({ type: 'uuid', nullable: true })
  revokedBy!: string | null;
}

export type BulkIssuanceStatus = 'queued' | 'running' | 'completed' | 'failed';

/** One bulk issuance for a course, with its progress (read by any replica). */
@Entity({ name: 'bulk_issuance', schema: 'credentials' })
@Index('uq_bulk_issuance_course_id_open', ['courseId'], {
  unique: true,
  where: "status IN ('queued', 'running')",
})
export class BulkIssuanceEntity extends TimestampedEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_bulk_issuance' })
  id!: string;

  @Column({ type: 'uuid' })
  @ForeignKey('CourseEntity', { name: 'fk_bulk_issuance_course', onDelete: 'RESTRICT' })
  courseId!: string;

  @Column({ type: 'uuid' })
  requestedBy!: string;

  @Column({ type: 'text' })
  status!: BulkIssuanceStatus;

  @Column({ type: 'int', default: 0 })
  total!: number;

  @Column({ type: 'int', default: 0 })
  processed!: number;

  @Column({ type: 'int', default: 0 })
  issued!: number;

  @Column({ type: 'int', default: 0 })
  skipped!: number;

  @Column({ type: 'timestamptz', nullable: true })
  startedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  error!: string | null;
}

export const credentialsEntities = [
  ProviderSettingsEntity,
  CourseSettingsEntity,
  EvaluationResponseEntity,
  AttestationEntity,
  CertificateEntity,
  BulkIssuanceEntity,
];
