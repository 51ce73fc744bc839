import { isDeepStrictEqual } from 'node:util';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CurriculumFacade, type LearnerRecord } from '@lms/curriculum/api';
import { type Actor, AuditTrail } from '@lms/platform/api';
import {
  type AttestationResponse,
  AuditEventType,
  type CourseCeSettings,
  CREDIT_TYPE_LABELS,
  type EvaluationForm,
  type EvaluationQuestion,
  type EvaluationResults,
  LearningFormat,
} from '@lms/shared/contracts';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import type {
  AttestationDto,
  CourseCeSettingsDto,
  EvaluationFormDto,
  SubmitEvaluationDto,
} from './credentials.dto';
import {
  AttestationEntity,
  CourseSettingsEntity,
  EvaluationResponseEntity,
} from './credentials.entities';
import { CredentialsErrorCode, CredentialsException } from './credentials.exception';

/** The default evaluation: what accreditors ask of every activity. */
export const DEFAULT_EVALUATION: EvaluationQuestion[] = [
  {
    id: 'objectives',
    prompt: 'The activity met its stated learning objectives.',
    kind: 'rating',
    required: true,
  },
  {
    id: 'relevance',
    prompt: 'The content is relevant to my clinical practice.',
    kind: 'rating',
    required: true,
  },
  {
    id: 'bias',
    prompt: 'The activity was fair, balanced and free of commercial bias.',
    kind: 'rating',
    required: true,
  },
  {
    id: 'faculty',
    prompt: 'The faculty were knowledgeable and presented the material effectively.',
    kind: 'rating',
    required: true,
  },
  {
    id: 'change',
    prompt: 'What will you change in your practice as a result of this activity?',
    kind: 'text',
    required: true,
  },
  { id: 'comments', prompt: 'Other comments or suggestions', kind: 'text', required: false },
];

const DEFAULT_SETTINGS: CourseCeSettings = {
  learningFormat: LearningFormat.EnduringMaterial,
  validityMonths: null,
};

/** Credits are recorded in quarter-hour steps. */
const isQuarterStep = (value: number): boolean =>
  Number.isInteger(Math.round(value * 1_000_000) / 250_000);

