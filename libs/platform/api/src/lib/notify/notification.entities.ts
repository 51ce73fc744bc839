import { Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { TimestampedEntity } from '../database/timestamped.entity';

/** In-app notifications (the bell). */
@Entity({ name: 'notification', schema: 'platform' })
@Index('ix_notification_user_id_created_at', ['userId', 'createdAt'])
export class NotificationEntity extends TimestampedEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_notification' })
  id!: string;

  @Column({ type: 'uuid' })
  @ForeignKey('UserEntity', { name: 'fk_notification_user', onDelete: 'CASCADE' })
  userId!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  body!: string;

  /** A path in the web app. */
  @Column({ type: 'text' })
  link!: string;

  @Column({ type: 'timestamptz', nullable: true })
  readAt!: Date | null;
}

/** Emails waiting to be sent by the mail job (transactional outbox). */
@Entity({ name: 'outbox_email', schema: 'platform' })
@Index('ix_outbox_email_status_next_attempt_at', ['status', 'nextAttemptAt'])
export class OutboxEmailEntity extends TimestampedEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_outbox_email' })
  id!: string;

  @Column({ type: 'text' })
  to!: string;

  @Column({ type: 'text' })
  subject!: string;

  @Column({ type: 'text' })
  body!: string;

  /** pending | sent | failed */
  @Column({ type: 'text' })
  status!: string;

  /** Failed tries so far; the mail is marked failed after MAIL_MAX_TRIES. */
  @Column({ type: 'int', default: 0 })
  tries!: number;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  /**
   * When the sender may take the row next: now for a new mail, later after a failed try
   * (back-off), or at the end of the lease of a sender that claimed it.
   */
  @Column({ type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt!: Date;

  /** The error of the last failed try (no secrets). */
  @Column({ type: 'text', nullable: true })
  lastError!: string | null;
}
