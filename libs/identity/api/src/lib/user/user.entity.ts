import { TimestampedEntity } from '@lms/platform/api';
import type { Profession, Role } from '@lms/shared/contracts';
import { Column, Entity, Index, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import { LicenseEntity } from './license.entity';

@Entity({ name: 'user', schema: 'identity' })
@Index('uq_user_email', ['email'], { unique: true })
export class UserEntity extends TimestampedEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_user' })
  id!: string;

  /** Stored trimmed and lower-cased, so uniqueness is case-insensitive. */
  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text', select: false })
  passwordHash!: string;

  @Column({ type: 'text' })
  fullName!: string;

  @Column({ type: 'text' })
  profession!: Profession;

  @Column({ type: 'text', array: true, default: () => "'{trainee}'" })
  roles!: Role[];

  @Column({ type: 'timestamptz', nullable: true })
  lastLoginAt!: Date | null;

  @OneToMany(() => LicenseEntity, (license) => license.user)
  licenses?: LicenseEntity[];
}
