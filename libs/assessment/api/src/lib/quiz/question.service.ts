import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CurriculumFacade } from '@lms/curriculum/api';
import { type Actor, AuditTrail } from '@lms/platform/api';
import {
  type AuthorQuestion,
  AuditEventType,
  type Page,
  type RegradeResponse,
} from '@lms/shared/contracts';
import { DataSource, type EntityManager, In } from 'typeorm';
import { AssessmentErrorCode, AssessmentException } from '../assessment.exception';
import { AttemptEntity, AttemptStatus } from '../attempt/attempt.entity';
import { gradeAttempt } from '../attempt/grading';
import { QuestionEntity, QuestionOptionEntity, QuizEntity } from './assessment.entities';
import type { UpdateQuestionDto } from './dto/assessment.dto';
import { keyProblem } from './quiz.service';

function toAuthorQuestion(q: QuestionEntity, options: QuestionOptionEntity[]): AuthorQuestion {
  return {
    id: q.id,
    type: q.type,
    prompt: q.prompt,
    points: q.points,
    rationale: q.rationale,
    tags: q.tags,
    partialCredit: q.partialCredit,
    options: options
      .filter((o) => o.questionId === q.id)
      .sort((a, b) => a.position - b.position)
      .map((o) => ({ id: o.id, text: o.text, correct: o.correct, feedback: o.feedback })),
  };
}

/**
 * The course question bank: edits change the bank only (attempts keep their snapshots);
 * a regrade applies the current key to past attempts, auditing every changed result.
 */
