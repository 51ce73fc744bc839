import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  CurriculumFacade,
  type ModuleItemsStructure,
  ModuleItemsSource,
} from '@lms/curriculum/api';
import type { Actor } from '@lms/platform/api';
import { type AuthorQuestion, CourseStatus, type QuizResponse } from '@lms/shared/contracts';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { AssessmentErrorCode, AssessmentException } from '../assessment.exception';
import { AttemptEntity, AttemptStatus } from '../attempt/attempt.entity';
import {
  QuestionEntity,
  QuestionOptionEntity,
  QuizEntity,
  QuizQuestionEntity,
} from './assessment.entities';
import type { CreateQuestionDto, CreateQuizDto } from './dto/assessment.dto';

/** Checks the key of a new question: single/true_false one correct option; multiple at least one. */
export function keyProblem(dto: CreateQuestionDto): string | null {
  const correct = dto.options.filter((o) => o.correct).length;
  if (dto.type === 'true_false' && dto.options.length !== 2)
    return 'a true_false question has exactly 2 options';
  if (dto.type !== 'multiple' && correct !== 1)
    return `a ${dto.type} question has exactly 1 correct option`;
  if (dto.type === 'multiple' && correct < 1)
    return 'a multiple question has at least 1 correct option';
  if (dto.partialCredit && dto.type !== 'multiple')
    return 'partialCredit applies to multiple questions only';
  return null;
}

/** The questions of quiz `$1` with their key, in quiz order, as one JSON array. */
const BANK_SQL = `COALESCE((
  SELECT json_agg(json_build_object(
           'id', q.id, 'type', q.type, 'prompt', q.prompt, 'points', q.points,
           'rationale', q.rationale, 'tags', q.tags, 'partialCredit', q.partial_credit,
           'options', COALESCE((SELECT json_agg(json_build_object('id', o.id, 'text', o.text,
                                        'correct', o.correct, 'feedback', o.feedback)
                                        ORDER BY o.position, o.id)
                                 FROM assessment.question_option o WHERE o.question_id = q.id),
                               '[]'::json))
         ORDER BY l.position, l.id)
    FROM assessment.quiz_question l
    JOIN assessment.question q ON q.id = l.question_id
   WHERE l.quiz_id = $1), '[]'::json)`;

interface QuizRow {
  id: string;
  module_id: string;
  lineage_id: string;
  title: string;
  passing_score: number;
  max_attempts: number;
  time_limit_minutes: number | null;
  questions_per_attempt: number | null;
  questions_per_tag: Record<string, number> | null;
  shuffle: boolean;
  is_post_test: boolean;
  created_at: Date;
  updated_at: Date;
}

