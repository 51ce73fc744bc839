import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IdentityFacade } from '@lms/identity/api';
import { type Actor, CacheInvalidation, type InvalidatedCache } from '@lms/platform/api';
import {
  type CourseOutline,
  CourseStatus,
  hasPermission,
  type OutlineModule,
  Permission,
  Role,
} from '@lms/shared/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { CurriculumErrorCode, CurriculumException } from '../curriculum.exception';
import { LessonProgressEntity } from '../enrollment/enrollment.entity';
import { CourseOwnerEntity, CourseVersionEntity } from './course.entity';
import { loadTree, type VersionTree } from './course-tree';
import { ModuleItemsRegistry } from './module-items';
import { computeProgress } from './progress';

export interface CourseVersions {
  all: CourseVersionEntity[];
  latest: CourseVersionEntity;
  published: CourseVersionEntity | null;
}

export function isStaff(actor: Actor): boolean {
  return hasPermission(actor.roles, Permission.CourseAuthor);
}

export function isLearner(actor: Actor): boolean {
  return hasPermission(actor.roles, Permission.CourseLearn);
}

/** Every version of a course, oldest first; 404 when the course does not exist. */
export async function loadVersions(em: EntityManager, courseId: string): Promise<CourseVersions> {
  const all = await em.find(CourseVersionEntity, {
    where: { courseId },
    order: { version: 'ASC' },
  });
  const latest = all.at(-1);
  if (!latest) throw new CurriculumException(CurriculumErrorCode.CourseNotFound);
  const published = [...all].reverse().find((v) => v.status === CourseStatus.Published) ?? null;
  return { all, latest, published };
}

type VersionSummary = Pick<
  CourseVersionEntity,
  'id' | 'version' | 'status' | 'title' | 'summary' | 'learningObjectives' | 'creditDesignations'
>;

export interface CourseState {
  versions: { all: VersionSummary[]; latest: VersionSummary; published: VersionSummary | null };
  enrollment: { id: string; versionId: string } | null;
  completedLessonIds: string[];
  /** Oldest first. */
  ownerIds: string[];
}

/**
 * A course's versions, a reader's enrollment and completed lessons, and the course's owners,
 * in one statement (each part by its own index). 404 when the course does not exist.
 */
export async function courseState(
  em: EntityManager,
  courseId: string,
  learnerId: string | null,
): Promise<CourseState> {
  const rows = await em.query<
    {
      versions: VersionSummary[] | null;
      enrollment: { id: string; versionId: string } | null;
      completed: string[] | null;
      owners: string[] | null;
    }[]
  >(
    `SELECT
       (SELECT json_agg(json_build_object(
                 'id', v.id, 'version', v.version, 'status', v.status, 'title', v.title,
                 'summary', v.summary, 'learningObjectives', v.learning_objectives,
                 'creditDesignations', v.credit_designations) ORDER BY v.version)
          FROM curriculum.course_version v WHERE v.course_id = $1) AS versions,
       (SELECT json_build_object('id', e.id, 'versionId', e.version_id)
          FROM curriculum.enrollment e WHERE e.user_id = $2 AND e.course_id = $1) AS enrollment,
       (SELECT array_agg(p.lesson_id)
          FROM curriculum.enrollment e
          JOIN curriculum.lesson_progress p ON p.enrollment_id = e.id AND p.completed_at IS NOT NULL
         WHERE e.user_id = $2 AND e.course_id = $1) AS completed,
       (SELECT array_agg(o.user_id ORDER BY o.created_at, o.id)
          FROM curriculum.course_owner o WHERE o.course_id = $1) AS owners`,
    [courseId, learnerId],
  );
  const row = rows.at(0);
  const all = row?.versions ?? [];
  const latest = all.at(-1);
  if (!latest) throw new CurriculumException(CurriculumErrorCode.CourseNotFound);
  return {
    versions: {
      all,
      latest,
      published: [...all].reverse().find((v) => v.status === CourseStatus.Published) ?? null,
    },
    enrollment: row?.enrollment ?? null,
    completedLessonIds: row?.completed ?? [],
    ownerIds: row?.owners ?? [],
  };
}

export async function completedLessonIds(
  em: EntityManager,
  enrollmentId: string,
): Promise<Set<string>> {
  const rows = await em
    .createQueryBuilder(LessonProgressEntity, 'p')
    .select('p.lessonId', 'lessonId')
    .where('p.enrollmentId = :enrollmentId AND p.completedAt IS NOT NULL', { enrollmentId })
    .getRawMany<{ lessonId: string }>();
  return new Set(rows.map((r) => r.lessonId));
}

