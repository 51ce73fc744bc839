import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CurriculumFacade } from '@lms/curriculum/api';
import type { Actor } from '@lms/platform/api';
import type { QuizStatistics } from '@lms/shared/contracts';
import { DataSource, In } from 'typeorm';
import { AssessmentErrorCode, AssessmentException } from '../assessment.exception';
import { AttemptEntity, AttemptStatus } from '../attempt/attempt.entity';
import { QuizEntity } from '../quiz/assessment.entities';
import { QuizService } from '../quiz/quiz.service';
import { questionStatistics, type ScoredAttempt, scoreDistribution } from './item-statistics';

const round3 = (value: number): number => Math.round(value * 1000) / 1000;

/** Item analysis of a quiz's submitted attempts, for its course's instructors. */
@Injectable()
export class StatisticsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly quizzes: QuizService,
    private readonly curriculum: CurriculumFacade,
  ) {}

  async forQuiz(actor: Actor, quizId: string): Promise<QuizStatistics> {
    const quiz = await this.quizzes.find(quizId);
    const access = await this.curriculum.moduleAccess(actor, quiz.moduleId);
    if (!access.canEdit) throw new AssessmentException(AssessmentErrorCode.NotCourseStaff);
    // The same quiz in every version of the course (copies share its lineage and questions),
    // so a new draft's statistics still show the attempts made on the published version.
    const copies = await this.dataSource.manager.findBy(QuizEntity, { lineageId: quiz.lineageId });
    const attempts = await this.dataSource.manager.find(AttemptEntity, {
      where: { quizId: In(copies.map((q) => q.id)), status: AttemptStatus.Submitted },
    });
    const scored: ScoredAttempt[] = attempts.map((a) => ({
      score: a.score ?? 0,
      passed: a.passed ?? false,
      answers: new Map(
        (a.results ?? []).map((r) => [
          r.questionId,
          { correct: r.correct, optionIds: a.answers[r.questionId] ?? [] },
        ]),
      ),
    }));
    const questions = await this.quizzes.authorQuestions(this.dataSource.manager, quizId);
    const scores = scored.map((s) => s.score);
    return {
      quizId,
      attempts: attempts.length,
      meanScore:
        scores.length === 0 ? null : round3(scores.reduce((a, b) => a + b, 0) / scores.length),
      passRate:
        scored.length === 0 ? null : round3(scored.filter((s) => s.passed).length / scored.length),
      scoreDistribution: scoreDistribution(scores),
      questions: questions.map((q) => {
        const stats = questionStatistics(
          q.id,
          q.options.map((o) => o.id),
          scored,
        );
        return {
          questionId: q.id,
          prompt: q.prompt,
          attempts: stats.attempts,
          difficulty: stats.difficulty,
          discrimination: stats.discrimination,
          flagged: stats.flagged,
          options: q.options.map((o) => ({
            optionId: o.id,
            text: o.text,
            correct: o.correct,
            pickRate: stats.options.find((p) => p.optionId === o.id)?.pickRate ?? 0,
          })),
        };
      }),
    };
  }
}
