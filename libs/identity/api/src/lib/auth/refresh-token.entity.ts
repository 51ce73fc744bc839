import { TimestampedEntity } from '@lms/platform/api';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../user/user.entity';

/**
 * A refresh token, stored as a SHA-256 hash of the cookie value. Each use rotates it: the
 * row is marked used and a new row joins the same family. A used or revoked token presented
 * again revokes the whole family.
 */
@Entity({ name: 'refresh_token', schema: 'identity' })
@Index('uq_refresh_token_token_hash', ['tokenHash'], { unique: true })
@Index('ix_refresh_token_family_id', ['familyId'])
@Index('ix_refresh_token_user_id', ['userId'])
export class RefreshTokenEntity extends TimestampedEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_refresh_token' })
  id!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_refresh_token_user' })
  user?: UserEntity;

  @Column({ type: 'uuid' })
  familyId!: string;

  @Column({ type: 'text' })
  tokenHash!: string;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  revokedReason!: string | null;

  @Column({ type: 'text', nullable: true })
  userAgent!: string | null;
}
