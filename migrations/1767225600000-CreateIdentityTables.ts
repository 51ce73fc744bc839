import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateIdentityTables1767225600000 implements MigrationInterface {
  name = 'CreateIdentityTables1767225600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE SCHEMA IF NOT EXISTS "identity"`);
    await q.query(`
      CREATE TABLE "identity"."user" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "email" text NOT NULL,
        "password_hash" text NOT NULL,
        "full_name" text NOT NULL,
        "profession" text NOT NULL,
        "roles" text array NOT NULL DEFAULT '{trainee}',
        "last_login_at" TIMESTAMP WITH TIME ZONE,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "pk_user" PRIMARY KEY ("id")
      )`);
    await q.query(`CREATE UNIQUE INDEX "uq_user_email" ON "identity"."user" ("email")`);
    await q.query(`
      CREATE TABLE "identity"."license" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL,
        "type" text NOT NULL,
        "number" text NOT NULL,
        "state" text NOT NULL,
        "position" integer NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "pk_license" PRIMARY KEY ("id"),
        CONSTRAINT "fk_license_user" FOREIGN KEY ("user_id") REFERENCES "identity"."user"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await q.query(`CREATE INDEX "ix_license_user_id" ON "identity"."license" ("user_id")`);
    await q.query(`
      CREATE TABLE "identity"."refresh_token" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL,
        "family_id" uuid NOT NULL,
        "token_hash" text NOT NULL,
        "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "used_at" TIMESTAMP WITH TIME ZONE,
        "revoked_at" TIMESTAMP WITH TIME ZONE,
        "revoked_reason" text,
        "user_agent" text,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "pk_refresh_token" PRIMARY KEY ("id"),
        CONSTRAINT "fk_refresh_token_user" FOREIGN KEY ("user_id") REFERENCES "identity"."user"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await q.query(
      `CREATE UNIQUE INDEX "uq_refresh_token_token_hash" ON "identity"."refresh_token" ("token_hash")`,
    );
    await q.query(
      `CREATE INDEX "ix_refresh_token_family_id" ON "identity"."refresh_token" ("family_id")`,
    );
    await q.query(
      `CREATE INDEX "ix_refresh_token_user_id" ON "identity"."refresh_token" ("user_id")`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "identity"."refresh_token"`);
    await q.query(`DROP TABLE "identity"."license"`);
    await q.query(`DROP TABLE "identity"."user"`);
    await q.query(`DROP SCHEMA "identity"`);
  }
}
