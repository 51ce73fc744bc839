import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IdentityFacade } from '@lms/identity/api';
import { type Actor, AuditTrail } from '@lms/platform/api';
import {
  AuditEventType,
  type CourseOutline,
  CourseStatus,
  type ModuleResponse,
  Role,
} from '@lms/shared/contracts';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager, In } from 'typeorm';
import { CurriculumErrorCode, CurriculumException } from '../curriculum.exception';
import {
  CourseEntity,
  CourseOwnerEntity,
  CourseVersionEntity,
  LessonEntity,
  ModuleEntity,
} from './course.entity';
import { loadTree } from './course-tree';
import type {
  CreateCourseDto,
  CreateLessonDto,
  CreateModuleDto,
  UpdateCourseDto,
  UpdateLessonDto,
  UpdateModuleDto,
} from './dto/curriculum.dto';
import { OutlineService } from './outline.service';

function toModuleResponse(module: ModuleEntity, version: CourseVersionEntity): ModuleResponse {
  return {
    id: module.id,
    courseId: version.courseId,
    version: version.version,
    title: module.title,
    category: module.category,
    position: module.position,
    learningObjectives: module.learningObjectives,
  };
}

/** Writes positions 0..n-1 in the given order, in one statement. */
async function writeOrder(
  em: EntityManager,
  table: 'module' | 'lesson',
  ids: string[],
): Promise<void> {
  if (ids.length === 0) return;
  await em.query(
    `UPDATE "curriculum"."${table}" AS t SET "position" = o.ord - 1, "updated_at" = now()
       FROM unnest($1::uuid[]) WITH ORDINALITY AS o(id, ord) WHERE t.id = o.id`,
    [ids],
  );
}

interface Lineaged {
  id: string;
  lineageId: string;
}

/**
 * Maps the requested order (ids from the draft or from the version it was copied from) onto
 * the draft's rows by lineage; 400 unless it names every row exactly once.
 */
function orderByLineage(
  ids: string[],
  named: Lineaged[],
  current: Lineaged[],
  what: string,
): string[] {
  const lineageOf = new Map(named.map((row) => [row.id, row.lineageId]));
  const byLineage = new Map(current.map((row) => [row.lineageId, row.id]));
  const order = ids.flatMap((id) => {
    const draftId = byLineage.get(lineageOf.get(id) ?? '');
    return draftId ? [draftId] : [];
  });
  if (
    order.length !== ids.length ||
    order.length !== current.length ||
    new Set(order).size !== order.length
  ) {
    throw new CurriculumException(
      CurriculumErrorCode.InvalidOrder,
      `ids must list every ${what} exactly once`,
    );
  }
  return order;
}

function insertAt<T>(list: T[], item: T, position: number | undefined): T[] {
  const at = position === undefined ? list.length : Math.min(position, list.length);
  return [...list.slice(0, at), item, ...list.slice(at)];
}

/**
 * Authoring. Every change runs in one transaction with the course row locked, so concurrent
 * edits cannot start two drafts. A change to a published course first copies it into a new
 * draft version (same lineage ids), so the published version stays frozen.
 */
