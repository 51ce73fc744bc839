import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  CurriculumFacade,
  type ModuleItemsStructure,
  ModuleItemsSource,
} from '@lms/curriculum/api';
import { IdentityFacade } from '@lms/identity/api';
import {
  type Actor,
  AuditTrail,
  type ByteRange,
  Notifier,
  ObjectStorage,
  parseByteRange,
  type ReceivedFile,
} from '@lms/platform/api';
import {
  AuditEventType,
  CourseStatus,
  type GradeResponse,
  type GradingQueueItem,
  type Page,
  Role,
  type RoleplayResponse,
  type SubmissionResponse,
} from '@lms/shared/contracts';
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { DataSource, type EntityManager, MoreThan } from 'typeorm';
import type {
  CreateRoleplayDto,
  CreateSubmissionDto,
  GradeDto,
  GradingQueueQueryDto,
  RegradeDto,
  RubricDto,
} from './roleplay.dto';
import {
  type CriterionScore,
  GradeEntity,
  GradeOutcome,
  RubricVersionEntity,
  ScenarioEntity,
  SubmissionEntity,
  SubmissionStatus,
} from './roleplay.entities';
import { RoleplayErrorCode, RoleplayException } from './roleplay.exception';

export const DEFAULT_TASK =
  'Practise this conversation with a colleague playing the client, then submit the transcript and your reflection.';

/** Signed recording links live this long (a grading session, a long practice review). */
export const RECORDING_LINK_TTL_SECONDS = 3600;
const RECORDING_LINK = 'recording';

/** SQL: the grade `g` is in force (no correction replaces it). */
const CURRENT_GRADE =
  'NOT EXISTS (SELECT 1 FROM roleplay.grade c WHERE c.corrects_grade_id = g.id)';

export interface RecordingStream {
  stream: Readable;
  contentType: string;
  size: number;
  /** Set when one range was asked for and can be served (206). */
  range?: ByteRange;
  /** True when the range asked for cannot be served (416). */
  unsatisfiable?: boolean;
}

const maxPointsOf = (rubric: RubricVersionEntity): number =>
  rubric.criteria.reduce((sum, c) => sum + Math.max(...c.levels.map((l) => l.points)), 0);

/**
 * Scores one level per criterion of the rubric version the submission used; 400 when a
 * criterion is missing or repeated, or a level index lies outside the rubric.
 */
export function scoreRubric(
  rubric: RubricVersionEntity,
  scores: { criterionId: string; levelIndex: number; comment?: string }[],
): CriterionScore[] {
  const ids = new Set(scores.map((s) => s.criterionId));
  if (
    ids.size !== scores.length ||
    scores.length !== rubric.criteria.length ||
    rubric.criteria.some((c) => !ids.has(c.id))
  ) {
    throw new RoleplayException(RoleplayErrorCode.InvalidScores);
  }
  return rubric.criteria.map((criterion) => {
    const score = scores.find((s) => s.criterionId === criterion.id);
    const level = score ? criterion.levels[score.levelIndex] : undefined;
    if (!score || !level) {
      throw new RoleplayException(
        RoleplayErrorCode.InvalidScores,
        `levelIndex for "${criterion.title}" must be from 0 to ${criterion.levels.length - 1}`,
      );
    }
    return {
      criterionId: criterion.id,
      levelIndex: score.levelIndex,
      points: level.points,
      comment: score.comment?.trim() || null,
    };
  });
}

