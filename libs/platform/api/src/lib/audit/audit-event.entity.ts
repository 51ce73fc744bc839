import { TimestampedEntity } from '../database/timestamped.entity';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One row of the audit trail (schema `audit`). Append-only: a trigger in the migration
 * refuses UPDATE and DELETE, so an accreditor reads exactly what was written.
 */
@Entity({ name: 'audit_event', schema: 'audit' })
@Index('ix_audit_event_type_created_at', ['type', 'createdAt'])
@Index('ix_audit_event_subject', ['subjectType', 'subjectId'])
export class AuditEventEntity extends TimestampedEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_audit_event' })
  id!: string;

  @Column({ type: 'text' })
  type!: string;

  /** Who did it; null for the system (seeding, background jobs) and anonymous callers. */
  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ type: 'text', nullable: true })
  subjectType!: string | null;

  @Column({ type: 'uuid', nullable: true })
  subjectId!: string | null;

  @Column({ type: 'jsonb' })
  payload!: Record<string, unknown>;

  @Column({ type: 'text', nullable: true })
  requestId!: string | null;
}