/** Builds outline modules with lock and completion state for one trainee (or none). */
export function toOutlineModules(
  tree: VersionTree,
  completed: ReadonlySet<string> | null,
): {
  modules: OutlineModule[];
  progress: ReturnType<typeof computeProgress>;
} {
  const progress = computeProgress(
    tree.modules.map((m) => ({
      id: m.id,
      title: m.title,
      lessons: m.lessons,
      quizzes: m.quizzes,
      roleplays: m.roleplays,
    })),
    completed ?? new Set(),
  );
  const modules = tree.modules.map((m, i): OutlineModule => ({
    id: m.id,
    title: m.title,
    category: m.category,
    position: m.position,
    learningObjectives: m.learningObjectives,
    locked: completed ? (progress.modules[i]?.locked ?? false) : false,
    completed: completed ? (progress.modules[i]?.completed ?? false) : false,
    lessons: m.lessons.map((l) => ({
      id: l.id,
      title: l.title,
      estimatedMinutes: l.estimatedMinutes,
      position: l.position,
      completed: completed?.has(l.id) ?? false,
    })),
    quizzes: m.quizzes.map((q) => ({
      id: q.id,
      title: q.title,
      isPostTest: q.isPostTest,
      passed: completed ? q.passed : false,
    })),
    roleplays: m.roleplays.map((r) => ({
      id: r.id,
      title: r.title,
      passed: completed ? r.passed : false,
    })),
  }));
  return { modules, progress };
}

export interface ModuleAccess {
  moduleId: string;
  courseId: string;
  versionId: string;
  versionStatus: CourseStatus;
  /** Instructors and admins (not as a trainee). */
  staff: boolean;
  canEdit: boolean;
  /** Enrolled in this module's version. */
  enrolled: boolean;
  /** For an enrolled trainee: the module is not yet open. */
  locked: boolean;
}

