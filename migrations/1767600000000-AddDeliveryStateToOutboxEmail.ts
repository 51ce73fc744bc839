import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the outbox mail sender needs: when a row may be taken next (back-off after a failed
 * try, or the lease of a sender that claimed it) and the last error. The sender's query looks
 * for due pending rows, so the status index gains `next_attempt_at`.
 */
export class AddDeliveryStateToOutboxEmail1767600000000 implements MigrationInterface {
  name = 'AddDeliveryStateToOutboxEmail1767600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE "platform"."outbox_email" ADD "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`,
    );
    await q.query(`ALTER TABLE "platform"."outbox_email" ADD "last_error" text`);
    await q.query(`DROP INDEX "platform"."ix_outbox_email_status"`);
    await q.query(
      `CREATE INDEX "ix_outbox_email_status_next_attempt_at" ON "platform"."outbox_email" ("status", "next_attempt_at")`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "platform"."ix_outbox_email_status_next_attempt_at"`);
    await q.query(`CREATE INDEX "ix_outbox_email_status" ON "platform"."outbox_email" ("status")`);
    await q.query(`ALTER TABLE "platform"."outbox_email" DROP COLUMN "last_error"`);
    await q.query(`ALTER TABLE "platform"."outbox_email" DROP COLUMN "next_attempt_at"`);
  }
}
