import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CurriculumFacade, type ModuleItems, ModuleItemsSource } from '@lms/curriculum/api';
import { IdentityFacade } from '@lms/identity/api';
import { type Actor, AuditTrail, Notifier } from '@lms/platform/api';
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
import { DataSource, type EntityManager } from 'typeorm';
import type {
  CreateRoleplayDto,
  CreateSubmissionDto,
  GradeDto,
  GradingQueueQueryDto,
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
      ...(access.staff && !access.enrolled ? { graderNotes: scenario.graderNotes } : {}),
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

  /** A trainee's submission; serialised per trainee and role-play so two cannot wait at once. */
  async submit(
    actor: Actor,
    id: string,
    dto: CreateSubmissionDto,
  ): Promise<{ id: string; status: 'submitted' }> {
    const scenario = await this.find(this.dataSource.manager, id);
    const access = await this.curriculum.moduleAccess(actor, scenario.moduleId);
    if (!access.enrolled) throw new RoleplayException(RoleplayErrorCode.NotEnrolled);
    if (access.locked) throw new RoleplayException(RoleplayErrorCode.RoleplayLocked);
    return this.dataSource.transaction(async (em) => {
      await em.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`roleplay:${id}:${actor.id}`]);
      const previous = await this.submissionsOf(em, id, actor.id);
      if (previous.some((s) => s.status === SubmissionStatus.Submitted))
        throw new RoleplayException(RoleplayErrorCode.SubmissionPending);
      if (previous.some((s) => s.passed))
        throw new RoleplayException(RoleplayErrorCode.AlreadyPassed);
      const rubric = await this.latestRubric(em, id);
      const submission = em.create(SubmissionEntity, {
        scenarioId: id,
        rubricVersionId: rubric.id,
        userId: actor.id,
        number: previous.length + 1,
        status: SubmissionStatus.Submitted,
        transcript: dto.transcript,
        reflection: dto.reflection,
      });
      await em.insert(SubmissionEntity, submission);
      return { id: submission.id, status: 'submitted' as const };
    });
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
      if (submission.status === SubmissionStatus.Graded)
        throw new RoleplayException(RoleplayErrorCode.AlreadyGraded);
      const rubric = await em.findOneByOrFail(RubricVersionEntity, {
        id: submission.rubricVersionId,
      });
      const scores = scoreRubric(rubric, dto.scores);
      const points = scores.reduce((sum, s) => sum + s.points, 0);
      const maxPoints = maxPointsOf(rubric);
      const percent = maxPoints === 0 ? 0 : Math.round((points / maxPoints) * 10_000) / 100;
      await em.insert(GradeEntity, {
        submissionId,
        graderId: actor.id,
        scores,
        points,
        maxPoints,
        percent,
        outcome: dto.outcome === 'pass' ? GradeOutcome.Pass : GradeOutcome.Revise,
        feedback: dto.feedback,
      });
      await em.update(SubmissionEntity, { id: submissionId }, { status: SubmissionStatus.Graded });
      await this.audit.record(em, {
        type: AuditEventType.SubmissionGraded,
        actorId: actor.id,
        subjectType: 'submission',
        subjectId: submissionId,
        payload: {
          userId: submission.userId,
          roleplayId: scenarioId,
          points,
          maxPoints,
          percent,
          outcome: dto.outcome,
        },
      });
      const trainee = (await this.identity.getUsers([submission.userId])).at(0);
      if (trainee) {
        await this.notifier.notify(em, {
          userId: trainee.id,
          email: trainee.email,
          title: `Your role-play "${scenario.title}" was graded`,
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

  async getSubmission(actor: Actor, submissionId: string): Promise<SubmissionResponse> {
    const em = this.dataSource.manager;
    const submission = await this.findSubmission(em, submissionId);
    const scenario = await this.find(em, submission.scenarioId);
    if (submission.userId !== actor.id) {
      const access = await this.curriculum.moduleAccess(actor, scenario.moduleId);
      if (!access.canEdit) throw new RoleplayException(RoleplayErrorCode.NotYourSubmission);
    }
    const grade = await em.findOneBy(GradeEntity, { submissionId });
    const users = await this.identity.getUsers([
      submission.userId,
      ...(grade ? [grade.graderId] : []),
    ]);
    const name = (id: string): string => users.find((u) => u.id === id)?.fullName ?? '';
    const gradeResponse: GradeResponse | null = grade
      ? {
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
        }
      : null;
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
      grade: gradeResponse,
    };
  }

  // ModuleItemsSource: role-plays appear in the outline and must be passed to complete a module.
  async load(
    em: EntityManager,
    moduleIds: string[],
    userId: string | null,
  ): Promise<Map<string, Partial<ModuleItems>>> {
    const rows = await em.query<
      { id: string; module_id: string; title: string; passed: boolean }[]
    >(
      `SELECT sc.id, sc.module_id, sc.title,
              ($2::uuid IS NOT NULL AND EXISTS (
                SELECT 1 FROM roleplay.submission s JOIN roleplay.grade g ON g.submission_id = s.id
                 WHERE s.scenario_id = sc.id AND s.user_id = $2 AND g.outcome = 'pass')) AS passed
         FROM roleplay.scenario sc WHERE sc.module_id = ANY($1::uuid[]) ORDER BY sc.created_at, sc.id`,
      [moduleIds, userId],
    );
    const found = new Map<string, Partial<ModuleItems>>();
    for (const row of rows) {
      const entry = found.get(row.module_id) ?? { roleplays: [] };
      entry.roleplays?.push({ id: row.id, title: row.title, passed: row.passed });
      found.set(row.module_id, entry);
    }
    return found;
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
         FROM roleplay.submission s LEFT JOIN roleplay.grade g ON g.submission_id = s.id
        WHERE s.scenario_id = $1 AND s.user_id = $2 ORDER BY s.number`,
      [scenarioId, userId],
    );
    return rows;
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
