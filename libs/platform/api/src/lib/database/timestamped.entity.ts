import { CreateDateColumn, UpdateDateColumn } from 'typeorm';

/** `created_at` and `updated_at`, which every table has (style guide §3). */
export abstract class TimestampedEntity {
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
