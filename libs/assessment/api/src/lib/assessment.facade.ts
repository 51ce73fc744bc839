import { Injectable, Logger } from '@nestjs/common';
import { CurriculumFacade, type SeededModule } from '@lms/curriculum/api';
import type { Actor } from '@lms/platform/api';
import { DEFAULT_PASSING_SCORE } from '@lms/shared/contracts';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import {
  QuestionEntity,
  QuestionOptionEntity,
  QuizEntity,
  QuizQuestionEntity,
} from './quiz/assessment.entities';
import type { DemoModuleQuestions, DemoQuestion } from './seed/demo-questions.types';

export const POST_TEST_QUESTIONS = 20;

/** What other domains and the composition root's seed may ask of assessment. */
@Injectable()
export class AssessmentFacade {
  private readonly logger = new Logger(AssessmentFacade.name);

  constructor(private readonly curriculum: CurriculumFacade) {}

  /**
   * Seeds a draft course's quizzes: per module, a quiz drawing `perModuleQuiz` of that module's
   * bank questions (3 attempts, 75%), and in the last module the post-test drawing 20 questions
   * from the whole bank (75%, as APA recommends).
   */
  async seedQuizzes(
    author: Actor,
    modules: SeededModule[],
    bank: DemoModuleQuestions[],
    perModuleQuiz = 5,
  ): Promise<void> {
    const allQuestionIds: string[] = [];
    for (const module of modules) {
      const questions = bank.find((b) => b.category === module.category)?.questions ?? [];
      if (questions.length === 0) continue;
      await this.curriculum.editModuleItems(
        author,
        module.id,
        async (em, draftModuleId, courseId) => {
          const ids = await this.insertQuestions(em, courseId, questions);
          allQuestionIds.push(...ids);
          await this.insertQuiz(
            em,
            draftModuleId,
            {
              title: `Check your understanding: ${module.title}`,
              questionsPerAttempt: Math.min(perModuleQuiz, ids.length),
              isPostTest: false,
            },
            ids,
          );
        },
      );
    }
    const last = modules.at(-1);
    if (last && allQuestionIds.length > 0) {
      await this.curriculum.editModuleItems(author, last.id, async (em, draftModuleId) => {
        await this.insertQuiz(
          em,
          draftModuleId,
          {
            title: 'Course post-test',
            questionsPerAttempt: Math.min(POST_TEST_QUESTIONS, allQuestionIds.length),
            isPostTest: true,
          },
          allQuestionIds,
        );
      });
    }
    this.logger.log(
      `Seeded ${modules.length} module quizzes and a post-test over ${allQuestionIds.length} questions`,
    );
  }

  private async insertQuestions(
    em: EntityManager,
    courseId: string,
    questions: DemoQuestion[],
  ): Promise<string[]> {
    const rows = questions.map((q) => ({
      id: randomUUID(),
      courseId,
      type: q.type,
      prompt: q.prompt,
      points: q.points ?? 1,
      rationale: q.rationale,
      tags: q.tags,
      partialCredit: q.partialCredit ?? false,
    }));
    await em.insert(QuestionEntity, rows);
    await em.insert(
      QuestionOptionEntity,
      questions.flatMap((q, i) =>
        q.options.map((o, position) => ({
          questionId: rows[i]?.id ?? '',
          position,
          text: o.text,
          correct: o.correct,
          feedback: o.feedback ?? null,
        })),
      ),
    );
    return rows.map((r) => r.id);
  }

  private async insertQuiz(
    em: EntityManager,
    moduleId: string,
    quiz: { title: string; questionsPerAttempt: number; isPostTest: boolean },
    questionIds: string[],
  ): Promise<void> {
    const id = randomUUID();
    await em.insert(QuizEntity, {
      id,
      moduleId,
      lineageId: randomUUID(),
      title: quiz.title,
      passingScore: DEFAULT_PASSING_SCORE,
      maxAttempts: 3,
      timeLimitMinutes: quiz.isPostTest ? 40 : null,
      questionsPerAttempt: quiz.questionsPerAttempt,
      questionsPerTag: null,
      shuffle: true,
      isPostTest: quiz.isPostTest,
    });
    await em.insert(
      QuizQuestionEntity,
      questionIds.map((questionId, position) => ({ quizId: id, questionId, position })),
    );
  }
}
