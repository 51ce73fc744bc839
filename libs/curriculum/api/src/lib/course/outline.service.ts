import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IdentityFacade } from '@lms/identity/api';
import type { Actor } from '@lms/platform/api';
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
import { EnrollmentEntity, LessonProgressEntity } from '../enrollment/enrollment.entity';
import { CourseOwnerEntity, CourseVersionEntity, ModuleEntity } from './course.entity';
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
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly identity: IdentityFacade,
    readonly items: ModuleItemsRegistry,
  ) {}

  async canEdit(em: EntityManager, actor: Actor, courseId: string): Promise<boolean> {
    if (actor.roles.includes(Role.Admin)) return true;
    if (!isStaff(actor)) return false;
    return em.exists(CourseOwnerEntity, { where: { courseId, userId: actor.id } });
  }

  async moduleAccess(actor: Actor, moduleId: string): Promise<ModuleAccess> {
    const em = this.dataSource.manager;
    const module = await em.findOneBy(ModuleEntity, { id: moduleId });
    const version = module && (await em.findOneBy(CourseVersionEntity, { id: module.versionId }));
    if (!module || !version) throw new CurriculumException(CurriculumErrorCode.ModuleNotFound);
    const enrollment = isLearner(actor)
      ? await em.findOneBy(EnrollmentEntity, { userId: actor.id, courseId: version.courseId })
      : null;
    const enrolled = enrollment?.versionId === version.id;
    let locked = false;
    if (enrollment && enrolled) {
      const tree = await loadTree(em, version.id, { registry: this.items, userId: actor.id });
      const { modules } = toOutlineModules(tree, await completedLessonIds(em, enrollment.id));
      locked = modules.find((m) => m.id === moduleId)?.locked ?? false;
    }
    return {
      moduleId,
      courseId: version.courseId,
      versionId: version.id,
      versionStatus: version.status,
      staff: isStaff(actor),
      canEdit: await this.canEdit(em, actor, version.courseId),
      enrolled,
      locked,
    };
  }

  /**
   * The outline in a fixed number of queries whatever the course size: versions, enrollment,
   * modules, lessons, progress, owners (+ their names).
   * A trainee sees the version they are enrolled in, or else the published one; drafts never.
   * Staff see the latest version (the draft when there is one).
   */
  async getOutline(actor: Actor, courseId: string): Promise<CourseOutline> {
    const em = this.dataSource.manager;
    const versions = await loadVersions(em, courseId);
    const enrollment = isLearner(actor)
      ? await em.findOneBy(EnrollmentEntity, { userId: actor.id, courseId })
      : null;
    const staff = isStaff(actor);
    const version = enrollment
      ? versions.all.find((v) => v.id === enrollment.versionId)
      : staff
        ? versions.latest
        : versions.published;
    if (!version) throw new CurriculumException(CurriculumErrorCode.CourseNotFound);

    const tree = await loadTree(em, version.id, {
      registry: this.items,
      userId: enrollment ? actor.id : null,
    });
    const completed = enrollment ? await completedLessonIds(em, enrollment.id) : null;
    const { modules, progress } = toOutlineModules(tree, completed);
    const ownerRows = await em.find(CourseOwnerEntity, {
      where: { courseId },
      order: { createdAt: 'ASC' },
    });
    const owners = await this.identity.getUsers(ownerRows.map((o) => o.userId));
    const canEdit =
      actor.roles.includes(Role.Admin) || (staff && ownerRows.some((o) => o.userId === actor.id));
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
      owners: ownerRows.flatMap((o) => {
        const user = owners.find((u) => u.id === o.userId);
        return user ? [{ id: user.id, fullName: user.fullName }] : [];
      }),
    };
  }
}
