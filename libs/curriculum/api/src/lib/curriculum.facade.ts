import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Actor } from '@lms/platform/api';
import {
  type CourseOutline,
  CourseStatus,
  type CreditType,
  type ModuleCategory,
  Role,
} from '@lms/shared/contracts';
import { minutesToCredits } from '@lms/shared/util';
import { DataSource, type EntityManager } from 'typeorm';
import { AuthoringService } from './course/authoring.service';
import { type ModuleAccess, OutlineService } from './course/outline.service';
import { CourseVersionEntity } from './course/course.entity';
import { EnrollmentEntity } from './enrollment/enrollment.entity';
import type { DemoCourse } from './seed/demo-course.types';

/** A trainee's record in a course, as the credentials domain needs it. */
export interface LearnerRecord {
  enrollment: {
    id: string;
    userId: string;
    versionId: string;
    enrolledAt: Date;
  };
  /** The outline of the trainee's version as the trainee sees it (items passed, locks). */
  outline: CourseOutline;
  /** Reading time recorded in the course's lessons (proof of time spent). */
  timeSpentSeconds: number;
  /** When the trainee last completed a lesson of the course. */
  lastLessonCompletedAt: Date | null;
}

export interface SeededModule {
  id: string;
  title: string;
  category: ModuleCategory;
}

/** What other domains (and the composition root's seed) may ask of the curriculum. */
@Injectable()
export class CurriculumFacade {
  private readonly logger = new Logger(CurriculumFacade.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly authoring: AuthoringService,
    private readonly outlines: OutlineService,
  ) {}

  /** Runs `fn` on the draft copy of a module the actor may edit (see AuthoringService). */
  editModuleItems<T>(
    actor: Actor,
    moduleId: string,
    fn: (em: EntityManager, draftModuleId: string, courseId: string) => Promise<T>,
  ): Promise<T> {
    return this.authoring.editModuleItems(actor, moduleId, fn);
  }

  /** A trainee's enrollment, outline and recorded time in a course; null when not enrolled. */
  async learnerRecord(userId: string, courseId: string): Promise<LearnerRecord | null> {
    const em = this.dataSource.manager;
    const enrollment = await em.findOneBy(EnrollmentEntity, { userId, courseId });
    if (!enrollment) return null;
    const outline = await this.outlines.getOutline(
      { id: userId, email: '', roles: [Role.Trainee] },
      courseId,
    );
    const rows = await em.query<{ seconds: string | null; last: Date | null }[]>(
      `SELECT sum(time_spent_seconds)::text AS seconds, max(completed_at) AS last
         FROM curriculum.lesson_progress WHERE enrollment_id = $1`,
      [enrollment.id],
    );
    const time = rows.at(0);
    return {
      enrollment: {
        id: enrollment.id,
        userId,
        versionId: enrollment.versionId,
        enrolledAt: enrollment.createdAt,
      },
      outline,
      timeSpentSeconds: Number(time?.seconds ?? 0),
      lastLessonCompletedAt: time?.last ?? null,
    };
  }

  /** The id of a trainee's enrollment in a course (one indexed lookup), or null. */
  async enrollmentId(userId: string, courseId: string): Promise<string | null> {
    const row = await this.dataSource.manager.findOne(EnrollmentEntity, {
      where: { userId, courseId },
      select: { id: true },
    });
    return row?.id ?? null;
  }

  /** The trainees enrolled in a course (any version), oldest enrollment first. */
  async enrolledUserIds(courseId: string): Promise<string[]> {
    const rows = await this.dataSource.manager.find(EnrollmentEntity, {
      where: { courseId },
      order: { createdAt: 'ASC', id: 'ASC' },
      select: { userId: true },
    });
    return rows.map((r) => r.userId);
  }

  /** Whether the course exists (any status). */
  async courseExists(courseId: string): Promise<boolean> {
    return this.dataSource.manager.exists(CourseVersionEntity, { where: { courseId } });
  }

  /** Owners of the course and admins. */
  canEditCourse(actor: Actor, courseId: string): Promise<boolean> {
    return this.outlines.canEdit(this.dataSource.manager, actor, courseId);
  }

  /** Where a module sits and what the actor may do with it (staff, enrolled, locked). */
  moduleAccess(actor: Actor, moduleId: string): Promise<ModuleAccess> {
    return this.outlines.moduleAccess(actor, moduleId);
  }

  /** After a quiz or role-play result changed: the enrollment's completion date follows. */
  syncCompletion(em: EntityManager, userId: string, moduleId: string): Promise<void> {
    return this.outlines.syncCompletion(em, userId, moduleId);
  }

  /**
   * Creates and publishes a course from seed content unless a course with this title already
   * exists (idempotent). Credits for each type match the total estimated time.
   */
  async seedCourse(
    content: DemoCourse,
    authorId: string,
    creditTypes: CreditType[],
    /** Adds other domains' items (quizzes) to the draft before it is published. */
    beforePublish?: (author: Actor, courseId: string, modules: SeededModule[]) => Promise<void>,
  ): Promise<{ courseId: string; created: boolean }> {
    const existing = await this.dataSource.manager.findOne(CourseVersionEntity, {
      where: { title: content.title, status: CourseStatus.Published },
    });
    if (existing) return { courseId: existing.courseId, created: false };
    const author: Actor = { id: authorId, email: '', roles: [Role.Instructor, Role.Admin] };
    const minutes = content.modules.reduce(
      (sum, m) => sum + m.lessons.reduce((s, l) => s + l.estimatedMinutes, 0),
      0,
    );
    const credits = minutesToCredits(minutes);
    const course = await this.authoring.create(author, {
      title: content.title,
      summary: content.summary,
      learningObjectives: content.learningObjectives,
      creditDesignations: creditTypes.map((creditType) => ({ creditType, maxCredits: credits })),
    });
    const seeded: SeededModule[] = [];
    for (const module of content.modules) {
      const created = await this.authoring.addModule(author, course.id, {
        title: module.title,
        category: module.category,
        learningObjectives: module.learningObjectives,
      });
      for (const lesson of module.lessons) {
        await this.authoring.addLesson(author, created.id, {
          title: lesson.title,
          body: lesson.body,
          estimatedMinutes: lesson.estimatedMinutes,
          resources: lesson.resources ?? [],
        });
      }
      seeded.push({ id: created.id, title: created.title, category: created.category });
    }
    if (beforePublish) await beforePublish(author, course.id, seeded);
    await this.authoring.publish(author, course.id);
    this.logger.log(
      `Seeded course "${content.title}" (${content.modules.length} modules, ${minutes} min, ${credits} credits)`,
    );
    return { courseId: course.id, created: true };
  }
}
