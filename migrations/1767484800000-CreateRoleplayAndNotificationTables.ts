import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Role-play scenarios with versioned rubrics, submissions and their (single, final) grades;
 * and the platform's in-app notifications with an email outbox.
 */
export class CreateRoleplayAndNotificationTables1767484800000 implements MigrationInterface {
  name = 'CreateRoleplayAndNotificationTables1767484800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE SCHEMA IF NOT EXISTS "roleplay"`);
    await q.query(`
      CREATE TABLE "roleplay"."scenario" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "module_id" uuid NOT NULL,
        "lineage_id" uuid NOT NULL,
        "title" text NOT NULL,
        "situation" text NOT NULL,
        "task" text NOT NULL,
        "grader_notes" text NOT NULL,
        "passing_score" integer NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "pk_scenario" PRIMARY KEY ("id"),
        CONSTRAINT "fk_scenario_module" FOREIGN KEY ("module_id") REFERENCES "curriculum"."module"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await q.query(`CREATE INDEX "ix_scenario_module_id" ON "roleplay"."scenario" ("module_id")`);
    await q.query(`
      CREATE TABLE "roleplay"."rubric_version" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "scenario_id" uuid NOT NULL,
        "version" integer NOT NULL,
        "criteria" jsonb NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "pk_rubric_version" PRIMARY KEY ("id"),
        CONSTRAINT "fk_rubric_version_scenario" FOREIGN KEY ("scenario_id") REFERENCES "roleplay"."scenario"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await q.query(
      `CREATE UNIQUE INDEX "uq_rubric_version_scenario_id_version" ON "roleplay"."rubric_version" ("scenario_id", "version")`,
    );
    await q.query(`
      CREATE TABLE "roleplay"."submission" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "scenario_id" uuid NOT NULL,
        "rubric_version_id" uuid NOT NULL,
        "user_id" uuid NOT NULL,
        "number" integer NOT NULL,
        "status" text NOT NULL,
        "transcript" text NOT NULL,
        "reflection" text NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "pk_submission" PRIMARY KEY ("id"),
        CONSTRAINT "fk_submission_scenario" FOREIGN KEY ("scenario_id") REFERENCES "roleplay"."scenario"("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
        CONSTRAINT "fk_submission_rubric_version" FOREIGN KEY ("rubric_version_id") REFERENCES "roleplay"."rubric_version"("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
        CONSTRAINT "fk_submission_user" FOREIGN KEY ("user_id") REFERENCES "identity"."user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
      )`);
    await q.query(
      `CREATE INDEX "ix_submission_scenario_id_user_id" ON "roleplay"."submission" ("scenario_id", "user_id")`,
    );
    await q.query(
      `CREATE INDEX "ix_submission_status_created_at" ON "roleplay"."submission" ("status", "created_at")`,
    );
    await q.query(`
      CREATE TABLE "roleplay"."grade" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "submission_id" uuid NOT NULL,
        "grader_id" uuid NOT NULL,
        "scores" jsonb NOT NULL,
        "points" integer NOT NULL,
        "max_points" integer NOT NULL,
        "percent" double precision NOT NULL,
        "outcome" text NOT NULL,
        "feedback" text NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "pk_grade" PRIMARY KEY ("id"),
        CONSTRAINT "fk_grade_submission" FOREIGN KEY ("submission_id") REFERENCES "roleplay"."submission"("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
        CONSTRAINT "fk_grade_grader" FOREIGN KEY ("grader_id") REFERENCES "identity"."user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
      )`);
    await q.query(
      `CREATE UNIQUE INDEX "uq_grade_submission_id" ON "roleplay"."grade" ("submission_id")`,
    );

    await q.query(`CREATE SCHEMA IF NOT EXISTS "platform"`);
    await q.query(`
      CREATE TABLE "platform"."notification" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL,
        "title" text NOT NULL,
        "body" text NOT NULL,
        "link" text NOT NULL,
        "read_at" TIMESTAMP WITH TIME ZONE,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "pk_notification" PRIMARY KEY ("id"),
        CONSTRAINT "fk_notification_user" FOREIGN KEY ("user_id") REFERENCES "identity"."user"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await q.query(
      `CREATE INDEX "ix_notification_user_id_created_at" ON "platform"."notification" ("user_id", "created_at")`,
    );
    await q.query(`
      CREATE TABLE "platform"."outbox_email" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "to" text NOT NULL,
        "subject" text NOT NULL,
        "body" text NOT NULL,
        "status" text NOT NULL,
        "tries" integer NOT NULL DEFAULT 0,
        "sent_at" TIMESTAMP WITH TIME ZONE,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "pk_outbox_email" PRIMARY KEY ("id")
      )`);
    await q.query(`CREATE INDEX "ix_outbox_email_status" ON "platform"."outbox_email" ("status")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "platform"."outbox_email"`);
    await q.query(`DROP TABLE "platform"."notification"`);
    await q.query(`DROP SCHEMA "platform"`);
    await q.query(`DROP TABLE "roleplay"."grade"`);
    await q.query(`DROP TABLE "roleplay"."submission"`);
    await q.query(`DROP TABLE "roleplay"."rubric_version"`);
    await q.query(`DROP TABLE "roleplay"."scenario"`);
    await q.query(`DROP SCHEMA "roleplay"`);
  }
}
