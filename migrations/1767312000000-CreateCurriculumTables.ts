import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Courses with numbered versions (published versions are frozen), their modules and lessons,
 * owners, enrollments pinned to a version, and per-lesson progress with time spent.
 */
export class CreateCurriculumTables1767312000000 implements MigrationInterface {
  name = 'CreateCurriculumTables1767312000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE SCHEMA IF NOT EXISTS "curriculum"`);
    await q.query(`
      CREATE TABLE "curriculum"."course" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "created_by" uuid NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "pk_course" PRIMARY KEY ("id"),
        CONSTRAINT "fk_course_created_by_user" FOREIGN KEY ("created_by") REFERENCES "identity"."user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
      )`);
    await q.query(`
      CREATE TABLE "curriculum"."course_owner" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "course_id" uuid NOT NULL,
        "user_id" uuid NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "pk_course_owner" PRIMARY KEY ("id"),
        CONSTRAINT "fk_course_owner_course" FOREIGN KEY ("course_id") REFERENCES "curriculum"."course"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "fk_course_owner_user" FOREIGN KEY ("user_id") REFERENCES "identity"."user"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await q.query(
      `CREATE UNIQUE INDEX "uq_course_owner_course_id_user_id" ON "curriculum"."course_owner" ("course_id", "user_id")`,
    );
    await q.query(
      `CREATE INDEX "ix_course_owner_user_id" ON "curriculum"."course_owner" ("user_id")`,
    );
    await q.query(`
      CREATE TABLE "curriculum"."course_version" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "course_id" uuid NOT NULL,
        "version" integer NOT NULL,
        "status" text NOT NULL,
        "title" text NOT NULL,
        "summary" text NOT NULL,
        "learning_objectives" text array NOT NULL,
        "credit_designations" jsonb NOT NULL,
        "published_at" TIMESTAMP WITH TIME ZONE,
        "published_by" uuid,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "pk_course_version" PRIMARY KEY ("id"),
        CONSTRAINT "fk_course_version_course" FOREIGN KEY ("course_id") REFERENCES "curriculum"."course"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "fk_course_version_published_by_user" FOREIGN KEY ("published_by") REFERENCES "identity"."user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
      )`);
    await q.query(
      `CREATE UNIQUE INDEX "uq_course_version_course_id_version" ON "curriculum"."course_version" ("course_id", "version")`,
    );
    await q.query(`
      CREATE TABLE "curriculum"."module" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "version_id" uuid NOT NULL,
        "lineage_id" uuid NOT NULL,
        "position" integer NOT NULL,
        "title" text NOT NULL,
        "category" text NOT NULL,
        "learning_objectives" text array NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "pk_module" PRIMARY KEY ("id"),
        CONSTRAINT "fk_module_course_version" FOREIGN KEY ("version_id") REFERENCES "curriculum"."course_version"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await q.query(
      `CREATE INDEX "ix_module_version_id_position" ON "curriculum"."module" ("version_id", "position")`,
    );
    await q.query(`
      CREATE TABLE "curriculum"."lesson" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "module_id" uuid NOT NULL,
        "lineage_id" uuid NOT NULL,
        "position" integer NOT NULL,
        "title" text NOT NULL,
        "body" text NOT NULL,
        "estimated_minutes" integer NOT NULL,
        "resources" jsonb NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "pk_lesson" PRIMARY KEY ("id"),
        CONSTRAINT "fk_lesson_module" FOREIGN KEY ("module_id") REFERENCES "curriculum"."module"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await q.query(
      `CREATE INDEX "ix_lesson_module_id_position" ON "curriculum"."lesson" ("module_id", "position")`,
    );
    await q.query(`
      CREATE TABLE "curriculum"."enrollment" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL,
        "course_id" uuid NOT NULL,
        "version_id" uuid NOT NULL,
        "last_activity_at" TIMESTAMP WITH TIME ZONE,
        "completed_at" TIMESTAMP WITH TIME ZONE,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "pk_enrollment" PRIMARY KEY ("id"),
        CONSTRAINT "fk_enrollment_user" FOREIGN KEY ("user_id") REFERENCES "identity"."user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
        CONSTRAINT "fk_enrollment_course" FOREIGN KEY ("course_id") REFERENCES "curriculum"."course"("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
        CONSTRAINT "fk_enrollment_course_version" FOREIGN KEY ("version_id") REFERENCES "curriculum"."course_version"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
      )`);
    await q.query(
      `CREATE UNIQUE INDEX "uq_enrollment_user_id_course_id" ON "curriculum"."enrollment" ("user_id", "course_id")`,
    );
    await q.query(
      `CREATE INDEX "ix_enrollment_course_id" ON "curriculum"."enrollment" ("course_id")`,
    );
    await q.query(`
      CREATE TABLE "curriculum"."lesson_progress" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "enrollment_id" uuid NOT NULL,
        "lesson_id" uuid NOT NULL,
        "first_opened_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "last_activity_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "time_spent_seconds" integer NOT NULL DEFAULT 0,
        "completed_at" TIMESTAMP WITH TIME ZONE,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "pk_lesson_progress" PRIMARY KEY ("id"),
        CONSTRAINT "fk_lesson_progress_enrollment" FOREIGN KEY ("enrollment_id") REFERENCES "curriculum"."enrollment"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "fk_lesson_progress_lesson" FOREIGN KEY ("lesson_id") REFERENCES "curriculum"."lesson"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
      )`);
    await q.query(
      `CREATE UNIQUE INDEX "uq_lesson_progress_enrollment_id_lesson_id" ON "curriculum"."lesson_progress" ("enrollment_id", "lesson_id")`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "curriculum"."lesson_progress"`);
    await q.query(`DROP TABLE "curriculum"."enrollment"`);
    await q.query(`DROP TABLE "curriculum"."lesson"`);
    await q.query(`DROP TABLE "curriculum"."module"`);
    await q.query(`DROP TABLE "curriculum"."course_version"`);
    await q.query(`DROP TABLE "curriculum"."course_owner"`);
    await q.query(`DROP TABLE "curriculum"."course"`);
    await q.query(`DROP SCHEMA "curriculum"`);
  }
}
