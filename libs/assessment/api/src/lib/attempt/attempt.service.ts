import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CurriculumFacade } from '@lms/curriculum/api';
import { type Actor, AuditTrail } from '@lms/platform/api';
import {
  type AttemptResponse,
  type AttemptStartResponse,
  AuditEventType,
  type AuthorQuestion,
  type QuestionResult,
  type SubmitAttemptResponse,
  type TraineeQuestion,
} from '@lms/shared/contracts';
import { DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import { AssessmentErrorCode, AssessmentException } from '../assessment.exception';
import { QuizEntity } from '../quiz/assessment.entities';
import { QuizService } from '../quiz/quiz.service';
import type { SubmitAttemptDto } from '../quiz/dto/assessment.dto';
import { AttemptEntity, AttemptStatus, type QuestionSnapshot } from './attempt.entity';
import { drawQuestions, shuffled } from './draw';
import { gradeAttempt } from './grading';

/** A question as a trainee sees it: never the key, the rationale or feedback. */
export function toTraineeQuestion(q: QuestionSnapshot): TraineeQuestion {
  return {
    id: q.id,
    type: q.type,
    prompt: q.prompt,
    points: q.points,
    options: q.options.map((o) => ({ id: o.id, text: o.text })),
  };
}

function resultsOf(attempt: AttemptEntity): QuestionResult[] {
  return (attempt.results ?? []).map((r) => {
    const q = attempt.questions.find((x) => x.id === r.questionId);
    const selected = attempt.answers[r.questionId] ?? [];
    const correctIds = q?.options.filter((o) => o.correct).map((o) => o.id) ?? [];
    return {
      ...r,
      selectedOptionIds: selected,
      correctOptionIds: correctIds,
      rationale: q?.rationale ?? null,
      feedback: (q?.options ?? [])
        .filter((o) => o.feedback && (selected.includes(o.id) || o.correct))
        .map((o) => ({ optionId: o.id, text: o.feedback ?? '' })),
    };
  });
}

const isExpired = (attempt: AttemptEntity, now = new Date()): boolean =>
  attempt.expiresAt !== null && now.getTime() > attempt.expiresAt.getTime();

function toStartResponse(attempt: AttemptEntity): AttemptStartResponse {
  return {
    id: attempt.id,
    quizId: attempt.quizId,
    number: attempt.number,
    questions: attempt.questions.map(toTraineeQuestion),
    startedAt: attempt.createdAt.toISOString(),
    expiresAt: attempt.expiresAt?.toISOString() ?? null,
    answers: attempt.answers,
  };
}

const isUniqueViolation = (error: unknown): boolean =>
  error instanceof QueryFailedError &&
  (error.driverError as { code?: string } | undefined)?.code === '23505';

@Injectable()
export class AttemptService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly curriculum: CurriculumFacade,
    private readonly quizzes: QuizService,
    private readonly audit: AuditTrail,
  ) {}

  /**
   * Starts an attempt, or returns the open one. The start of a quiz day is its busiest moment,
   * so the usual case is three statements: the quiz with its bank, the trainee's access, and
   * one INSERT that only happens when no attempt is open, none passed and the limit is not
   * reached (the unique indexes - one open attempt per trainee and quiz, one row per attempt
   * number - refuse a parallel start's duplicate). Anything else (an open attempt to resume, a
   * lost race, a limit) reads the trainee's attempts and decides; an open attempt past its
   * time is graded first, under an advisory lock per trainee and quiz.
   */
  async start(actor: Actor, quizId: string): Promise<AttemptStartResponse> {
    const { quiz, bank } = await this.quizzes.findWithBank(quizId);
    await this.assertCanTake(actor, quiz);
    const em = this.dataSource.manager;
    if (bank.length > 0) {
      const first = await this.insertIfFree(em, this.draft(quiz, actor.id, 0, bank), quiz);
      if (first) return toStartResponse(first);
    }
    for (let round = 0; round < 5; round++) {
      const previous = await this.attemptsOf(em, quizId, actor.id);
      const open = previous.find((a) => a.status === AttemptStatus.Open);
      if (open && !isExpired(open)) return toStartResponse(open);
      if (open) return toStartResponse(await this.startAfterExpired(actor, quiz, bank));
      const created = this.next(quiz, actor.id, previous, bank);
      try {
        await em.insert(AttemptEntity, created);
        return toStartResponse(created);
      } catch (error) {
        // A parallel start inserted first: read again (its attempt is open).
        if (!isUniqueViolation(error)) throw error;
      }
    }
    throw new Error(`attempt start for quiz ${quizId} kept colliding`);
  }

  /**
   * Inserts `attempt` numbered after the trainee's others when none is open, none passed and
   * the quiz's limit is not reached; null when any of that (or a parallel start) stops it.
   */
  private async insertIfFree(
    em: EntityManager,
    attempt: AttemptEntity,
    quiz: QuizEntity,
  ): Promise<AttemptEntity | null> {
    const rows = await em.query<{ id: string; number: number; created_at: Date }[]>(
      `WITH mine AS (
         SELECT count(*)::int AS taken, bool_or(status = 'open' OR passed IS TRUE) AS blocked
           FROM assessment.attempt WHERE quiz_id = $1 AND user_id = $2)
       INSERT INTO assessment.attempt
              (quiz_id, user_id, number, status, expires_at, questions, answers)
       SELECT $1, $2, mine.taken + 1, 'open', $3, $4::jsonb, '{}'::jsonb
         FROM mine
        WHERE NOT COALESCE(mine.blocked, false) AND mine.taken < $5
       ON CONFLICT DO NOTHING
       RETURNING id, number, created_at`,
      [
        attempt.quizId,
        attempt.userId,
        attempt.expiresAt,
        JSON.stringify(attempt.questions),
        quiz.maxAttempts,
      ],
    );
    const row = rows.at(0);
    if (!row) return null;
    return Object.assign(attempt, { id: row.id, number: row.number, createdAt: row.created_at });
  }

  private attemptsOf(em: EntityManager, quizId: string, userId: string): Promise<AttemptEntity[]> {
    return em.find(AttemptEntity, { where: { quizId, userId }, order: { number: 'ASC' } });
  }

  /** The rare path: grade the expired open attempt and start the next, serialised. */
  private startAfterExpired(
    actor: Actor,
    quiz: QuizEntity,
    bank: AuthorQuestion[],
  ): Promise<AttemptEntity> {
    return this.dataSource.transaction(async (em) => {
      await em.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
        `attempt:${quiz.id}:${actor.id}`,
      ]);
      const previous = await this.attemptsOf(em, quiz.id, actor.id);
      const open = previous.find((a) => a.status === AttemptStatus.Open);
      if (open && !isExpired(open)) return open;
      if (open) await this.grade(em, open, quiz, null, actor.id);
      const created = this.next(quiz, actor.id, previous, bank);
      await em.insert(AttemptEntity, created);
      return created;
    });
  }

  /** The attempt after `previous` (not yet inserted), or why there cannot be one. */
  private next(
    quiz: QuizEntity,
    userId: string,
    previous: AttemptEntity[],
    bank: AuthorQuestion[],
  ): AttemptEntity {
    if (previous.some((a) => a.passed === true))
      throw new AssessmentException(AssessmentErrorCode.AlreadyPassed);
    if (previous.length >= quiz.maxAttempts)
      throw new AssessmentException(AssessmentErrorCode.AttemptLimitReached);
    return this.draft(quiz, userId, previous.length + 1, bank);
  }

  /**
   * An attempt's row, not yet inserted: questions drawn from the bank and snapshotted (number 0
   * for {@link insertIfFree}, which numbers the row in SQL).
   */
  private draft(
    quiz: QuizEntity,
    userId: string,
    number: number,
    bank: AuthorQuestion[],
  ): AttemptEntity {
    if (bank.length === 0) throw new AssessmentException(AssessmentErrorCode.NoQuestions);
    const drawn = drawQuestions(bank, quiz.questionsPerAttempt, quiz.questionsPerTag);
    const random = quiz.questionsPerAttempt !== null || quiz.questionsPerTag !== null;
    const ordered = quiz.shuffle || random ? shuffled(drawn) : drawn;
    const questions: QuestionSnapshot[] = ordered.map((q) => ({
      id: q.id,
      type: q.type,
      prompt: q.prompt,
      points: q.points,
      partialCredit: q.partialCredit,
      rationale: q.rationale,
      options: quiz.shuffle && q.type !== 'true_false' ? shuffled(q.options) : q.options,
    }));
    const now = new Date();
    return this.dataSource.manager.create(AttemptEntity, {
      quizId: quiz.id,
      userId,
      number,
      status: AttemptStatus.Open,
      expiresAt: quiz.timeLimitMinutes
        ? new Date(now.getTime() + quiz.timeLimitMinutes * 60_000)
        : null,
      submittedAt: null,
      late: false,
      score: null,
      passed: null,
      questions,
      answers: {},
      results: null,
      idempotencyKey: null,
    });
  }

  /**
   * Autosave of one answer while the attempt is open and in time: the hottest write of a quiz
   * day, so one statement. A conditional UPDATE merges the answer (in SQL, so autosaves of two
   * questions never lose each other) only when the attempt is the trainee's, open, in time,
   * and the question and every option are in its snapshot; a submit in between wins. When it
   * changes nothing, the attempt is read to say why (404, 403, 409 or 422).
   */
  async saveAnswer(
    actor: Actor,
    attemptId: string,
    questionId: string,
    optionIds: string[],
  ): Promise<void> {
    const em = this.dataSource.manager;
    const now = new Date();
    const [, saved] = await em.query<[unknown, number]>(
      `UPDATE assessment.attempt a
          SET answers = a.answers || jsonb_build_object($2::text, $3::jsonb), updated_at = now()
        WHERE a.id = $1 AND a.user_id = $5 AND a.status = 'open'
          AND (a.expires_at IS NULL OR a.expires_at >= $4)
          AND EXISTS (
                SELECT 1 FROM jsonb_array_elements(a.questions) q
                 WHERE q->>'id' = $2
                   AND NOT EXISTS (
                         SELECT 1 FROM jsonb_array_elements_text($3::jsonb) s(id)
                          WHERE NOT (q->'options' @> jsonb_build_array(jsonb_build_object('id', s.id)))))`,
      [attemptId, questionId, JSON.stringify(optionIds), now, actor.id],
    );
    if (saved === 1) return;
    await this.saveAnswerChecked(actor, attemptId, questionId, optionIds);
  }

  /** Autosave that found nothing to update at once: check step by step for the exact error. */
  private async saveAnswerChecked(
    actor: Actor,
    attemptId: string,
    questionId: string,
    optionIds: string[],
  ): Promise<void> {
    const em = this.dataSource.manager;
    const attempt = await em.findOne(AttemptEntity, {
      where: { id: attemptId },
      select: { id: true, userId: true, status: true, expiresAt: true, questions: true },
    });
    if (!attempt) throw new AssessmentException(AssessmentErrorCode.AttemptNotFound);
    if (attempt.userId !== actor.id)
      throw new AssessmentException(AssessmentErrorCode.NotYourAttempt);
    const now = new Date();
    if (attempt.status !== AttemptStatus.Open || isExpired(attempt, now))
      throw new AssessmentException(AssessmentErrorCode.AttemptClosed);
    this.checkAnswer(attempt, questionId, optionIds);
    const [, updated] = await em.query<[unknown, number]>(
      `UPDATE assessment.attempt
          SET answers = answers || jsonb_build_object($2::text, $3::jsonb), updated_at = now()
        WHERE id = $1 AND status = 'open' AND (expires_at IS NULL OR expires_at >= $4)`,
      [attemptId, questionId, JSON.stringify(optionIds), now],
    );
    if (updated === 0) throw new AssessmentException(AssessmentErrorCode.AttemptClosed);
  }

  /**
   * Grades once: the row is locked, so of parallel submits one grades and the rest see it
   * submitted (409, or the first result again with the same Idempotency-Key). Past the time
   * limit, what was saved is graded and the attempt is flagged late.
   */
  async submit(
    actor: Actor,
    attemptId: string,
    dto: SubmitAttemptDto,
    idempotencyKey: string | null,
  ): Promise<SubmitAttemptResponse> {
    return this.dataSource.transaction(async (em) => {
      const attempt = await this.lockOwn(em, actor, attemptId);
      const quiz = await em.findOneByOrFail(QuizEntity, { id: attempt.quizId });
      if (attempt.status === AttemptStatus.Submitted) {
        if (idempotencyKey && attempt.idempotencyKey === idempotencyKey)
          return this.toSubmitResponse(attempt, quiz);
        throw new AssessmentException(AssessmentErrorCode.AlreadySubmitted);
      }
      if (!isExpired(attempt)) {
        for (const answer of dto.answers ?? []) {
          this.checkAnswer(attempt, answer.questionId, answer.optionIds);
          attempt.answers = { ...attempt.answers, [answer.questionId]: answer.optionIds };
        }
      }
      await this.grade(em, attempt, quiz, idempotencyKey, actor.id);
      return this.toSubmitResponse(attempt, quiz);
    });
  }

  async get(actor: Actor, attemptId: string): Promise<AttemptResponse> {
    const attempt = await this.dataSource.manager.findOneBy(AttemptEntity, { id: attemptId });
    if (!attempt) throw new AssessmentException(AssessmentErrorCode.AttemptNotFound);
    if (attempt.userId !== actor.id) {
      const quiz = await this.quizzes.find(attempt.quizId);
      const access = await this.curriculum.moduleAccess(actor, quiz.moduleId);
      // The trainee, the course's owners and admins; not every instructor.
      if (!access.canEdit) throw new AssessmentException(AssessmentErrorCode.NotYourAttempt);
    }
    const submitted = attempt.status === AttemptStatus.Submitted;
    return {
      id: attempt.id,
      quizId: attempt.quizId,
      userId: attempt.userId,
      number: attempt.number,
      status: attempt.status,
      startedAt: attempt.createdAt.toISOString(),
      expiresAt: attempt.expiresAt?.toISOString() ?? null,
      submittedAt: attempt.submittedAt?.toISOString() ?? null,
      late: attempt.late,
      score: attempt.score,
      passed: attempt.passed,
      questions: attempt.questions.map(toTraineeQuestion),
      answers: attempt.answers,
      results: submitted ? resultsOf(attempt) : null,
    };
  }

  private async grade(
    em: EntityManager,
    attempt: AttemptEntity,
    quiz: QuizEntity,
    idempotencyKey: string | null,
    actorId: string,
  ): Promise<void> {
    const now = new Date();
    const grade = gradeAttempt(
      attempt.questions,
      new Map(Object.entries(attempt.answers)),
      quiz.passingScore,
    );
    Object.assign(attempt, {
      status: AttemptStatus.Submitted,
      submittedAt: now,
      late: isExpired(attempt, now),
      score: grade.score,
      passed: grade.passed,
      results: grade.questions,
      idempotencyKey,
    });
    await em.update(
      AttemptEntity,
      { id: attempt.id },
      {
        status: attempt.status,
        submittedAt: attempt.submittedAt,
        late: attempt.late,
        score: attempt.score,
        passed: attempt.passed,
        results: attempt.results,
        answers: attempt.answers,
        idempotencyKey,
      },
    );
    // A pass may finish the course (the post-test usually comes last).
    if (attempt.passed) await this.curriculum.syncCompletion(em, attempt.userId, quiz.moduleId);
    await this.audit.record(em, {
      type: AuditEventType.AttemptSubmitted,
      actorId,
      subjectType: 'attempt',
      subjectId: attempt.id,
      payload: {
        quizId: attempt.quizId,
        userId: attempt.userId,
        score: grade.score,
        passed: grade.passed,
        late: attempt.late,
      },
    });
  }

  private toSubmitResponse(attempt: AttemptEntity, quiz: QuizEntity): SubmitAttemptResponse {
    return {
      attemptId: attempt.id,
      score: attempt.score ?? 0,
      passed: attempt.passed ?? false,
      late: attempt.late,
      passingScore: quiz.passingScore,
      results: resultsOf(attempt),
    };
  }

  private async lockOwn(
    em: EntityManager,
    actor: Actor,
    attemptId: string,
  ): Promise<AttemptEntity> {
    const attempt = await em.findOne(AttemptEntity, {
      where: { id: attemptId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!attempt) throw new AssessmentException(AssessmentErrorCode.AttemptNotFound);
    if (attempt.userId !== actor.id)
      throw new AssessmentException(AssessmentErrorCode.NotYourAttempt);
    return attempt;
  }

  private checkAnswer(attempt: AttemptEntity, questionId: string, optionIds: string[]): void {
    const question = attempt.questions.find((q) => q.id === questionId);
    if (!question) throw new AssessmentException(AssessmentErrorCode.QuestionNotInAttempt);
    if (optionIds.some((id) => !question.options.some((o) => o.id === id))) {
      throw new AssessmentException(
        AssessmentErrorCode.QuestionNotInAttempt,
        'optionIds must be options of this question',
      );
    }
  }

  private async assertCanTake(actor: Actor, quiz: QuizEntity): Promise<void> {
    const access = await this.curriculum.moduleAccess(actor, quiz.moduleId);
    if (!access.enrolled) throw new AssessmentException(AssessmentErrorCode.NotEnrolled);
    if (access.locked) throw new AssessmentException(AssessmentErrorCode.QuizLocked);
  }
}