/** A course's CE settings, its evaluation (form, answers, results) and trainees' claims. */
@Injectable()
export class CourseCreditService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly curriculum: CurriculumFacade,
    private readonly audit: AuditTrail,
  ) {}

  async settings(
    courseId: string,
  ): Promise<CourseCeSettings & { questions: EvaluationQuestion[] }> {
    const row = await this.dataSource.manager.findOneBy(CourseSettingsEntity, { courseId });
    return row
      ? {
          learningFormat: row.learningFormat,
          validityMonths: row.validityMonths,
          questions: row.evaluationQuestions,
        }
      : { ...DEFAULT_SETTINGS, questions: DEFAULT_EVALUATION };
  }

  async getCeSettings(actor: Actor, courseId: string): Promise<CourseCeSettings> {
    await this.assertExists(courseId);
    await this.assertStaff(actor, courseId);
    const { learningFormat, validityMonths } = await this.settings(courseId);
    return { learningFormat, validityMonths };
  }

  async updateCeSettings(
    actor: Actor,
    courseId: string,
    dto: CourseCeSettingsDto,
  ): Promise<CourseCeSettings> {
    await this.assertExists(courseId);
    await this.assertStaff(actor, courseId);
    const validityMonths = dto.validityMonths ?? null;
    await this.dataSource.transaction(async (em) => {
      const before = await this.upsertSettings(em, courseId, {
        learningFormat: dto.learningFormat,
        validityMonths,
      });
      if (before.learningFormat === dto.learningFormat && before.validityMonths === validityMonths)
        return;
      await this.audit.record(em, {
        type: AuditEventType.CourseCeSettingsChanged,
        actorId: actor.id,
        subjectType: 'course',
        subjectId: courseId,
        payload: {
          before: { learningFormat: before.learningFormat, validityMonths: before.validityMonths },
          after: { learningFormat: dto.learningFormat, validityMonths },
        },
      });
    });
    return { learningFormat: dto.learningFormat, validityMonths };
  }

  async getEvaluation(actor: Actor, courseId: string): Promise<EvaluationForm> {
    await this.assertExists(courseId);
    const record = await this.curriculum.learnerRecord(actor.id, courseId);
    if (!record && !(await this.curriculum.canEditCourse(actor, courseId)))
      throw new CredentialsException(CredentialsErrorCode.NotEnrolled);
    const { questions } = await this.settings(courseId);
    const response = record
      ? await this.dataSource.manager.findOneBy(EvaluationResponseEntity, {
          enrollmentId: record.enrollment.id,
        })
      : null;
    return { courseId, questions, submittedAt: response?.createdAt.toISOString() ?? null };
  }

  async updateEvaluation(
    actor: Actor,
    courseId: string,
    dto: EvaluationFormDto,
  ): Promise<EvaluationForm> {
    await this.assertExists(courseId);
    await this.assertStaff(actor, courseId);
    const ids = new Set<string>();
    const questions = dto.questions.map((q) => {
      const id = q.id && !ids.has(q.id) ? q.id : randomUUID();
      ids.add(id);
      return { id, prompt: q.prompt, kind: q.kind, required: q.required };
    });
    await this.dataSource.transaction(async (em) => {
      const before = await this.upsertSettings(em, courseId, { evaluationQuestions: questions });
      // Key order differs once stored as jsonb: compare values, not text.
      if (isDeepStrictEqual(before.evaluationQuestions, questions)) return;
      await this.audit.record(em, {
        type: AuditEventType.EvaluationFormChanged,
        actorId: actor.id,
        subjectType: 'course',
        subjectId: courseId,
        payload: { before: before.evaluationQuestions, after: questions },
      });
    });
    return { courseId, questions, submittedAt: null };
  }

  /** Once per enrollment; every required question answered, in the right kind. */
  async submitEvaluation(
    actor: Actor,
    courseId: string,
    dto: SubmitEvaluationDto,
  ): Promise<EvaluationForm> {
    await this.assertExists(courseId);
    const record = await this.learner(actor.id, courseId);
    const { questions } = await this.settings(courseId);
    const problems: string[] = [];
    const known = new Set(questions.map((q) => q.id));
    for (const answer of dto.answers)
      if (!known.has(answer.questionId))
        problems.push(`answers: unknown questionId "${answer.questionId}"`);
    const answers = questions.map((question) => {
      const given = dto.answers.find((a) => a.questionId === question.id);
      const rating = question.kind === 'rating' ? (given?.rating ?? null) : null;
      const text = question.kind === 'text' ? given?.text?.trim() || null : null;
      if (question.kind === 'rating' && given?.text !== undefined && given.rating === undefined)
        problems.push(`answers: "${question.prompt}" needs a rating from 1 to 5`);
      if (question.required && rating === null && text === null)
        problems.push(`answers: "${question.prompt}" is required`);
      return {
        questionId: question.id,
        prompt: question.prompt,
        kind: question.kind,
        rating,
        text,
      };
    });
    if (problems.length > 0)
      throw new CredentialsException(CredentialsErrorCode.InvalidEvaluation, problems.join('; '));
    await this.dataSource.transaction(async (em) => {
      const inserted = await em
        .createQueryBuilder()
        .insert()
        .into(EvaluationResponseEntity)
        .values({ enrollmentId: record.enrollment.id, courseId, userId: actor.id, answers })
        .orIgnore()
        .returning('id')
        .execute();
      if ((inserted.raw as unknown[]).length === 0)
        throw new CredentialsException(CredentialsErrorCode.EvaluationAlreadySubmitted);
      await this.audit.record(em, {
        type: AuditEventType.EvaluationSubmitted,
        actorId: actor.id,
        subjectType: 'enrollment',
        subjectId: record.enrollment.id,
        payload: { courseId },
      });
    });
    return this.getEvaluation(actor, courseId);
  }

  /** Aggregates only: who answered what is not shown. */
  async evaluationResults(actor: Actor, courseId: string): Promise<EvaluationResults> {
    await this.assertExists(courseId);
    await this.assertStaff(actor, courseId);
    const { questions } = await this.settings(courseId);
    const rows = await this.dataSource.manager.find(EvaluationResponseEntity, {
      where: { courseId },
      order: { createdAt: 'DESC' },
    });
    return {
      courseId,
      responses: rows.length,
      questions: questions.map((question) => {
        const answers = rows.flatMap((r) => r.answers.filter((a) => a.questionId === question.id));
        if (question.kind === 'rating') {
          const ratings = answers.flatMap((a) => (a.rating === null ? [] : [a.rating]));
          const distribution = [1, 2, 3, 4, 5].map((n) => ratings.filter((r) => r === n).length);
          const average =
            ratings.length === 0
              ? null
              : Math.round((ratings.reduce((s, r) => s + r, 0) / ratings.length) * 100) / 100;
          return { ...question, answered: ratings.length, average, distribution };
        }
        const texts = answers.flatMap((a) => (a.text === null ? [] : [a.text]));
        return { ...question, answered: texts.length, texts };
      }),
    };
  }

  async getAttestation(actor: Actor, courseId: string): Promise<AttestationResponse> {
    await this.assertExists(courseId);
    const record = await this.learner(actor.id, courseId);
    const row = await this.dataSource.manager.findOneBy(AttestationEntity, {
      enrollmentId: record.enrollment.id,
    });
    return toAttestation(record, row);
  }

  /**
   * Claims credit of one type the course designates, in quarter steps up to the designation.
   * The claim may change until a certificate is issued.
   */
  async attest(actor: Actor, courseId: string, dto: AttestationDto): Promise<AttestationResponse> {
    await this.assertExists(courseId);
    const record = await this.learner(actor.id, courseId);
    const designation = record.outline.creditDesignations.find(
      (d) => d.creditType === dto.creditType,
    );
    if (!designation) {
      const offered = record.outline.creditDesignations.map((d) => d.creditType).join(', ');
      throw new CredentialsException(
        CredentialsErrorCode.InvalidClaim,
        `creditType: this course does not offer ${CREDIT_TYPE_LABELS[dto.creditType]} (it offers: ${offered || 'none'})`,
      );
    }
    if (dto.creditsClaimed <= 0 || !isQuarterStep(dto.creditsClaimed))
      throw new CredentialsException(
        CredentialsErrorCode.InvalidClaim,
        'creditsClaimed must be a positive number in steps of 0.25',
      );
    if (dto.creditsClaimed > designation.maxCredits)
      throw new CredentialsException(
        CredentialsErrorCode.InvalidClaim,
        `creditsClaimed must be at most ${designation.maxCredits} (the course's designation)`,
      );
    const row = await this.dataSource.transaction(async (em) => {
      await em.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
        `certificate:${record.enrollment.id}`,
      ]);
      if (await this.hasActiveCertificate(em, record.enrollment.id))
        throw new CredentialsException(CredentialsErrorCode.CertificateIssued);
      const values = {
        creditType: dto.creditType,
        creditsClaimed: dto.creditsClaimed,
        attestedAt: new Date(),
        timeSpentSeconds: record.timeSpentSeconds,
      };
      const before = await em.findOneBy(AttestationEntity, { enrollmentId: record.enrollment.id });
      if (before) await em.update(AttestationEntity, { id: before.id }, values);
      else
        await em.insert(AttestationEntity, {
          ...values,
          enrollmentId: record.enrollment.id,
          courseId,
          userId: actor.id,
        });
      await this.audit.record(em, {
        type: AuditEventType.AttestationMade,
        actorId: actor.id,
        subjectType: 'enrollment',
        subjectId: record.enrollment.id,
        payload: {
          courseId,
          creditType: dto.creditType,
          creditsClaimed: dto.creditsClaimed,
          timeSpentSeconds: record.timeSpentSeconds,
          ...(before
            ? { before: { creditType: before.creditType, creditsClaimed: before.creditsClaimed } }
            : {}),
        },
      });
      return em.findOneByOrFail(AttestationEntity, { enrollmentId: record.enrollment.id });
    });
    return toAttestation(record, row);
  }

  async hasActiveCertificate(em: EntityManager, enrollmentId: string): Promise<boolean> {
    const rows = await em.query<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM credentials.certificate WHERE enrollment_id = $1 AND revoked_at IS NULL',
      [enrollmentId],
    );
    return (rows.at(0)?.n ?? 0) > 0;
  }

  async assertStaff(actor: Actor, courseId: string): Promise<void> {
    if (!(await this.curriculum.canEditCourse(actor, courseId)))
      throw new CredentialsException(CredentialsErrorCode.NotCourseStaff);
  }

  async assertExists(courseId: string): Promise<void> {
    if (!(await this.curriculum.courseExists(courseId)))
      throw new CredentialsException(CredentialsErrorCode.CourseNotFound);
  }

  private async learner(userId: string, courseId: string): Promise<LearnerRecord> {
    const record = await this.curriculum.learnerRecord(userId, courseId);
    if (!record) throw new CredentialsException(CredentialsErrorCode.NotEnrolled);
    return record;
  }

  /** Inserts or updates the course's settings row; returns the values before. */
  private async upsertSettings(
    em: EntityManager,
    courseId: string,
    values: Partial<
      Pick<CourseSettingsEntity, 'learningFormat' | 'validityMonths' | 'evaluationQuestions'>
    >,
  ): Promise<CourseCeSettings & { evaluationQuestions: EvaluationQuestion[] }> {
    await em.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`course-settings:${courseId}`]);
    const before = await em.findOneBy(CourseSettingsEntity, { courseId });
    if (before) await em.update(CourseSettingsEntity, { id: before.id }, values);
    else
      await em.insert(CourseSettingsEntity, {
        courseId,
        learningFormat: DEFAULT_SETTINGS.learningFormat,
        validityMonths: DEFAULT_SETTINGS.validityMonths,
        evaluationQuestions: DEFAULT_EVALUATION,
        ...values,
      });
    return before
      ? {
          learningFormat: before.learningFormat,
          validityMonths: before.validityMonths,
          evaluationQuestions: before.evaluationQuestions,
        }
      : { ...DEFAULT_SETTINGS, evaluationQuestions: DEFAULT_EVALUATION };
  }
}

function toAttestation(record: LearnerRecord, row: AttestationEntity | null): AttestationResponse {
  return {
    courseId: record.outline.id,
    creditType: row?.creditType ?? null,
    creditsClaimed: row?.creditsClaimed ?? null,
    attestedAt: row?.attestedAt.toISOString() ?? null,
    timeSpentMinutes: Math.floor(record.timeSpentSeconds / 60),
    designations: record.outline.creditDesignations.map(({ creditType, maxCredits }) => ({
      creditType,
      maxCredits,
    })),
  };
}
