import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Role-play recordings (an object-storage key and what the upload was found to be) and grade
 * corrections: a grade stays final; a correction is a new grade row pointing at the grade it
 * replaces. One original grade per submission, and each grade is corrected at most once, so a
 * submission's grades form one chain whose last link is the grade in force.
 */
export class AddRecordingsAndGradeCorrections1767571200000 implements MigrationInterface {
  name = 'AddRecordingsAndGradeCorrections1767571200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "roleplay"."submission" ADD "recording_key" text`);
    await q.query(`ALTER TABLE "roleplay"."submission" ADD "recording_type" text`);
    await q.query(`ALTER TABLE "roleplay"."submission" ADD "recording_size" bigint`);
    await q.query(`ALTER TABLE "roleplay"."grade" ADD "corrects_grade_id" uuid`);
    await q.query(`ALTER TABLE "roleplay"."grade" ADD "correction_reason" text`);
    await q.query(
      `ALTER TABLE "roleplay"."grade" ADD CONSTRAINT "fk_grade_corrects_grade" FOREIGN KEY ("corrects_grade_id") REFERENCES "roleplay"."grade"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(`DROP INDEX "roleplay"."uq_grade_submission_id"`);
    await q.query(
      `CREATE UNIQUE INDEX "uq_grade_submission_id" ON "roleplay"."grade" ("submission_id") WHERE corrects_grade_id IS NULL`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "uq_grade_corrects_grade_id" ON "roleplay"."grade" ("corrects_grade_id")`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "roleplay"."uq_grade_corrects_grade_id"`);
    await q.query(`DROP INDEX "roleplay"."uq_grade_submission_id"`);
    await q.query(`DELETE FROM "roleplay"."grade" WHERE "corrects_grade_id" IS NOT NULL`);
    await q.query(
      `CREATE UNIQUE INDEX "uq_grade_submission_id" ON "roleplay"."grade" ("submission_id")`,
    );
    await q.query(`ALTER TABLE "roleplay"."grade" DROP CONSTRAINT "fk_grade_corrects_grade"`);
    await q.query(`ALTER TABLE "roleplay"."grade" DROP COLUMN "correction_reason"`);
    await q.query(`ALTER TABLE "roleplay"."grade" DROP COLUMN "corrects_grade_id"`);
    await q.query(`ALTER TABLE "roleplay"."submission" DROP COLUMN "recording_size"`);
    await q.query(`ALTER TABLE "roleplay"."submission" DROP COLUMN "recording_type"`);
    await q.query(`ALTER TABLE "roleplay"."submission" DROP COLUMN "recording_key"`);
  }
}