@Injectable()
export class OutlineService {
  /**
   * What a trainee reads most (their outline of a course, their course list), per trainee:
   * dropped on every process by PostgreSQL notifications at the commit of anything it is made
   * of (migration NotifyOutlineChanges), and by this process as soon as one of the trainee's
   * own write requests is answered (readYourWrites).
   */
  private readonly readerCache: InvalidatedCache<unknown>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly identity: IdentityFacade,
    readonly items: ModuleItemsRegistry,
    invalidation: CacheInvalidation,
  ) {
    this.readerCache = invalidation.cache<unknown>('outline', {
      maxEntries: 50_000,
      ttlMs: 10 * 60_000,
      groupOf: (key) => key.slice(0, key.indexOf(':')),
      perUser: true,
    });
  }

  /**
   * `load()` for a trainee, cached under `key` for them; staff and admins always read afresh
   * (their views include drafts and editing rights).
   */
  forTrainee<T>(actor: Actor, key: string, load: () => Promise<T>): Promise<T> {
    if (!isLearner(actor) || isStaff(actor) || actor.roles.includes(Role.Admin)) return load();
    return this.readerCache.get(`${actor.id}:${key}`, load) as Promise<T>;
  }

  /** The outline as GET /api/courses/:id serves it (cached for trainees, see forTrainee). */
  readerOutline(actor: Actor, courseId: string): Promise<CourseOutline> {
    return this.forTrainee(actor, `course:${courseId}`, () => this.getOutline(actor, courseId));
  }

  async canEdit(em: EntityManager, actor: Actor, courseId: string): Promise<boolean> {
    if (actor.roles.includes(Role.Admin)) return true;
    if (!isStaff(actor)) return false;
    return em.exists(CourseOwnerEntity, { where: { courseId, userId: actor.id } });
  }

  /**
   * Keeps an enrollment's completion date true to its progress after something in a module
   * changed for a trainee (a quiz passed, a role-play graded or regraded): set when every item
   * is done, cleared when a correction takes a pass away. Runs in the caller's transaction.
   */
  async syncCompletion(em: EntityManager, userId: string, moduleId: string): Promise<void> {
    const rows = await em.query<
      { id: string; version_id: string; completed_at: Date | null; completed: string[] | null }[]
    >(
      `SELECT e.id, e.version_id, e.completed_at,
              (SELECT array_agg(p.lesson_id) FROM curriculum.lesson_progress p
                WHERE p.enrollment_id = e.id AND p.completed_at IS NOT NULL) AS completed
         FROM curriculum.module m
         JOIN curriculum.course_version v ON v.id = m.version_id
         JOIN curriculum.enrollment e ON e.course_id = v.course_id AND e.version_id = v.id
        WHERE m.id = $1 AND e.user_id = $2
          FOR UPDATE OF e`,
      [moduleId, userId],
    );
    const enrollment = rows.at(0);
    if (!enrollment) return;
    const tree = await loadTree(em, enrollment.version_id, { registry: this.items, userId });
    const { progress } = toOutlineModules(tree, new Set(enrollment.completed ?? []));
    const complete = progress.percentComplete === 100;
    if (complete === (enrollment.completed_at !== null)) return;
    await em.query(`UPDATE curriculum.enrollment SET completed_at = $2 WHERE id = $1`, [
      enrollment.id,
      complete ? new Date() : null,
    ]);
  }

  /** Who may do what with a module: one statement, plus the lock state for an enrolled trainee. */
  async moduleAccess(actor: Actor, moduleId: string): Promise<ModuleAccess> {
    const em = this.dataSource.manager;
    const rows = await em.query<
      {
        version_id: string;
        course_id: string;
        status: CourseStatus;
        enrollment_id: string | null;
        enrolled_version_id: string | null;
        completed: string[] | null;
        owner: boolean;
      }[]
    >(
      `SELECT v.id AS version_id, v.course_id, v.status,
              e.id AS enrollment_id, e.version_id AS enrolled_version_id,
              (SELECT array_agg(p.lesson_id) FROM curriculum.lesson_progress p
                WHERE p.enrollment_id = e.id AND p.completed_at IS NOT NULL) AS completed,
              EXISTS (SELECT 1 FROM curriculum.course_owner o
                       WHERE o.course_id = v.course_id AND o.user_id = $3) AS owner
         FROM curriculum.module m
         JOIN curriculum.course_version v ON v.id = m.version_id
         LEFT JOIN curriculum.enrollment e ON e.user_id = $2 AND e.course_id = v.course_id
        WHERE m.id = $1`,
      [moduleId, isLearner(actor) ? actor.id : null, actor.id],
    );
    const row = rows.at(0);
    if (!row) throw new CurriculumException(CurriculumErrorCode.ModuleNotFound);
    const enrolled = row.enrollment_id !== null && row.enrolled_version_id === row.version_id;
    let locked = false;
    if (enrolled) {
      const tree = await loadTree(em, row.version_id, {
        registry: this.items,
        userId: actor.id,
        passesBefore: moduleId,
      });
      const { modules } = toOutlineModules(tree, new Set(row.completed ?? []));
      locked = modules.find((m) => m.id === moduleId)?.locked ?? false;
    }
    const staff = isStaff(actor);
    return {
      moduleId,
      courseId: row.course_id,
      versionId: row.version_id,
      versionStatus: row.status,
      staff,
      canEdit: actor.roles.includes(Role.Admin) || (staff && row.owner),
      enrolled,
      locked,
    };
  }

  /**
   * The outline in a fixed number of queries whatever the course size: one for the course's
   * versions, the reader's enrollment and completed lessons and the owners; the structure (read
   * once per published version, then cached); one per item source for pass states; the owners'
   * names. A trainee sees the version they are enrolled in, or else the published one; drafts
   * never. Staff see the latest version (the draft when there is one).
   */
  async getOutline(actor: Actor, courseId: string): Promise<CourseOutline> {
    const em = this.dataSource.manager;
    const state = await courseState(em, courseId, isLearner(actor) ? actor.id : null);
    const enrollment = state.enrollment;
    const staff = isStaff(actor);
    const version = enrollment
      ? state.versions.all.find((v) => v.id === enrollment.versionId)
      : staff
        ? state.versions.latest
        : state.versions.published;
    if (!version) throw new CurriculumException(CurriculumErrorCode.CourseNotFound);
    const versions = state.versions;

    const tree = await loadTree(em, version.id, {
      registry: this.items,
      userId: enrollment ? actor.id : null,
    });
    const completed = enrollment ? new Set(state.completedLessonIds) : null;
    const { modules, progress } = toOutlineModules(tree, completed);
    const owners = await this.identity.getUsers(state.ownerIds);
    const canEdit =
      actor.roles.includes(Role.Admin) || (staff && state.ownerIds.includes(actor.id));
    return {
      id: courseId,
      versionId: version.id,
      title: version.title,
      summary: version.summary,
      status: version.status,
      version: version.version,
      publishedVersion: versions.published?.version ?? null,
      hasDraft: staff && versions.latest.status === CourseStatus.Draft,
      learningObjectives: version.learningObjectives,
      creditDesignations: version.creditDesignations,
      estimatedMinutes: tree.modules.reduce(
        (sum, m) => sum + m.lessons.reduce((s, l) => s + l.estimatedMinutes, 0),
        0,
      ),
      modules,
      percentComplete: enrollment ? progress.percentComplete : 0,
      enrolled: enrollment !== null,
      nextItem: enrollment ? progress.nextItem : null,
      canEdit,
      owners: state.ownerIds.flatMap((ownerId) => {
        const user = owners.find((u) => u.id === ownerId);
        return user ? [{ id: user.id, fullName: user.fullName }] : [];
      }),
    };
  }
}
