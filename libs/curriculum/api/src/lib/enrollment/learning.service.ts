import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Actor, AuditTrail, likePattern } from '@lms/platform/api';
import {
  AuditEventType,
  CourseStatus,
  type CourseSummary,
  type EnrollmentResponse,
  type EnrollmentSummary,
  type LessonResponse,
  type Page,
  type ProgressResponse,
  Role,
} from '@lms/shared/contracts';
import { DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import { CourseVersionEntity, LessonEntity, ModuleEntity } from '../course/course.entity';
import { loadTree, loadTrees } from '../course/course-tree';
import type { CompleteLessonDto, CourseListQueryDto } from '../course/dto/curriculum.dto';
import {
  completedLessonIds,
  isLearner,
  isStaff,
  loadVersions,
  OutlineService,
  toOutlineModules,
} from '../course/outline.service';
import { neighbours } from '../course/progress';
import { CurriculumErrorCode, CurriculumException } from '../curriculum.exception';
import { EnrollmentEntity, LessonProgressEntity } from './enrollment.entity';

/** Reading time credited per report is capped: a reader reports at least every few minutes. */
export const MAX_CREDITED_SECONDS_PER_REPORT = 300;

interface LessonContext {
  lesson: LessonEntity;
  module: ModuleEntity;
  version: CourseVersionEntity;
}

@Injectable()
export class LearningService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
    private readonly outlines: OutlineService,
  ) {}

  /** Trainees see published courses (their published version); staff see every course's latest version. */
  async listCourses(actor: Actor, query: CourseListQueryDto): Promise<Page<CourseSummary>> {
    // `view=learner` (the catalogue) shows everyone the published versions, staff included.
    const staff = isStaff(actor) && query.view !== 'learner';
    const params: unknown[] = [
      staff,
      actor.id,
      query.q ? likePattern(query.q) : null,
      query.status ?? null,
    ];
    const from = `
      FROM (
        SELECT DISTINCT ON (cv.course_id) cv.*
          FROM curriculum.course_version cv
         WHERE $1::boolean OR cv.status = 'published'
         ORDER BY cv.course_id, cv.version DESC
      ) v
      JOIN curriculum.course c ON c.id = v.course_id
     WHERE ($3::text IS NULL OR v.title ILIKE $3 ESCAPE '\\')
       AND ($4::text IS NULL OR v.status = $4)`;
    const [{ total } = { total: '0' }] = await this.dataSource.query<{ total: string }[]>(
      `SELECT count(*)::text AS total ${from} AND $2::uuid IS NOT NULL`,
      params,
    );
    const rows = await this.dataSource.query<
      {
        id: string;
        title: string;
        summary: string;
        status: CourseStatus;
        version: number;
        credit_designations: CourseSummary['creditDesignations'];
        updated_at: Date;
        published_version: number | null;
        module_count: number;
        minutes: number;
        latest_status: CourseStatus;
        enrolled: boolean;
        owner: boolean;
      }[]
    >(
      `SELECT v.course_id AS id, v.title, v.summary, v.status, v.version, v.credit_designations, v.updated_at,
              (SELECT max(p.version) FROM curriculum.course_version p WHERE p.course_id = v.course_id AND p.status = 'published') AS published_version,
              (SELECT count(*)::int FROM curriculum.module m WHERE m.version_id = v.id) AS module_count,
              (SELECT coalesce(sum(l.estimated_minutes), 0)::int FROM curriculum.lesson l
                 JOIN curriculum.module m ON m.id = l.module_id WHERE m.version_id = v.id) AS minutes,
              EXISTS (SELECT 1 FROM curriculum.enrollment e WHERE e.course_id = v.course_id AND e.user_id = $2) AS enrolled,
              EXISTS (SELECT 1 FROM curriculum.course_owner o WHERE o.course_id = v.course_id AND o.user_id = $2) AS owner
       ${from}
       ORDER BY lower(v.title), v.course_id
       LIMIT ${query.limit} OFFSET ${query.offset}`,
      params,
    );
    const admin = actor.roles.includes(Role.Admin);
    return {
      total: Number(total),
      items: rows.map((r) => ({
        id: r.id,
        title: r.title,
        summary: r.summary,
        status: r.status,
        version: r.version,
        publishedVersion: r.published_version,
        hasDraft: staff && r.status === CourseStatus.Draft,
        moduleCount: r.module_count,
        estimatedMinutes: r.minutes,
        creditDesignations: r.credit_designations,
        enrolled: r.enrolled,
        canEdit: admin || (staff && r.owner),
        updatedAt: new Date(r.updated_at).toISOString(),
      })),
    };
  }

  /** Self-enrollment in the published version; once per trainee and course (409 after). */
  async enroll(actor: Actor, courseId: string): Promise<EnrollmentResponse> {
    return this.dataSource.transaction(async (em) => {
      const { published } = await loadVersions(em, courseId);
      if (!published) throw new CurriculumException(CurriculumErrorCode.CourseNotFound);
      const enrollment = em.create(EnrollmentEntity, {
        userId: actor.id,
        courseId,
        versionId: published.id,
      });
      try {
        await em.insert(EnrollmentEntity, enrollment);
      } catch (error) {
        if (
          error instanceof QueryFailedError &&
          (error.driverError as { code?: string }).code === '23505'
        ) {
          throw new CurriculumException(CurriculumErrorCode.AlreadyEnrolled);
        }
        throw error;
      }
      await this.audit.record(em, {
        type: AuditEventType.EnrollmentCreated,
        actorId: actor.id,
        subjectType: 'course',
        subjectId: courseId,
        payload: { enrollmentId: enrollment.id, version: published.version },
      });
      return {
        id: enrollment.id,
        courseId,
        version: published.version,
        enrolledAt: enrollment.createdAt.toISOString(),
      };
    });
  }

  /**
   * The trainee's courses with progress, in a fixed number of queries per page: one for the
   * page (enrollments, their versions, completed lessons, the total), the structures (cached
   * once published) and one per item source for pass states.
   */
  myEnrollments(actor: Actor, limit: number, offset: number): Promise<Page<EnrollmentSummary>> {
    return this.outlines.forTrainee(actor, `mine:${limit}:${offset}`, () =>
      this.readEnrollments(actor, limit, offset),
    );
  }

  private async readEnrollments(
    actor: Actor,
    limit: number,
    offset: number,
  ): Promise<Page<EnrollmentSummary>> {
    const em = this.dataSource.manager;
    const rows = await em.query<
      {
        id: string;
        course_id: string;
        version_id: string;
        created_at: Date;
        last_activity_at: Date | null;
        completed_at: Date | null;
        total: string;
        title: string;
        summary: string;
        version: number;
        completed: string[] | null;
      }[]
    >(
      `WITH page AS (
         SELECT e.id, e.course_id, e.version_id, e.created_at, e.last_activity_at, e.completed_at,
                count(*) OVER () AS total
           FROM curriculum.enrollment e
          WHERE e.user_id = $1
          ORDER BY e.last_activity_at DESC NULLS LAST, e.created_at DESC, e.id
          LIMIT $2 OFFSET $3)
       SELECT page.*, v.title, v.summary, v.version,
              (SELECT array_agg(p.lesson_id) FROM curriculum.lesson_progress p
                WHERE p.enrollment_id = page.id AND p.completed_at IS NOT NULL) AS completed
         FROM page JOIN curriculum.course_version v ON v.id = page.version_id
        ORDER BY page.last_activity_at DESC NULLS LAST, page.created_at DESC, page.id`,
      [actor.id, limit, offset],
    );
    const total =
      rows.length > 0
        ? Number(rows[0]?.total)
        : offset > 0
          ? await em.count(EnrollmentEntity, { where: { userId: actor.id } })
          : 0;
    if (rows.length === 0) return { items: [], total };
    const trees = await loadTrees(em, [...new Set(rows.map((r) => r.version_id))], {
      registry: this.outlines.items,
      userId: actor.id,
    });
    return {
      total,
      items: rows.map((e) => {
        const { progress } = toOutlineModules(
          trees.get(e.version_id) ?? { modules: [] },
          new Set(e.completed ?? []),
        );
        return {
          id: e.id,
          courseId: e.course_id,
          title: e.title,
          summary: e.summary,
          version: e.version,
          enrolledAt: e.created_at.toISOString(),
          lastActivityAt: e.last_activity_at?.toISOString() ?? null,
          percentComplete: progress.percentComplete,
          completedAt: e.completed_at?.toISOString() ?? null,
          nextItem: progress.nextItem,
        };
      }),
    };
  }

  /**
   * A lesson. Staff read any; a trainee reads lessons of the version they are enrolled in,
   * and only in unlocked modules (403 otherwise). Opening it records when it was first opened.
   */
  async getLesson(actor: Actor, lessonId: string): Promise<LessonResponse> {
    const em = this.dataSource.manager;
    const ctx = await this.lessonContext(em, lessonId);
    const access = await this.learnerAccess(em, actor, ctx);
    let progress: LessonProgressEntity | null = null;
    if (access.enrollment) {
      await em.query(
        `INSERT INTO curriculum.lesson_progress (enrollment_id, lesson_id, first_opened_at, last_activity_at)
         VALUES ($1, $2, now(), now()) ON CONFLICT (enrollment_id, lesson_id) DO NOTHING`,
        [access.enrollment.id, lessonId],
      );
      progress = await em.findOneBy(LessonProgressEntity, {
        enrollmentId: access.enrollment.id,
        lessonId,
      });
    }
    const { previous, next } = neighbours(access.modules, lessonId);
    return {
      id: ctx.lesson.id,
      courseId: ctx.version.courseId,
      moduleId: ctx.module.id,
      moduleTitle: ctx.module.title,
      courseTitle: ctx.version.title,
      version: ctx.version.version,
      title: ctx.lesson.title,
      body: ctx.lesson.body,
      estimatedMinutes: ctx.lesson.estimatedMinutes,
      resources: ctx.lesson.resources,
      position: ctx.lesson.position,
      completed: Boolean(progress?.completedAt),
      timeSpentSeconds: progress?.timeSpentSeconds ?? 0,
      previousItem: previous,
      nextItem: next,
    };
  }

  /** Marks a lesson complete (idempotent) and credits the reading time since the last report. */
  async complete(
    actor: Actor,
    lessonId: string,
    dto: CompleteLessonDto,
  ): Promise<ProgressResponse> {
    return this.dataSource.transaction(async (em) => {
      const ctx = await this.lessonContext(em, lessonId);
      const { enrollment } = await this.learnerAccess(em, actor, ctx, true);
      if (!enrollment) throw new CurriculumException(CurriculumErrorCode.NotEnrolled);
      const row = await this.creditTime(em, enrollment.id, lessonId, dto.timeSpentSeconds);
      const completedAt = row.completedAt ?? new Date();
      if (!row.completedAt) await em.update(LessonProgressEntity, { id: row.id }, { completedAt });
      const tree = await loadTree(em, ctx.version.id, {
        registry: this.outlines.items,
        userId: actor.id,
      });
      const { progress } = toOutlineModules(tree, await completedLessonIds(em, enrollment.id));
      await em.update(EnrollmentEntity, { id: enrollment.id }, { lastActivityAt: new Date() });
      // One rule for the completion date, shared with quiz passes and role-play grades.
      await this.outlines.syncCompletion(em, actor.id, ctx.module.id);
      return {
        courseId: ctx.version.courseId,
        lessonId,
        completed: true,
        completedAt: completedAt.toISOString(),
        timeSpentSeconds: row.timeSpentSeconds,
        percentComplete: progress.percentComplete,
        nextItem: progress.nextItem,
      };
    });
  }

  /** A reading heartbeat from the lesson reader. */
  async recordActivity(actor: Actor, lessonId: string, seconds: number | undefined): Promise<void> {
    await this.dataSource.transaction(async (em) => {
      const ctx = await this.lessonContext(em, lessonId);
      const { enrollment } = await this.learnerAccess(em, actor, ctx, true);
      if (!enrollment) throw new CurriculumException(CurriculumErrorCode.NotEnrolled);
      await this.creditTime(em, enrollment.id, lessonId, seconds);
      await em.update(EnrollmentEntity, { id: enrollment.id }, { lastActivityAt: new Date() });
    });
  }

  /**
   * Adds reading time under a row lock, never more than the wall-clock time since the last
   * credit (nor more than 5 minutes per report), so a client cannot inflate proof of time.
   */
  private async creditTime(
    em: EntityManager,
    enrollmentId: string,
    lessonId: string,
    reported: number | undefined,
  ): Promise<LessonProgressEntity> {
    await em.query(
      `INSERT INTO curriculum.lesson_progress (enrollment_id, lesson_id, first_opened_at, last_activity_at)
       VALUES ($1, $2, now(), now()) ON CONFLICT (enrollment_id, lesson_id) DO NOTHING`,
      [enrollmentId, lessonId],
    );
    const row = await em.findOneOrFail(LessonProgressEntity, {
      where: { enrollmentId, lessonId },
      lock: { mode: 'pessimistic_write' },
    });
    const now = new Date();
    const elapsed = Math.max(0, Math.floor((now.getTime() - row.lastActivityAt.getTime()) / 1000));
    const credited = Math.min(reported ?? elapsed, elapsed, MAX_CREDITED_SECONDS_PER_REPORT);
    row.timeSpentSeconds += credited;
    row.lastActivityAt = now;
    await em.update(
      LessonProgressEntity,
      { id: row.id },
      { timeSpentSeconds: row.timeSpentSeconds, lastActivityAt: now },
    );
    return row;
  }

  private async lessonContext(em: EntityManager, lessonId: string): Promise<LessonContext> {
    const lesson = await em.findOneBy(LessonEntity, { id: lessonId });
    const module = lesson && (await em.findOneBy(ModuleEntity, { id: lesson.moduleId }));
    const version = module && (await em.findOneBy(CourseVersionEntity, { id: module.versionId }));
    if (!lesson || !module || !version)
      throw new CurriculumException(CurriculumErrorCode.LessonNotFound);
    return { lesson, module, version };
  }

  /** Staff read everything; a trainee needs an enrollment in this version and an unlocked module. */
  private async learnerAccess(
    em: EntityManager,
    actor: Actor,
    ctx: LessonContext,
    learnerOnly = false,
  ): Promise<{
    enrollment: EnrollmentEntity | null;
    modules: ReturnType<typeof toOutlineModules>['modules'];
  }> {
    const enrollment = isLearner(actor)
      ? await em.findOneBy(EnrollmentEntity, { userId: actor.id, courseId: ctx.version.courseId })
      : null;
    const tree = await loadTree(em, ctx.version.id, {
      registry: this.outlines.items,
      userId: enrollment ? actor.id : null,
    });
    if (enrollment?.versionId === ctx.version.id) {
      const { modules } = toOutlineModules(tree, await completedLessonIds(em, enrollment.id));
      if (modules.find((m) => m.id === ctx.module.id)?.locked)
        throw new CurriculumException(CurriculumErrorCode.LessonLocked);
      return { enrollment, modules };
    }
    if (!learnerOnly && isStaff(actor))
      return { enrollment: null, modules: toOutlineModules(tree, null).modules };
    if (ctx.version.status === CourseStatus.Draft && !isStaff(actor))
      throw new CurriculumException(CurriculumErrorCode.LessonNotFound);
    throw new CurriculumException(CurriculumErrorCode.NotEnrolled);
  }
}