@Injectable()
export class AuthoringService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
    private readonly outlines: OutlineService,
    private readonly identity: IdentityFacade,
  ) {}

  async create(actor: Actor, dto: CreateCourseDto): Promise<CourseOutline> {
    const courseId = await this.dataSource.transaction(async (em) => {
      const course = em.create(CourseEntity, { createdBy: actor.id });
      await em.insert(CourseEntity, course);
      await em.insert(CourseOwnerEntity, { courseId: course.id, userId: actor.id });
      await em.insert(CourseVersionEntity, {
        courseId: course.id,
        version: 1,
        status: CourseStatus.Draft,
        title: dto.title,
        summary: dto.summary,
        learningObjectives: dto.learningObjectives,
        creditDesignations: dto.creditDesignations.map(({ creditType, maxCredits }) => ({
          creditType,
          maxCredits,
        })),
        publishedAt: null,
        publishedBy: null,
      });
      await this.audit.record(em, {
        type: AuditEventType.CourseCreated,
        actorId: actor.id,
        subjectType: 'course',
        subjectId: course.id,
        payload: { title: dto.title },
      });
      return course.id;
    });
    return this.outlines.getOutline(actor, courseId);
  }

  async update(actor: Actor, courseId: string, dto: UpdateCourseDto): Promise<CourseOutline> {
    await this.withDraft(actor, courseId, async (em, draft) => {
      const changes: Partial<CourseVersionEntity> = {};
      if (dto.title !== undefined) changes.title = dto.title;
      if (dto.summary !== undefined) changes.summary = dto.summary;
      if (dto.learningObjectives !== undefined) changes.learningObjectives = dto.learningObjectives;
      if (dto.creditDesignations !== undefined) {
        changes.creditDesignations = dto.creditDesignations.map(({ creditType, maxCredits }) => ({
          creditType,
          maxCredits,
        }));
      }
      if (Object.keys(changes).length > 0)
        await em.update(CourseVersionEntity, { id: draft.id }, changes);
    });
    return this.outlines.getOutline(actor, courseId);
  }

  /** Freezes the draft; the previous published version is retired (its trainees keep it). */
  async publish(actor: Actor, courseId: string): Promise<CourseOutline> {
    await this.dataSource.transaction(async (em) => {
      await this.lockEditable(em, actor, courseId);
      const versions = await em.find(CourseVersionEntity, {
        where: { courseId },
        order: { version: 'DESC' },
      });
      const draft = versions.at(0);
      if (draft?.status !== CourseStatus.Draft)
        throw new CurriculumException(CurriculumErrorCode.NothingToPublish);
      const tree = await loadTree(em, draft.id, { registry: this.outlines.items, userId: null });
      const missing: string[] = [];
      if (tree.modules.length === 0) missing.push('at least one module');
      for (const module of tree.modules) {
        if (module.lessons.length + module.quizzes.length + module.roleplays.length === 0) {
          missing.push(`a lesson in module "${module.title}"`);
        }
      }
      if (missing.length > 0) {
        throw new CurriculumException(
          CurriculumErrorCode.NotReadyToPublish,
          `The draft is not ready to publish: add ${missing.join(', ')}`,
          { missing },
        );
      }
      await em.update(
        CourseVersionEntity,
        { courseId, status: CourseStatus.Published },
        { status: CourseStatus.Retired },
      );
      await em.update(
        CourseVersionEntity,
        { id: draft.id },
        { status: CourseStatus.Published, publishedAt: new Date(), publishedBy: actor.id },
      );
      await this.audit.record(em, {
        type: AuditEventType.CourseVersionPublished,
        actorId: actor.id,
        subjectType: 'course',
        subjectId: courseId,
        payload: { version: draft.version, versionId: draft.id, title: draft.title },
      });
    });
    return this.outlines.getOutline(actor, courseId);
  }

  async addModule(actor: Actor, courseId: string, dto: CreateModuleDto): Promise<ModuleResponse> {
    return this.withDraft(actor, courseId, async (em, draft) => {
      const siblings = await em.find(ModuleEntity, {
        where: { versionId: draft.id },
        order: { position: 'ASC' },
      });
      const module = em.create(ModuleEntity, {
        versionId: draft.id,
        lineageId: randomUUID(),
        position: siblings.length,
        title: dto.title,
        category: dto.category,
        learningObjectives: dto.learningObjectives,
      });
      await em.insert(ModuleEntity, module);
      const order = insertAt(
        siblings.map((m) => m.id),
        module.id,
        dto.position,
      );
      await writeOrder(em, 'module', order);
      module.position = order.indexOf(module.id);
      return toModuleResponse(module, draft);
    });
  }

  async updateModule(
    actor: Actor,
    moduleId: string,
    dto: UpdateModuleDto,
  ): Promise<ModuleResponse> {
    const courseId = await this.courseOfModule(moduleId);
    return this.withDraft(actor, courseId, async (em, draft) => {
      const module = await this.moduleInDraft(em, moduleId, draft);
      const changes: Partial<ModuleEntity> = {};
      if (dto.title !== undefined) changes.title = dto.title;
      if (dto.category !== undefined) changes.category = dto.category;
      if (dto.learningObjectives !== undefined) changes.learningObjectives = dto.learningObjectives;
      if (Object.keys(changes).length > 0)
        await em.update(ModuleEntity, { id: module.id }, changes);
      return toModuleResponse(Object.assign(module, changes), draft);
    });
  }

  async deleteModule(actor: Actor, moduleId: string): Promise<void> {
    const courseId = await this.courseOfModule(moduleId);
    await this.withDraft(actor, courseId, async (em, draft) => {
      const module = await this.moduleInDraft(em, moduleId, draft);
      await em.delete(ModuleEntity, { id: module.id });
      const rest = await em.find(ModuleEntity, {
        where: { versionId: draft.id },
        order: { position: 'ASC' },
      });
      await writeOrder(
        em,
        'module',
        rest.map((m) => m.id),
      );
    });
  }

  /** Returns the new lesson's id (in the draft). */
  async addLesson(actor: Actor, moduleId: string, dto: CreateLessonDto): Promise<string> {
    const courseId = await this.courseOfModule(moduleId);
    return this.withDraft(actor, courseId, async (em, draft) => {
      const module = await this.moduleInDraft(em, moduleId, draft);
      const siblings = await em.find(LessonEntity, {
        where: { moduleId: module.id },
        order: { position: 'ASC' },
      });
      const lesson = em.create(LessonEntity, {
        moduleId: module.id,
        lineageId: randomUUID(),
        position: siblings.length,
        title: dto.title,
        body: dto.body,
        estimatedMinutes: dto.estimatedMinutes,
        resources: (dto.resources ?? []).map(({ title, url }) => ({ title, url })),
      });
      await em.insert(LessonEntity, lesson);
      await writeOrder(
        em,
        'lesson',
        insertAt(
          siblings.map((l) => l.id),
          lesson.id,
          dto.position,
        ),
      );
      return lesson.id;
    });
  }

  /** Returns the lesson's id in the draft (a new id when the course had to be copied). */
  async updateLesson(actor: Actor, lessonId: string, dto: UpdateLessonDto): Promise<string> {
    const courseId = await this.courseOfLesson(lessonId);
    return this.withDraft(actor, courseId, async (em, draft) => {
      const lesson = await this.lessonInDraft(em, lessonId, draft);
      const changes: Partial<LessonEntity> = {};
      if (dto.title !== undefined) changes.title = dto.title;
      if (dto.body !== undefined) changes.body = dto.body;
      if (dto.estimatedMinutes !== undefined) changes.estimatedMinutes = dto.estimatedMinutes;
      if (dto.resources !== undefined)
        changes.resources = dto.resources.map(({ title, url }) => ({ title, url }));
      if (Object.keys(changes).length > 0)
        await em.update(LessonEntity, { id: lesson.id }, changes);
      return lesson.id;
    });
  }

  async deleteLesson(actor: Actor, lessonId: string): Promise<void> {
    const courseId = await this.courseOfLesson(lessonId);
    await this.withDraft(actor, courseId, async (em, draft) => {
      const lesson = await this.lessonInDraft(em, lessonId, draft);
      await em.delete(LessonEntity, { id: lesson.id });
      const rest = await em.find(LessonEntity, {
        where: { moduleId: lesson.moduleId },
        order: { position: 'ASC' },
      });
      await writeOrder(
        em,
        'lesson',
        rest.map((l) => l.id),
      );
    });
  }

  /** `ids` may name modules of the draft or of the version it was copied from. */
  async reorderModules(actor: Actor, courseId: string, ids: string[]): Promise<CourseOutline> {
    await this.withDraft(actor, courseId, async (em, draft) => {
      const current = await em.find(ModuleEntity, { where: { versionId: draft.id } });
      const named = await em.find(ModuleEntity, { where: { id: In(ids) } });
      await writeOrder(em, 'module', orderByLineage(ids, named, current, 'module of the course'));
    });
    return this.outlines.getOutline(actor, courseId);
  }

  async reorderLessons(actor: Actor, moduleId: string, ids: string[]): Promise<CourseOutline> {
    const courseId = await this.courseOfModule(moduleId);
    await this.withDraft(actor, courseId, async (em, draft) => {
      const module = await this.moduleInDraft(em, moduleId, draft);
      const current = await em.find(LessonEntity, { where: { moduleId: module.id } });
      const named = await em.find(LessonEntity, { where: { id: In(ids) } });
      await writeOrder(em, 'lesson', orderByLineage(ids, named, current, 'lesson of the module'));
    });
    return this.outlines.getOutline(actor, courseId);
  }

  /**
   * For other domains' module items (quizzes): runs `fn` in the authoring transaction on the
   * draft's copy of the module (copying a published course into a new draft first).
   */
  async editModuleItems<T>(
    actor: Actor,
    moduleId: string,
    fn: (em: EntityManager, draftModuleId: string, courseId: string) => Promise<T>,
  ): Promise<T> {
    const courseId = await this.courseOfModule(moduleId);
    return this.withDraft(actor, courseId, async (em, draft) => {
      const module = await this.moduleInDraft(em, moduleId, draft);
      return fn(em, module.id, courseId);
    });
  }

  async addOwner(actor: Actor, courseId: string, userId: string): Promise<CourseOutline> {
    const user = (await this.identity.getUsers([userId])).at(0);
    if (!user?.roles.includes(Role.Instructor))
      throw new CurriculumException(CurriculumErrorCode.OwnerNotInstructor);
    await this.dataSource.transaction(async (em) => {
      await this.lockCourse(em, courseId);
      if (await em.exists(CourseOwnerEntity, { where: { courseId, userId } })) {
        throw new CurriculumException(CurriculumErrorCode.OwnerAlreadyAdded);
      }
      await em.insert(CourseOwnerEntity, { courseId, userId });
      await this.audit.record(em, {
        type: AuditEventType.CourseOwnerAdded,
        actorId: actor.id,
        subjectType: 'course',
        subjectId: courseId,
        payload: { userId },
      });
    });
    return this.outlines.getOutline(actor, courseId);
  }

  async removeOwner(actor: Actor, courseId: string, userId: string): Promise<void> {
    await this.dataSource.transaction(async (em) => {
      await this.lockCourse(em, courseId);
      const owners = await em.find(CourseOwnerEntity, { where: { courseId } });
      if (!owners.some((o) => o.userId === userId))
        throw new CurriculumException(
          CurriculumErrorCode.CourseNotFound,
          'This user does not own the course',
        );
      if (owners.length === 1) throw new CurriculumException(CurriculumErrorCode.LastOwner);
      await em.delete(CourseOwnerEntity, { courseId, userId });
      await this.audit.record(em, {
        type: AuditEventType.CourseOwnerRemoved,
        actorId: actor.id,
        subjectType: 'course',
        subjectId: courseId,
        payload: { userId },
      });
    });
  }

  private async lockCourse(em: EntityManager, courseId: string): Promise<CourseEntity> {
    const course = await em.findOne(CourseEntity, {
      where: { id: courseId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!course) throw new CurriculumException(CurriculumErrorCode.CourseNotFound);
    return course;
  }

  private async lockEditable(
    em: EntityManager,
    actor: Actor,
    courseId: string,
  ): Promise<CourseEntity> {
    const course = await this.lockCourse(em, courseId);
    if (!(await this.outlines.canEdit(em, actor, courseId)))
      throw new CurriculumException(CurriculumErrorCode.NotCourseOwner);
    return course;
  }

  /** Runs `fn` on the course's draft, copying the latest version into a new draft first when needed. */
  private async withDraft<T>(
    actor: Actor,
    courseId: string,
    fn: (em: EntityManager, draft: CourseVersionEntity) => Promise<T>,
  ): Promise<T> {
    return this.dataSource.transaction(async (em) => {
      await this.lockEditable(em, actor, courseId);
      const latest = await em.findOne(CourseVersionEntity, {
        where: { courseId },
        order: { version: 'DESC' },
      });
      if (!latest) throw new CurriculumException(CurriculumErrorCode.CourseNotFound);
      const draft =
        latest.status === CourseStatus.Draft ? latest : await this.copyToDraft(em, latest);
      return fn(em, draft);
    });
  }

  private async copyToDraft(
    em: EntityManager,
    from: CourseVersionEntity,
  ): Promise<CourseVersionEntity> {
    const draft = em.create(CourseVersionEntity, {
      courseId: from.courseId,
      version: from.version + 1,
      status: CourseStatus.Draft,
      title: from.title,
      summary: from.summary,
      learningObjectives: from.learningObjectives,
      creditDesignations: from.creditDesignations,
      publishedAt: null,
      publishedBy: null,
    });
    await em.insert(CourseVersionEntity, draft);
    await em.query(
      `INSERT INTO "curriculum"."module" ("version_id", "lineage_id", "position", "title", "category", "learning_objectives")
       SELECT $1, "lineage_id", "position", "title", "category", "learning_objectives"
         FROM "curriculum"."module" WHERE "version_id" = $2`,
      [draft.id, from.id],
    );
    await em.query(
      `INSERT INTO "curriculum"."lesson" ("module_id", "lineage_id", "position", "title", "body", "estimated_minutes", "resources")
       SELECT nm."id", l."lineage_id", l."position", l."title", l."body", l."estimated_minutes", l."resources"
         FROM "curriculum"."lesson" l
         JOIN "curriculum"."module" om ON om."id" = l."module_id" AND om."version_id" = $2
         JOIN "curriculum"."module" nm ON nm."version_id" = $1 AND nm."lineage_id" = om."lineage_id"`,
      [draft.id, from.id],
    );
    const pairs = await em.query<{ old_id: string; new_id: string }[]>(
      `SELECT om."id" AS old_id, nm."id" AS new_id
         FROM "curriculum"."module" om
         JOIN "curriculum"."module" nm ON nm."version_id" = $1 AND nm."lineage_id" = om."lineage_id"
        WHERE om."version_id" = $2`,
      [draft.id, from.id],
    );
    await this.outlines.items.copy(em, new Map(pairs.map((p) => [p.old_id, p.new_id])));
    return draft;
  }

  private async courseOfModule(moduleId: string): Promise<string> {
    const row = await this.dataSource
      .createQueryBuilder(ModuleEntity, 'm')
      .innerJoin(CourseVersionEntity, 'v', 'v.id = m.versionId')
      .select('v.courseId', 'courseId')
      .where('m.id = :moduleId', { moduleId })
      .getRawOne<{ courseId: string }>();
    if (!row) throw new CurriculumException(CurriculumErrorCode.ModuleNotFound);
    return row.courseId;
  }

  private async courseOfLesson(lessonId: string): Promise<string> {
    const row = await this.dataSource
      .createQueryBuilder(LessonEntity, 'l')
      .innerJoin(ModuleEntity, 'm', 'm.id = l.moduleId')
      .innerJoin(CourseVersionEntity, 'v', 'v.id = m.versionId')
      .select('v.courseId', 'courseId')
      .where('l.id = :lessonId', { lessonId })
      .getRawOne<{ courseId: string }>();
    if (!row) throw new CurriculumException(CurriculumErrorCode.LessonNotFound);
    return row.courseId;
  }

  /** The draft's copy of a module named by its id in any version of the course. */
  private async moduleInDraft(
    em: EntityManager,
    moduleId: string,
    draft: CourseVersionEntity,
  ): Promise<ModuleEntity> {
    const named = await em.findOneBy(ModuleEntity, { id: moduleId });
    const module =
      named &&
      (await em.findOneBy(ModuleEntity, { versionId: draft.id, lineageId: named.lineageId }));
    if (!module) throw new CurriculumException(CurriculumErrorCode.ModuleNotFound);
    return module;
  }

  private async lessonInDraft(
    em: EntityManager,
    lessonId: string,
    draft: CourseVersionEntity,
  ): Promise<LessonEntity> {
    const named = await em.findOneBy(LessonEntity, { id: lessonId });
    const lesson =
      named &&
      (await em
        .createQueryBuilder(LessonEntity, 'l')
        .innerJoin(ModuleEntity, 'm', 'm.id = l.moduleId')
        .where('m.versionId = :versionId AND l.lineageId = :lineageId', {
          versionId: draft.id,
          lineageId: named.lineageId,
        })
        .getOne());
    if (!lesson) throw new CurriculumException(CurriculumErrorCode.LessonNotFound);
    return lesson;
  }
}
