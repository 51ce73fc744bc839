import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * CE credit and certificates (schema `credentials`): provider settings, per-course CE settings
 * with the evaluation form, evaluations, attestations (claims), certificates and bulk runs.
 * A certificate is never edited or deleted: a trigger refuses DELETE and every UPDATE except
 * its one-time revocation. At most one unrevoked certificate per enrollment (partial unique
 * index), and one open bulk run per course.
 */
export class CreateCredentialsTables1767657600000 implements MigrationInterface {
  name = 'CreateCredentialsTables1767657600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE SCHEMA IF NOT EXISTS "credentials"`);
    await q.query(
      `CREATE TABLE "credentials"."provider_settings" ("created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "singleton" boolean NOT NULL DEFAULT true, "provider_name" text NOT NULL, "address" text NOT NULL, "signatory_name" text NOT NULL, "signatory_title" text NOT NULL, "accreditations" jsonb NOT NULL, "logo_key" text, "logo_type" text, CONSTRAINT "pk_provider_settings" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "uq_provider_settings_singleton" ON "credentials"."provider_settings"("singleton")`,
    );
    await q.query(
      `CREATE TABLE "credentials"."course_settings" ("created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "course_id" uuid NOT NULL, "learning_format" text NOT NULL, "validity_months" integer, "evaluation_questions" jsonb NOT NULL, CONSTRAINT "pk_course_settings" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "uq_course_settings_course_id" ON "credentials"."course_settings"("course_id")`,
    );
    await q.query(
      `CREATE TABLE "credentials"."evaluation_response" ("created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "enrollment_id" uuid NOT NULL, "course_id" uuid NOT NULL, "user_id" uuid NOT NULL, "answers" jsonb NOT NULL, CONSTRAINT "pk_evaluation_response" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "ix_evaluation_response_course_id" ON "credentials"."evaluation_response"("course_id")`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "uq_evaluation_response_enrollment_id" ON "credentials"."evaluation_response"("enrollment_id")`,
    );
    await q.query(
      `CREATE TABLE "credentials"."attestation" ("created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "enrollment_id" uuid NOT NULL, "course_id" uuid NOT NULL, "user_id" uuid NOT NULL, "credit_type" text NOT NULL, "credits_claimed" numeric(5,2) NOT NULL, "attested_at" TIMESTAMP WITH TIME ZONE NOT NULL, "time_spent_seconds" integer NOT NULL, CONSTRAINT "pk_attestation" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "uq_attestation_enrollment_id" ON "credentials"."attestation"("enrollment_id")`,
    );
    await q.query(
      `CREATE TABLE "credentials"."certificate" ("created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "enrollment_id" uuid NOT NULL, "user_id" uuid NOT NULL, "course_id" uuid NOT NULL, "course_version_id" uuid NOT NULL, "verification_code" text NOT NULL, "credit_type" text NOT NULL, "credits" numeric(5,2) NOT NULL, "holder_name" text NOT NULL, "licence" jsonb, "course_title" text NOT NULL, "learning_format" text NOT NULL, "completed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "issued_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE, "accreditation_statement" text NOT NULL, "provider_number" text NOT NULL, "provider_name" text NOT NULL, "signatory_name" text NOT NULL, "signatory_title" text NOT NULL, "pdf_key" text NOT NULL, "issued_by" uuid NOT NULL, "bulk_issuance_id" uuid, "replaces_id" uuid, "revoked_at" TIMESTAMP WITH TIME ZONE, "revocation_reason" text, "revoked_by" uuid, CONSTRAINT "pk_certificate" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "ix_certificate_issued_at" ON "credentials"."certificate"("issued_at")`,
    );
    await q.query(
      `CREATE INDEX "ix_certificate_course_id" ON "credentials"."certificate"("course_id")`,
    );
    await q.query(
      `CREATE INDEX "ix_certificate_user_id" ON "credentials"."certificate"("user_id")`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "uq_certificate_enrollment_id_active" ON "credentials"."certificate"("enrollment_id") WHERE revoked_at IS NULL`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "uq_certificate_verification_code" ON "credentials"."certificate"("verification_code")`,
    );
    await q.query(
      `CREATE TABLE "credentials"."bulk_issuance" ("created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "course_id" uuid NOT NULL, "requested_by" uuid NOT NULL, "status" text NOT NULL, "total" integer NOT NULL DEFAULT '0', "processed" integer NOT NULL DEFAULT '0', "issued" integer NOT NULL DEFAULT '0', "skipped" integer NOT NULL DEFAULT '0', "started_at" TIMESTAMP WITH TIME ZONE, "finished_at" TIMESTAMP WITH TIME ZONE, "error" text, CONSTRAINT "pk_bulk_issuance" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "uq_bulk_issuance_course_id_open" ON "credentials"."bulk_issuance"("course_id") WHERE status IN ('queued', 'running')`,
    );
    await q.query(
      `ALTER TABLE "credentials"."course_settings" ADD CONSTRAINT "fk_course_settings_course" FOREIGN KEY ("course_id") REFERENCES "curriculum"."course"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "credentials"."evaluation_response" ADD CONSTRAINT "fk_evaluation_response_enrollment" FOREIGN KEY ("enrollment_id") REFERENCES "curriculum"."enrollment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "credentials"."attestation" ADD CONSTRAINT "fk_attestation_enrollment" FOREIGN KEY ("enrollment_id") REFERENCES "curriculum"."enrollment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "credentials"."certificate" ADD CONSTRAINT "fk_certificate_replaces" FOREIGN KEY ("replaces_id") REFERENCES "credentials"."certificate"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "credentials"."certificate" ADD CONSTRAINT "fk_certificate_enrollment" FOREIGN KEY ("enrollment_id") REFERENCES "curriculum"."enrollment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "credentials"."certificate" ADD CONSTRAINT "fk_certificate_user" FOREIGN KEY ("user_id") REFERENCES "identity"."user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "credentials"."certificate" ADD CONSTRAINT "fk_certificate_course" FOREIGN KEY ("course_id") REFERENCES "curriculum"."course"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "credentials"."bulk_issuance" ADD CONSTRAINT "fk_bulk_issuance_course" FOREIGN KEY ("course_id") REFERENCES "curriculum"."course"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "credentials"."provider_settings" ADD CONSTRAINT "ck_provider_settings_singleton" CHECK ("singleton")`,
    );
    await q.query(`
      CREATE FUNCTION "credentials"."certificate_immutable"() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          RAISE EXCEPTION 'certificates are never deleted (revoke instead)' USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        IF OLD.revoked_at IS NOT NULL
           OR NEW.revoked_at IS NULL
           OR NEW.revocation_reason IS NULL
           OR (to_jsonb(NEW) - ARRAY['revoked_at', 'revocation_reason', 'revoked_by', 'updated_at'])
              IS DISTINCT FROM (to_jsonb(OLD) - ARRAY['revoked_at', 'revocation_reason', 'revoked_by', 'updated_at'])
        THEN
          RAISE EXCEPTION 'certificates are never edited; the only change allowed is revoking an active one' USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER "tr_certificate_immutable" BEFORE UPDATE OR DELETE ON "credentials"."certificate"
      FOR EACH ROW EXECUTE FUNCTION "credentials"."certificate_immutable"()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP SCHEMA "credentials" CASCADE`);
  }
}
