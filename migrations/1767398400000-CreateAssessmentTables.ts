import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Question banks per course, quizzes per module (copied with course versions by lineage),
 * and attempts that keep a snapshot of the questions they were given.
 */
export class CreateAssessmentTables1767398400000 implements MigrationInterface {
  name = 'CreateAssessmentTables1767398400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE SCHEMA IF NOT EXISTS "assessment"`);
    await q.query(`
      CREATE TABLE "assessment"."question" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "course_id" uuid NOT NULL,
        "type" text NOT NULL,
        "prompt" text NOT NULL,
        "points" integer NOT NULL,
        "rationale" text,
        "tags" text array NOT NULL,
        "partial_credit" boolean NOT NULL DEFAULT false,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "pk_question" PRIMARY KEY ("id"),
        CONSTRAINT "fk_question_course" FOREIGN KEY ("course_id") REFERENCES "curriculum"."course"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await q.query(`CREATE INDEX "ix_question_course_id" ON "assessment"."question" ("course_id")`);
    await q.query(`
      CREATE TABLE "assessment"."question_option" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "question_id" uuid NOT NULL,
        "position" integer NOT NULL,
        "text" text NOT NULL,
        "correct" boolean NOT NULL,
        "feedback" text,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "pk_question_option" PRIMARY KEY ("id"),
        CONSTRAINT "fk_question_option_question" FOREIGN KEY ("question_id") REFERENCES "assessment"."question"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await q.query(
      `CREATE INDEX "ix_question_option_question_id" ON "assessment"."question_option" ("question_id")`,
    );
    await q.query(`
      CREATE TABLE "assessment"."quiz" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "module_id" uuid NOT NULL,
        "lineage_id" uuid NOT NULL,
        "title" text NOT NULL,
        "passing_score" integer NOT NULL,
        "max_attempts" integer NOT NULL,
        "time_limit_minutes" integer,
        "questions_per_attempt" integer,
        "shuffle" boolean NOT NULL,
        "is_post_test" boolean NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "pk_quiz" PRIMARY KEY ("id"),
        CONSTRAINT "fk_quiz_module" FOREIGN KEY ("module_id") REFERENCES "curriculum"."module"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await q.query(`CREATE INDEX "ix_quiz_module_id" ON "assessment"."quiz" ("module_id")`);
    await q.query(`
      CREATE TABLE "assessment"."quiz_question" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "quiz_id" uuid NOT NULL,
        "question_id" uuid NOT NULL,
        "position" integer NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "pk_quiz_question" PRIMARY KEY ("id"),
        CONSTRAINT "fk_quiz_question_quiz" FOREIGN KEY ("quiz_id") REFERENCES "assessment"."quiz"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "fk_quiz_question_question" FOREIGN KEY ("question_id") REFERENCES "assessment"."question"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await q.query(
      `CREATE UNIQUE INDEX "uq_quiz_question_quiz_id_question_id" ON "assessment"."quiz_question" ("quiz_id", "question_id")`,
    );
    await q.query(`
      CREATE TABLE "assessment"."attempt" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "quiz_id" uuid NOT NULL,
        "user_id" uuid NOT NULL,
        "number" integer NOT NULL,
        "status" text NOT NULL,
        "expires_at" TIMESTAMP WITH TIME ZONE,
        "submitted_at" TIMESTAMP WITH TIME ZONE,
        "late" boolean NOT NULL DEFAULT false,
        "score" double precision,
        "passed" boolean,
        "questions" jsonb NOT NULL,
        "answers" jsonb NOT NULL,
        "results" jsonb,
        "idempotency_key" text,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "pk_attempt" PRIMARY KEY ("id"),
        CONSTRAINT "fk_attempt_quiz" FOREIGN KEY ("quiz_id") REFERENCES "assessment"."quiz"("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
        CONSTRAINT "fk_attempt_user" FOREIGN KEY ("user_id") REFERENCES "identity"."user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
      )`);
    await q.query(
      `CREATE UNIQUE INDEX "uq_attempt_quiz_id_user_id_number" ON "assessment"."attempt" ("quiz_id", "user_id", "number")`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "uq_attempt_one_open" ON "assessment"."attempt" ("quiz_id", "user_id") WHERE "status" = 'open'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "assessment"."attempt"`);
    await q.query(`DROP TABLE "assessment"."quiz_question"`);
    await q.query(`DROP TABLE "assessment"."quiz"`);
    await q.query(`DROP TABLE "assessment"."question_option"`);
    await q.query(`DROP TABLE "assessment"."question"`);
    await q.query(`DROP SCHEMA "assessment"`);
  }
}