@Injectable()
export class RoleplayService extends ModuleItemsSource {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly curriculum: CurriculumFacade,
    private readonly identity: IdentityFacade,
    private readonly audit: AuditTrail,
    private readonly notifier: Notifier,
    private readonly storage: ObjectStorage,
  ) {
    super();
  }

  async create(actor: Actor, moduleId: string, dto: CreateRoleplayDto): Promise<RoleplayResponse> {
    const id = await this.curriculum.editModuleItems(actor, moduleId, async (em, draftModuleId) => {
      const scenario = em.create(ScenarioEntity, {
        moduleId: draftModuleId,
        lineageId: randomUUID(),
        title: dto.title,
        situation: dto.scenario,
        task: dto.task ?? DEFAULT_TASK,
        graderNotes: dto.graderNotes ?? '',
        passingScore: dto.passingScore,
      });
      await em.insert(ScenarioEntity, scenario);
      await em.insert(RubricVersionEntity, {
        scenarioId: scenario.id,
        version: 1,
        criteria: dto.rubric.criteria.map((c) => ({
          id: randomUUID(),
          title: c.title,
          description: c.description,
          levels: c.levels.map(({ label, points }) => ({ label, points })),
        })),
      });
      return scenario.id;
    });
    return this.get(actor, id);
  }

  async get(actor: Actor, id: string): Promise<RoleplayResponse> {
    const em = this.dataSource.manager;
    const scenario = await this.find(em, id);
    const access = await this.curriculum.moduleAccess(actor, scenario.moduleId);
    if (!access.staff && !access.enrolled) {
      if (access.versionStatus === CourseStatus.Draft)
        throw new RoleplayException(RoleplayErrorCode.RoleplayNotFound);
      throw new RoleplayException(RoleplayErrorCode.NotEnrolled);
    }
    const rubric = await this.latestRubric(em, id);
    const mine = access.enrolled ? await this.submissionsOf(em, id, actor.id) : [];
    return {
      id: scenario.id,
      moduleId: scenario.moduleId,
      courseId: access.courseId,
      title: scenario.title,
      scenario: scenario.situation,
      task: scenario.task,
      ...(access.canEdit && !access.enrolled ? { graderNotes: scenario.graderNotes } : {}),
      passingScore: scenario.passingScore,
      rubricVersion: rubric.version,
      maxPoints: maxPointsOf(rubric),
      rubric: { criteria: rubric.criteria },
      passed: mine.some((s) => s.passed),
      pending: mine.some((s) => s.status === SubmissionStatus.Submitted),
      locked: access.locked,
    };
  }

  /**
   * Replaces the rubric. Until someone has submitted against the current rubric version it is
   * edited in place; after that a new version applies to new submissions only.
   */
  async updateRubric(actor: Actor, id: string, rubric: RubricDto): Promise<RoleplayResponse> {
    const scenario = await this.find(this.dataSource.manager, id);
    const access = await this.curriculum.moduleAccess(actor, scenario.moduleId);
    if (!access.canEdit) throw new RoleplayException(RoleplayErrorCode.NotCourseStaff);
    await this.dataSource.transaction(async (em) => {
      await em.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`rubric:${id}`]);
      const current = await this.latestRubric(em, id);
      const criteria = rubric.criteria.map((c) => ({
        id: randomUUID(),
        title: c.title,
        description: c.description,
        levels: c.levels.map(({ label, points }) => ({ label, points })),
      }));
      const used = await em.exists(SubmissionEntity, { where: { rubricVersionId: current.id } });
      if (used)
        await em.insert(RubricVersionEntity, {
          scenarioId: id,
          version: current.version + 1,
          criteria,
        });
      else await em.update(RubricVersionEntity, { id: current.id }, { criteria });
    });
    return this.get(actor, id);
  }

  /**
   * Checks a trainee may submit now (enrolled, unlocked, nothing waiting, not yet passed), so
   * an upload is refused before it is received. `submit` checks again under a lock.
   */
  async assertCanSubmit(actor: Actor, id: string): Promise<void> {
    const scenario = await this.find(this.dataSource.manager, id);
    const access = await this.curriculum.moduleAccess(actor, scenario.moduleId);
    if (!access.enrolled) throw new RoleplayException(RoleplayErrorCode.NotEnrolled);
    if (access.locked) throw new RoleplayException(RoleplayErrorCode.RoleplayLocked);
    this.assertOpen(await this.submissionsOf(this.dataSource.manager, id, actor.id));
  }

  /**
   * A trainee's submission, with an optional recording already received and checked; it is
   * serialised per trainee and role-play so two cannot wait at once. The recording is moved to
   * storage only when the submission may be made, and removed again if the insert fails.
   */
  async submit(
    actor: Actor,
    id: string,
    dto: CreateSubmissionDto,
    recording: ReceivedFile | null = null,
  ): Promise<{ id: string; status: 'submitted' }> {
    await this.assertCanSubmit(actor, id);
    const submissionId = randomUUID();
    const key = recording ? `recordings/${submissionId}` : null;
    const done = { stored: false };
    try {
      return await this.dataSource.transaction(async (em) => {
        await em.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
          `roleplay:${id}:${actor.id}`,
        ]);
        const previous = await this.submissionsOf(em, id, actor.id);
        this.assertOpen(previous);
        const rubric = await this.latestRubric(em, id);
        if (recording && key) {
          await this.storage.putFile(key, recording.path, recording.contentType);
          done.stored = true;
        }
        await em.insert(SubmissionEntity, {
          id: submissionId,
          scenarioId: id,
          rubricVersionId: rubric.id,
          userId: actor.id,
          number: previous.length + 1,
          status: SubmissionStatus.Submitted,
          transcript: dto.transcript,
          reflection: dto.reflection,
          recordingKey: key,
          recordingType: recording?.contentType ?? null,
          recordingSize: recording?.sizeBytes ?? null,
        });
        return { id: submissionId, status: 'submitted' as const };
      });
    } catch (error) {
      if (done.stored && key) await this.storage.delete(key);
      throw error;
    }
  }

  /** The caller's own submissions of a role-play, newest first, with grades. */
  async mySubmissions(actor: Actor, id: string): Promise<SubmissionResponse[]> {
    await this.find(this.dataSource.manager, id);
    const rows = await this.dataSource.getRepository(SubmissionEntity).find({
      where: { scenarioId: id, userId: actor.id },
      order: { number: 'DESC' },
    });
    return Promise.all(rows.map((row) => this.getSubmission(actor, row.id)));
  }

  /** Waiting submissions, oldest first, of the courses the instructor owns (admins: all). */
  async queue(actor: Actor, query: GradingQueueQueryDto): Promise<Page<GradingQueueItem>> {
    const params: unknown[] = [
      actor.id,
      actor.roles.includes(Role.Admin),
      query.courseId ?? null,
      query.roleplayId ?? null,
    ];
    const from = `
      FROM roleplay.submission s
      JOIN roleplay.scenario sc ON sc.id = s.scenario_id
      JOIN curriculum.module m ON m.id = sc.module_id
      JOIN curriculum.course_version v ON v.id = m.version_id
     WHERE s.status = 'submitted'
       AND ($2::boolean OR EXISTS (SELECT 1 FROM curriculum.course_owner o WHERE o.course_id = v.course_id AND o.user_id = $1))
       AND ($3::uuid IS NULL OR v.course_id = $3)
       AND ($4::uuid IS NULL OR sc.id = $4)`;
    const [{ total } = { total: '0' }] = await this.dataSource.query<{ total: string }[]>(
      `SELECT count(*)::text AS total ${from}`,
      params,
    );
    const rows = await this.dataSource.query<
      {
        id: string;
        scenario_id: string;
        title: string;
        course_id: string;
        course_title: string;
        user_id: string;
        number: number;
        created_at: Date;
      }[]
    >(
      `SELECT s.id, s.scenario_id, sc.title, v.course_id, v.title AS course_title, s.user_id, s.number, s.created_at
       ${from} ORDER BY s.created_at ASC, s.id LIMIT ${query.limit} OFFSET ${query.offset}`,
      params,
    );
    const users = await this.identity.getUsers([...new Set(rows.map((r) => r.user_id))]);
    const now = Date.now();
    return {
      total: Number(total),
      items: rows.map((r) => ({
        submissionId: r.id,
        roleplayId: r.scenario_id,
        roleplayTitle: r.title,
        courseId: r.course_id,
        courseTitle: r.course_title,
        traineeName: users.find((u) => u.id === r.user_id)?.fullName ?? '',
        number: r.number,
        submittedAt: new Date(r.created_at).toISOString(),
        waitingMinutes: Math.floor((now - new Date(r.created_at).getTime()) / 60_000),
      })),
    };
  }

  /**
   * Grades once: the submission row is locked and a unique index backs it, so of two
   * instructors grading at once the second is told it was just graded. Audited; the trainee
   * gets a notification and an email (outbox) in the same transaction.
   */
  async grade(actor: Actor, submissionId: string, dto: GradeDto): Promise<SubmissionResponse> {
    return this.writeGrade(actor, submissionId, dto, null);
  }

  /**
   * Corrects the grade in force with a new grade event (the old one is kept, never edited).
   * Only the trainee's latest submission can be corrected: an older one has been superseded.
   */
  async regrade(actor: Actor, submissionId: string, dto: RegradeDto): Promise<SubmissionResponse> {
    return this.writeGrade(actor, submissionId, dto, dto.reason);
  }

  private async writeGrade(
    actor: Actor,
    submissionId: string,
    dto: GradeDto,
    correctionReason: string | null,
  ): Promise<SubmissionResponse> {
    const scenarioId = (await this.findSubmission(this.dataSource.manager, submissionId))
      .scenarioId;
    const scenario = await this.find(this.dataSource.manager, scenarioId);
    const access = await this.curriculum.moduleAccess(actor, scenario.moduleId);
    if (!access.canEdit) throw new RoleplayException(RoleplayErrorCode.NotCourseStaff);
    await this.dataSource.transaction(async (em) => {
      const submission = await em.findOne(SubmissionEntity, {
        where: { id: submissionId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!submission) throw new RoleplayException(RoleplayErrorCode.SubmissionNotFound);
      const current = await this.currentGrade(em, submissionId);
      if (correctionReason === null && submission.status === SubmissionStatus.Graded)
        throw new RoleplayException(RoleplayErrorCode.AlreadyGraded);
      if (correctionReason !== null) {
        if (!current) throw new RoleplayException(RoleplayErrorCode.NotGradedYet);
        const newer = await em.exists(SubmissionEntity, {
          where: {
            scenarioId: submission.scenarioId,
            userId: submission.userId,
            number: MoreThan(submission.number),
          },
        });
        if (newer) throw new RoleplayException(RoleplayErrorCode.SubmissionSuperseded);
      }
      const rubric = await em.findOneByOrFail(RubricVersionEntity, {
        id: submission.rubricVersionId,
      });
      const scores = scoreRubric(rubric, dto.scores);
      const points = scores.reduce((sum, s) => sum + s.points, 0);
      const maxPoints = maxPointsOf(rubric);
      const percent = maxPoints === 0 ? 0 : Math.round((points / maxPoints) * 10_000) / 100;
      const outcome = dto.outcome === 'pass' ? GradeOutcome.Pass : GradeOutcome.Revise;
      await em.insert(GradeEntity, {
        submissionId,
        graderId: actor.id,
        scores,
        points,
        maxPoints,
        percent,
        outcome,
        feedback: dto.feedback,
        correctsGradeId: correctionReason === null ? null : (current?.id ?? null),
        correctionReason,
      });
      if (correctionReason === null)
        await em.update(
          SubmissionEntity,
          { id: submissionId },
          { status: SubmissionStatus.Graded },
        );
      // A pass may finish the course; a correction may take one away.
      await this.curriculum.syncCompletion(em, submission.userId, scenario.moduleId);
      await this.audit.record(em, {
        type:
          correctionReason === null
            ? AuditEventType.SubmissionGraded
            : AuditEventType.SubmissionRegraded,
        actorId: actor.id,
        subjectType: 'submission',
        subjectId: submissionId,
        payload: {
          userId: submission.userId,
          roleplayId: scenarioId,
          ...(current && correctionReason !== null
            ? {
                before: {
                  gradeId: current.id,
                  points: current.points,
                  percent: current.percent,
                  outcome: current.outcome,
                },
                reason: correctionReason,
              }
            : {}),
          points,
          maxPoints,
          percent,
          outcome: dto.outcome,
        },
      });
      const trainee = (await this.identity.getUsers([submission.userId])).at(0);
      if (trainee) {
        const corrected = correctionReason !== null;
        await this.notifier.notify(em, {
          userId: trainee.id,
          email: trainee.email,
          title: corrected
            ? `The grade of your role-play "${scenario.title}" was corrected`
            : `Your role-play "${scenario.title}" was graded`,
          body:
            dto.outcome === 'pass'
              ? 'You passed. Read your feedback.'
              : 'Your instructor asks you to revise and resubmit. Read the feedback.',
          link: `/courses/${access.courseId}/roleplays/${scenarioId}`,
        });
      }
    });
    return this.getSubmission(actor, submissionId);
  }

  /**
   * The recording of a submission for its owner or the course staff, whole or one byte range.
   * With a signed link (`token`) the link itself is the proof, for the user it was made for.
   */
  async openRecording(
    access: { actor: Actor } | { token: string },
    submissionId: string,
    rangeHeader: string | undefined,
  ): Promise<RecordingStream> {
    if ('token' in access) {
      // The link was signed for this submission after its reader was authorised.
      if (this.identity.verifyLink(RECORDING_LINK, access.token)?.subject !== submissionId)
        throw new RoleplayException(RoleplayErrorCode.RecordingLinkInvalid);
    }
    const submission = await this.findSubmission(this.dataSource.manager, submissionId);
    if ('actor' in access) await this.assertCanRead(access.actor, submission);
    if (!submission.recordingKey || !submission.recordingType || submission.recordingSize === null)
      throw new RoleplayException(RoleplayErrorCode.NoRecording);
    const size = submission.recordingSize;
    const range = parseByteRange(rangeHeader, size);
    if (range === null)
      return {
        stream: nullStream(),
        contentType: submission.recordingType,
        size,
        unsatisfiable: true,
      };
    return {
      stream: await this.storage.read(submission.recordingKey, range),
      contentType: submission.recordingType,
      size,
      range,
    };
  }

  async getSubmission(actor: Actor, submissionId: string): Promise<SubmissionResponse> {
    const em = this.dataSource.manager;
    const submission = await this.findSubmission(em, submissionId);
    const scenario = await this.find(em, submission.scenarioId);
    await this.assertCanRead(actor, submission, scenario);
    const grades = await em.find(GradeEntity, {
      where: { submissionId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const chain = orderChain(grades);
    const newer = await em.exists(SubmissionEntity, {
      where: {
        scenarioId: submission.scenarioId,
        userId: submission.userId,
        number: MoreThan(submission.number),
      },
    });
    const users = await this.identity.getUsers([
      submission.userId,
      ...new Set(chain.map((g) => g.graderId)),
    ]);
    const name = (id: string): string => users.find((u) => u.id === id)?.fullName ?? '';
    const toResponse = (grade: GradeEntity): GradeResponse => ({
      id: grade.id,
      graderId: grade.graderId,
      graderName: name(grade.graderId),
      scores: grade.scores,
      points: grade.points,
      maxPoints: grade.maxPoints,
      percent: grade.percent,
      outcome: grade.outcome,
      feedback: grade.feedback,
      gradedAt: grade.createdAt.toISOString(),
      correctsGradeId: grade.correctsGradeId,
      correctionReason: grade.correctionReason,
    });
    const current = chain.at(-1);
    const rubric = await em.findOneByOrFail(RubricVersionEntity, {
      id: submission.rubricVersionId,
    });
    return {
      id: submission.id,
      roleplayId: scenario.id,
      roleplayTitle: scenario.title,
      userId: submission.userId,
      traineeName: name(submission.userId),
      number: submission.number,
      status: submission.status,
      transcript: submission.transcript,
      reflection: submission.reflection,
      submittedAt: submission.createdAt.toISOString(),
      recording:
        submission.recordingKey && submission.recordingType && submission.recordingSize !== null
          ? {
              contentType: submission.recordingType,
              sizeBytes: submission.recordingSize,
              url: `/api/recordings/${submission.id}?token=${this.identity.signLink(
                RECORDING_LINK,
                submission.id,
                actor.id,
                RECORDING_LINK_TTL_SECONDS,
              )}`,
            }
          : null,
      rubric: {
        version: rubric.version,
        maxPoints: maxPointsOf(rubric),
        criteria: rubric.criteria,
      },
      grade: current ? toResponse(current) : null,
      previousGrades: chain.slice(0, -1).map(toResponse),
      latest: !newer,
    };
  }

  /** Owner or the course's staff; 403 otherwise. */
  private async assertCanRead(
    actor: Actor,
    submission: SubmissionEntity,
    scenario?: ScenarioEntity,
  ): Promise<void> {
    if (submission.userId === actor.id) return;
    const moduleId = (scenario ?? (await this.find(this.dataSource.manager, submission.scenarioId)))
      .moduleId;
    const access = await this.curriculum.moduleAccess(actor, moduleId);
    if (!access.canEdit) throw new RoleplayException(RoleplayErrorCode.NotYourSubmission);
  }

  // ModuleItemsSource: role-plays appear in the outline and must be passed to complete a module.
  async load(
    em: EntityManager,
    moduleIds: string[],
  ): Promise<Map<string, Partial<ModuleItemsStructure>>> {
    const rows = await em.query<{ id: string; module_id: string; title: string }[]>(
      `SELECT sc.id, sc.module_id, sc.title FROM roleplay.scenario sc
        WHERE sc.module_id = ANY($1::uuid[]) ORDER BY sc.created_at, sc.id`,
      [moduleIds],
    );
    const found = new Map<string, Partial<ModuleItemsStructure>>();
    for (const row of rows) {
      const entry = found.get(row.module_id) ?? { roleplays: [] };
      entry.roleplays?.push({ id: row.id, title: row.title });
      found.set(row.module_id, entry);
    }
    return found;
  }

  override passedQuery(): string {
    return `SELECT DISTINCT s.scenario_id AS id FROM roleplay.submission s
              JOIN roleplay.grade g ON g.submission_id = s.id
             WHERE s.scenario_id = ANY($1::uuid[]) AND s.user_id = $2 AND g.outcome = 'pass'
               AND ${CURRENT_GRADE}`;
  }

  async copy(em: EntityManager, newModuleIdByOld: ReadonlyMap<string, string>): Promise<void> {
    if (newModuleIdByOld.size === 0) return;
    const olds = [...newModuleIdByOld.keys()];
    await em.query(
      `WITH pairs AS (SELECT * FROM unnest($1::uuid[], $2::uuid[]) AS p(old_id, new_id)),
            copied AS (
              INSERT INTO roleplay.scenario (module_id, lineage_id, title, situation, task, grader_notes, passing_score)
              SELECT p.new_id, sc.lineage_id, sc.title, sc.situation, sc.task, sc.grader_notes, sc.passing_score
                FROM roleplay.scenario sc JOIN pairs p ON p.old_id = sc.module_id
              RETURNING id, module_id, lineage_id)
       INSERT INTO roleplay.rubric_version (scenario_id, version, criteria)
       SELECT c.id, 1, rv.criteria
         FROM copied c
         JOIN pairs p ON p.new_id = c.module_id
         JOIN roleplay.scenario os ON os.module_id = p.old_id AND os.lineage_id = c.lineage_id
         JOIN LATERAL (SELECT criteria FROM roleplay.rubric_version r WHERE r.scenario_id = os.id ORDER BY r.version DESC LIMIT 1) rv ON true`,
      [olds, olds.map((id) => newModuleIdByOld.get(id))],
    );
  }

  private async submissionsOf(
    em: EntityManager,
    scenarioId: string,
    userId: string,
  ): Promise<{ status: SubmissionStatus; passed: boolean }[]> {
    const rows = await em.query<{ status: SubmissionStatus; passed: boolean }[]>(
      `SELECT s.status, coalesce(g.outcome = 'pass', false) AS passed
         FROM roleplay.submission s
         LEFT JOIN roleplay.grade g ON g.submission_id = s.id AND ${CURRENT_GRADE}
        WHERE s.scenario_id = $1 AND s.user_id = $2 ORDER BY s.number`,
      [scenarioId, userId],
    );
    return rows;
  }

  private assertOpen(previous: { status: SubmissionStatus; passed: boolean }[]): void {
    if (previous.some((s) => s.status === SubmissionStatus.Submitted))
      throw new RoleplayException(RoleplayErrorCode.SubmissionPending);
    if (previous.some((s) => s.passed))
      throw new RoleplayException(RoleplayErrorCode.AlreadyPassed);
  }

  /** The grade in force of a submission: the end of its correction chain. */
  private async currentGrade(em: EntityManager, submissionId: string): Promise<GradeEntity | null> {
    return orderChain(await em.findBy(GradeEntity, { submissionId })).at(-1) ?? null;
  }

  private async latestRubric(em: EntityManager, scenarioId: string): Promise<RubricVersionEntity> {
    const rubric = await em.findOne(RubricVersionEntity, {
      where: { scenarioId },
      order: { version: 'DESC' },
    });
    if (!rubric) throw new RoleplayException(RoleplayErrorCode.RoleplayNotFound);
    return rubric;
  }

  private async find(em: EntityManager, id: string): Promise<ScenarioEntity> {
    const scenario = await em.findOneBy(ScenarioEntity, { id });
    if (!scenario) throw new RoleplayException(RoleplayErrorCode.RoleplayNotFound);
    return scenario;
  }

  private async findSubmission(em: EntityManager, id: string): Promise<SubmissionEntity> {
    const submission = await em.findOneBy(SubmissionEntity, { id });
    if (!submission) throw new RoleplayException(RoleplayErrorCode.SubmissionNotFound);
    return submission;
  }
}

/** A submission's grades from the original to the grade in force, following corrections. */
function orderChain(grades: GradeEntity[]): GradeEntity[] {
  const byCorrected = new Map(grades.map((g) => [g.correctsGradeId, g]));
  const chain: GradeEntity[] = [];
  for (let next = byCorrected.get(null); next; next = byCorrected.get(next.id)) chain.push(next);
  return chain;
}

function nullStream(): Readable {
  return Readable.from([]);
}
