import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Quizzes can draw N questions per tag (e.g. 2 on contraindications) before the random rest. */
export class AddQuestionsPerTagToQuiz1767398500000 implements MigrationInterface {
  name = 'AddQuestionsPerTagToQuiz1767398500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "assessment"."quiz" ADD "questions_per_tag" jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "assessment"."quiz" DROP COLUMN "questions_per_tag"`);
  }
}
