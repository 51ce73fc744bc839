import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit trail. Rows are append-only: a trigger refuses UPDATE and DELETE so that what an
 * accreditor reads years later is exactly what was recorded. actor_id and subject_id carry no
 * foreign keys on purpose: the trail must outlive any row it mentions.
 */
export class CreateAuditTables1767225600100 implements MigrationInterface {
  name = 'CreateAuditTables1767225600100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE SCHEMA IF NOT EXISTS "audit"`);
    await q.query(`
      CREATE TABLE "audit"."audit_event" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "type" text NOT NULL,
        "actor_id" uuid,
        "subject_type" text,
        "subject_id" uuid,
        "payload" jsonb NOT NULL,
        "request_id" text,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "pk_audit_event" PRIMARY KEY ("id")
      )`);
    await q.query(
      `CREATE INDEX "ix_audit_event_type_created_at" ON "audit"."audit_event" ("type", "created_at")`,
    );
    await q.query(
      `CREATE INDEX "ix_audit_event_subject" ON "audit"."audit_event" ("subject_type", "subject_id")`,
    );
    await q.query(`
      CREATE FUNCTION "audit"."refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit events are append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
      END
      $$`);
    await q.query(`
      CREATE TRIGGER "tr_audit_event_append_only" BEFORE UPDATE OR DELETE ON "audit"."audit_event"
      FOR EACH ROW EXECUTE FUNCTION "audit"."refuse_change"()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "audit"."audit_event"`);
    await q.query(`DROP FUNCTION "audit"."refuse_change"()`);
    await q.query(`DROP SCHEMA "audit"`);
  }
}