function quizFromRow(row: QuizRow): QuizEntity {
  return Object.assign(new QuizEntity(), {
    id: row.id,
    moduleId: row.module_id,
    lineageId: row.lineage_id,
    title: row.title,
    passingScore: row.passing_score,
    maxAttempts: row.max_attempts,
    timeLimitMinutes: row.time_limit_minutes,
    questionsPerAttempt: row.questions_per_attempt,
    questionsPerTag: row.questions_per_tag,
    shuffle: row.shuffle,
    isPostTest: row.is_post_test,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
}

@Injectable()
export class QuizService extends ModuleItemsSource {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly curriculum: CurriculumFacade,
  ) {
    super();
  }

  /** Creates a quiz in the draft copy of a module (a published course gets a new draft first). */
  async create(actor: Actor, moduleId: string, dto: CreateQuizDto): Promise<QuizResponse> {
    const quizId = await this.curriculum.editModuleItems(
      actor,
      moduleId,
      async (em, draftModuleId) => {
        if (dto.isPostTest) {
          const rows = await em.query<{ exists: boolean }[]>(
            `SELECT EXISTS (
               SELECT 1 FROM assessment.quiz q
                 JOIN curriculum.module m ON m.id = q.module_id
                 JOIN curriculum.module mine ON mine.id = $1 AND mine.version_id = m.version_id
                WHERE q.is_post_test) AS exists`,
            [draftModuleId],
          );
          if (rows[0]?.exists) throw new AssessmentException(AssessmentErrorCode.PostTestExists);
        }
        const quiz = em.create(QuizEntity, {
          moduleId: draftModuleId,
          lineageId: randomUUID(),
          title: dto.title,
          passingScore: dto.passingScore,
          maxAttempts: dto.maxAttempts,
          timeLimitMinutes: dto.timeLimitMinutes ?? null,
          questionsPerAttempt: dto.questionsPerAttempt ?? null,
          questionsPerTag: dto.questionsPerTag ?? null,
          shuffle: dto.shuffle,
          isPostTest: dto.isPostTest ?? false,
        });
        await em.insert(QuizEntity, quiz);
        return quiz.id;
      },
    );
    return this.get(actor, quizId);
  }

  /** Adds a question to the course bank and to this quiz. */
  async addQuestion(actor: Actor, quizId: string, dto: CreateQuestionDto): Promise<QuizResponse> {
    const problem = keyProblem(dto);
    if (problem) throw new AssessmentException(AssessmentErrorCode.InvalidQuestion, problem);
    const quiz = await this.find(quizId);
    const draftQuizId = await this.curriculum.editModuleItems(
      actor,
      quiz.moduleId,
      async (em, draftModuleId, courseId) => {
        const target = await em.findOneByOrFail(QuizEntity, {
          moduleId: draftModuleId,
          lineageId: quiz.lineageId,
        });
        const question = em.create(QuestionEntity, {
          courseId,
          type: dto.type,
          prompt: dto.prompt,
          points: dto.points,
          rationale: dto.rationale ?? null,
          tags: dto.tags ?? [],
          partialCredit: dto.partialCredit ?? false,
        });
        await em.insert(QuestionEntity, question);
        await em.insert(
          QuestionOptionEntity,
          dto.options.map((o, position) => ({
            questionId: question.id,
            position,
            text: o.text,
            correct: o.correct,
            feedback: o.feedback ?? null,
          })),
        );
        const count = await em.countBy(QuizQuestionEntity, { quizId: target.id });
        await em.insert(QuizQuestionEntity, {
          quizId: target.id,
          questionId: question.id,
          position: count,
        });
        return target.id;
      },
    );
    return this.get(actor, draftQuizId);
  }

  async find(quizId: string, em: EntityManager = this.dataSource.manager): Promise<QuizEntity> {
    const quiz = await em.findOneBy(QuizEntity, { id: quizId });
    if (!quiz) throw new AssessmentException(AssessmentErrorCode.QuizNotFound);
    return quiz;
  }

  /** The quiz; its owners and admins get the questions with the key, trainees never do. */
  async get(actor: Actor, quizId: string): Promise<QuizResponse> {
    const quiz = await this.find(quizId);
    const access = await this.curriculum.moduleAccess(actor, quiz.moduleId);
    if (!access.staff && !access.enrolled) {
      if (access.versionStatus === CourseStatus.Draft)
        throw new AssessmentException(AssessmentErrorCode.QuizNotFound);
      throw new AssessmentException(AssessmentErrorCode.NotEnrolled);
    }
    const em = this.dataSource.manager;
    const questionCount = await em.countBy(QuizQuestionEntity, { quizId });
    const attempts = access.enrolled
      ? await em.find(AttemptEntity, { where: { quizId, userId: actor.id } })
      : [];
    const used = attempts.length;
    const passed = attempts.some((a) => a.passed === true);
    const response: QuizResponse = {
      id: quiz.id,
      moduleId: quiz.moduleId,
      courseId: access.courseId,
      title: quiz.title,
      passingScore: quiz.passingScore,
      maxAttempts: quiz.maxAttempts,
      timeLimitMinutes: quiz.timeLimitMinutes,
      questionsPerAttempt: quiz.questionsPerAttempt,
      questionsPerTag: quiz.questionsPerTag,
      shuffle: quiz.shuffle,
      isPostTest: quiz.isPostTest,
      questionCount,
      attemptsUsed: used,
      attemptsLeft: Math.max(0, quiz.maxAttempts - used),
      passed,
      openAttemptId: attempts.find((a) => a.status === AttemptStatus.Open)?.id ?? null,
      locked: access.locked,
    };
    // The key only for those who may edit the course: another instructor could also be a
    // trainee of it (DOMAIN.md allows both roles).
    if (access.canEdit && !access.enrolled)
      response.questions = await this.authorQuestions(em, quizId);
    return response;
  }

  /** The quiz's questions with their key, in quiz order, in one statement. */
  async authorQuestions(em: EntityManager, quizId: string): Promise<AuthorQuestion[]> {
    const rows = await em.query<{ bank: AuthorQuestion[] }[]>(`SELECT ${BANK_SQL} AS bank`, [
      quizId,
    ]);
    return rows[0]?.bank ?? [];
  }

  /**
   * The quiz and its question bank (with the key) in one statement: what a quiz start needs
   * (a quiz is started by hundreds of trainees at once, docs/performance.md).
   */
  async findWithBank(quizId: string): Promise<{ quiz: QuizEntity; bank: AuthorQuestion[] }> {
    const rows = await this.dataSource.manager.query<(QuizRow & { bank: AuthorQuestion[] })[]>(
      `SELECT z.*, ${BANK_SQL} AS bank FROM assessment.quiz z WHERE z.id = $1`,
      [quizId],
    );
    const row = rows.at(0);
    if (!row) throw new AssessmentException(AssessmentErrorCode.QuizNotFound);
    return { quiz: quizFromRow(row), bank: row.bank };
  }

  // ModuleItemsSource: quizzes appear in the outline and gate their module.
  async load(
    em: EntityManager,
    moduleIds: string[],
  ): Promise<Map<string, Partial<ModuleItemsStructure>>> {
    const rows = await em.query<
      { id: string; module_id: string; title: string; is_post_test: boolean }[]
    >(
      `SELECT q.id, q.module_id, q.title, q.is_post_test FROM assessment.quiz q
        WHERE q.module_id = ANY($1::uuid[])
        ORDER BY q.created_at, q.id`,
      [moduleIds],
    );
    const found = new Map<string, Partial<ModuleItemsStructure>>();
    for (const row of rows) {
      const entry = found.get(row.module_id) ?? { quizzes: [] };
      entry.quizzes?.push({ id: row.id, title: row.title, isPostTest: row.is_post_test });
      found.set(row.module_id, entry);
    }
    return found;
  }

  override passedQuery(): string {
    return `SELECT DISTINCT a.quiz_id AS id FROM assessment.attempt a
             WHERE a.quiz_id = ANY($1::uuid[]) AND a.user_id = $2 AND a.passed`;
  }

  async copy(em: EntityManager, newModuleIdByOld: ReadonlyMap<string, string>): Promise<void> {
    if (newModuleIdByOld.size === 0) return;
    const olds = [...newModuleIdByOld.keys()];
    const news = olds.map((id) => newModuleIdByOld.get(id));
    await em.query(
      `WITH pairs AS (SELECT * FROM unnest($1::uuid[], $2::uuid[]) AS p(old_id, new_id)),
            copied AS (
              INSERT INTO assessment.quiz (module_id, lineage_id, title, passing_score, max_attempts, time_limit_minutes, questions_per_attempt, questions_per_tag, shuffle, is_post_test)
              SELECT p.new_id, q.lineage_id, q.title, q.passing_score, q.max_attempts, q.time_limit_minutes, q.questions_per_attempt, q.questions_per_tag, q.shuffle, q.is_post_test
                FROM assessment.quiz q JOIN pairs p ON p.old_id = q.module_id
              RETURNING id, module_id, lineage_id)
       INSERT INTO assessment.quiz_question (quiz_id, question_id, position)
       SELECT c.id, qq.question_id, qq.position
         FROM copied c
         JOIN pairs p ON p.new_id = c.module_id
         JOIN assessment.quiz oq ON oq.module_id = p.old_id AND oq.lineage_id = c.lineage_id
         JOIN assessment.quiz_question qq ON qq.quiz_id = oq.id`,
      [olds, news],
    );
  }
}