@Injectable()
export class QuestionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly curriculum: CurriculumFacade,
    private readonly audit: AuditTrail,
  ) {}

  async bank(
    actor: Actor,
    courseId: string,
    tag: string | undefined,
    limit: number,
    offset: number,
  ): Promise<Page<AuthorQuestion>> {
    await this.assertCanEdit(actor, courseId);
    const qb = this.dataSource.manager
      .createQueryBuilder(QuestionEntity, 'q')
      .where('q.courseId = :courseId', { courseId })
      .orderBy('q.createdAt', 'ASC')
      .addOrderBy('q.id', 'ASC');
    if (tag) qb.andWhere(':tag = ANY(q.tags)', { tag });
    const [items, total] = await qb.take(limit).skip(offset).getManyAndCount();
    const options =
      items.length === 0
        ? []
        : await this.dataSource.manager.findBy(QuestionOptionEntity, {
            questionId: In(items.map((q) => q.id)),
          });
    return { items: items.map((q) => toAuthorQuestion(q, options)), total };
  }

  async update(actor: Actor, questionId: string, dto: UpdateQuestionDto): Promise<AuthorQuestion> {
    const problem = keyProblem(dto);
    if (problem) throw new AssessmentException(AssessmentErrorCode.InvalidQuestion, problem);
    const question = await this.find(questionId);
    await this.assertCanEdit(actor, question.courseId);
    await this.dataSource.transaction(async (em) => {
      await em.update(
        QuestionEntity,
        { id: questionId },
        {
          type: dto.type,
          prompt: dto.prompt,
          points: dto.points,
          rationale: dto.rationale ?? null,
          tags: dto.tags ?? [],
          partialCredit: dto.partialCredit ?? false,
        },
      );
      const existing = await em.findBy(QuestionOptionEntity, { questionId });
      const kept = new Set(dto.options.flatMap((o) => (o.id ? [o.id] : [])));
      for (const id of kept) {
        if (!existing.some((o) => o.id === id))
          throw new AssessmentException(
            AssessmentErrorCode.InvalidQuestion,
            'options.id must be an option of this question',
          );
      }
      const removed = existing.filter((o) => !kept.has(o.id)).map((o) => o.id);
      if (removed.length > 0) await em.delete(QuestionOptionEntity, { id: In(removed) });
      for (const [position, option] of dto.options.entries()) {
        const values = {
          position,
          text: option.text,
          correct: option.correct,
          feedback: option.feedback ?? null,
        };
        if (option.id) await em.update(QuestionOptionEntity, { id: option.id }, values);
        else await em.insert(QuestionOptionEntity, { questionId, ...values });
      }
    });
    const options = await this.dataSource.manager.findBy(QuestionOptionEntity, { questionId });
    return toAuthorQuestion(await this.find(questionId), options);
  }

  /** Applies the question's current key and points to every submitted attempt that had it. */
  async regrade(actor: Actor, questionId: string): Promise<RegradeResponse> {
    const question = await this.find(questionId);
    await this.assertCanEdit(actor, question.courseId);
    return this.dataSource.transaction(async (em) => {
      const options = await em.findBy(QuestionOptionEntity, { questionId });
      const attempts = await em
        .createQueryBuilder(AttemptEntity, 'a')
        .setLock('pessimistic_write')
        .where('a.status = :status', { status: AttemptStatus.Submitted })
        .andWhere('a.questions @> :probe::jsonb', { probe: JSON.stringify([{ id: questionId }]) })
        .getMany();
      const quizzes = await this.quizzesOf(em, attempts);
      const changes: RegradeResponse['changes'] = [];
      for (const attempt of attempts) {
        attempt.questions = attempt.questions.map((q) =>
          q.id !== questionId
            ? q
            : {
                ...q,
                type: question.type,
                points: question.points,
                partialCredit: question.partialCredit,
                rationale: question.rationale,
                options: q.options.map((o) => {
                  const current = options.find((c) => c.id === o.id);
                  return {
                    ...o,
                    correct: current?.correct ?? false,
                    feedback: current?.feedback ?? o.feedback,
                  };
                }),
              },
        );
        const passingScore = quizzes.get(attempt.quizId)?.passingScore ?? 100;
        const grade = gradeAttempt(
          attempt.questions,
          new Map(Object.entries(attempt.answers)),
          passingScore,
        );
        const before = { score: attempt.score ?? 0, passed: attempt.passed ?? false };
        await em.update(
          AttemptEntity,
          { id: attempt.id },
          {
            questions: attempt.questions,
            results: grade.questions,
            score: grade.score,
            passed: grade.passed,
          },
        );
        if (before.score !== grade.score || before.passed !== grade.passed) {
          changes.push({
            attemptId: attempt.id,
            userId: attempt.userId,
            scoreBefore: before.score,
            scoreAfter: grade.score,
            passedBefore: before.passed,
            passedAfter: grade.passed,
          });
          await this.audit.record(em, {
            type: AuditEventType.AttemptRegraded,
            actorId: actor.id,
            subjectType: 'attempt',
            subjectId: attempt.id,
            payload: {
              questionId,
              userId: attempt.userId,
              scoreBefore: before.score,
              scoreAfter: grade.score,
              passedBefore: before.passed,
              passedAfter: grade.passed,
            },
          });
        }
      }
      return {
        questionId,
        attemptsChecked: attempts.length,
        attemptsChanged: changes.length,
        changes,
      };
    });
  }

  private async quizzesOf(
    em: EntityManager,
    attempts: AttemptEntity[],
  ): Promise<Map<string, QuizEntity>> {
    const ids = [...new Set(attempts.map((a) => a.quizId))];
    const quizzes = ids.length === 0 ? [] : await em.findBy(QuizEntity, { id: In(ids) });
    return new Map(quizzes.map((q) => [q.id, q]));
  }

  private async find(questionId: string): Promise<QuestionEntity> {
    const question = await this.dataSource.manager.findOneBy(QuestionEntity, { id: questionId });
    if (!question) throw new AssessmentException(AssessmentErrorCode.QuestionNotFound);
    return question;
  }

  private async assertCanEdit(actor: Actor, courseId: string): Promise<void> {
    if (!(await this.curriculum.canEditCourse(actor, courseId)))
      throw new AssessmentException(AssessmentErrorCode.NotCourseStaff);
  }
}
