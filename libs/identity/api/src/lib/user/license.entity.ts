import { TimestampedEntity } from '@lms/platform/api';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from './user.entity';

/** A professional licence a trainee holds; certificates print its number where needed. */
@Entity({ name: 'license', schema: 'identity' })
@Index('ix_license_user_id', ['userId'])
export class LicenseEntity extends TimestampedEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_license' })
  id!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, (user) => user.licenses, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_license_user' })
  user?: UserEntity;

  @Column({ type: 'text' })
  type!: string;

  @Column({ type: 'text' })
  number!: string;

  @Column({ type: 'text' })
  state!: string;

  /** Order the trainee listed them in. */
  @Column({ type: 'int' })
  position!: number;
}
