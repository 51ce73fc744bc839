import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Sign-in and registration throttling kept in PostgreSQL, so every replica counts the same. */
export class CreateAuthThrottleTable1767744000000 implements MigrationInterface {
  name = 'CreateAuthThrottleTable1767744000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "identity"."auth_throttle" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "key" text NOT NULL,
        "window_started_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "hits" integer NOT NULL DEFAULT 0,
        "failures" integer NOT NULL DEFAULT 0,
        "last_failure_at" TIMESTAMP WITH TIME ZONE,
        "blocked_until" TIMESTAMP WITH TIME ZONE,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "pk_auth_throttle" PRIMARY KEY ("id")
      )`);
    await q.query(
      `CREATE UNIQUE INDEX "uq_auth_throttle_key" ON "identity"."auth_throttle" ("key")`,
    );
    await q.query(
      `CREATE INDEX "ix_auth_throttle_updated_at" ON "identity"."auth_throttle" ("updated_at")`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "identity"."auth_throttle"`);
  }
}
