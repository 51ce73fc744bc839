import { TimestampedEntity } from '@lms/platform/api';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Counters for sign-in and registration attempts, shared by every API replica. One row per
 * key: `<scope>:ip:<sha256>` or `<scope>:account:<sha256>` (scope `login` or `register`; the
 * address and the email are stored hashed). `hits` counts attempts in the fixed window that
 * began at `windowStartedAt`; on `login:account:` rows `failures` counts wrong passwords in a
 * row and `blockedUntil` is when the account may try again. Rows idle for a day are deleted.
 */
@Entity({ name: 'auth_throttle', schema: 'identity' })
@Index('uq_auth_throttle_key', ['key'], { unique: true })
@Index('ix_auth_throttle_updated_at', ['updatedAt'])
export class AuthThrottleEntity extends TimestampedEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_auth_throttle' })
  id!: string;

  @Column({ type: 'text' })
  key!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  windowStartedAt!: Date;

  @Column({ type: 'integer', default: 0 })
  hits!: number;

  @Column({ type: 'integer', default: 0 })
  failures!: number;

  @Column({ type: 'timestamptz', nullable: true })
  lastFailureAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  blockedUntil!: Date | null;
}
