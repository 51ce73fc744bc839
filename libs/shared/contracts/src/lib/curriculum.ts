import { type CreditType, ModuleCategory } from './ce';

export enum CourseStatus {
  Draft = 'draft',
  Published = 'published',
  /** A published version replaced by a newer one; trainees enrolled in it keep it. */
  Retired = 'retired',
}

/** The module categories, in the order a course usually teaches them. */
export const MODULE_CATEGORIES: readonly ModuleCategory[] = Object.values(ModuleCategory);

export const MODULE_CATEGORY_LABELS: Record<ModuleCategory, string> = {
  [ModuleCategory.Pharmacology]: 'Pharmacology and neuroscience',
  [ModuleCategory.Safety]: 'Safety and medical considerations',
  [ModuleCategory.Preparation]: 'Preparation and screening',
  [ModuleCategory.Facilitation]: 'Session facilitation',
  [ModuleCategory.Integration]: 'Integration',
  [ModuleCategory.TraumaInformed]: 'Trauma-informed care',
  [ModuleCategory.EthicsLaw]: 'Ethics and law',
  [ModuleCategory.CollaborativeCare]: 'Collaborative care',
};

export interface CreditDesignation {
  creditType: CreditType;
  /** Maximum credits a trainee may claim, in 0.25 steps. */
  maxCredits: number;
}

export interface LessonResource {
  title: string;
  url: string;
}

export interface CreateCourseRequest {
  title: string;
  summary: string;
  learningObjectives: string[];
  creditDesignations: CreditDesignation[];
}
export type UpdateCourseRequest = Partial<CreateCourseRequest>;

export interface CreateModuleRequest {
  title: string;
  category: ModuleCategory;
  learningObjectives: string[];
  /** 0-based; appended when omitted. */
  position?: number;
}
export type UpdateModuleRequest = Partial<Omit<CreateModuleRequest, 'position'>>;

export interface CreateLessonRequest {
  title: string;
  /** Markdown. Stored as written; rendered safely by the web app. */
  body: string;
  estimatedMinutes: number;
  resources?: LessonResource[];
  position?: number;
}
export type UpdateLessonRequest = Partial<Omit<CreateLessonRequest, 'position'>>;

export interface ReorderRequest {
  /** Every id of the parent's children, in the new order. */
  ids: string[];
}

export interface CompleteLessonRequest {
  /** Seconds the reader reports since the last heartbeat; the server clamps it to elapsed time. */
  timeSpentSeconds?: number;
}
export type LessonActivityRequest = CompleteLessonRequest;

export interface OutlineLesson {
  id: string;
  title: string;
  estimatedMinutes: number;
  position: number;
  completed: boolean;
}

export interface OutlineQuiz {
  id: string;
  title: string;
  isPostTest: boolean;
  passed: boolean;
}

export interface OutlineRoleplay {
  id: string;
  title: string;
  passed: boolean;
}

export interface OutlineModule {
  id: string;
  title: string;
  category: ModuleCategory;
  position: number;
  learningObjectives: string[];
  locked: boolean;
  completed: boolean;
  lessons: OutlineLesson[];
  quizzes: OutlineQuiz[];
  roleplays: OutlineRoleplay[];
}

export type OutlineItemKind = 'lesson' | 'quiz' | 'roleplay';

export interface NextItem {
  kind: OutlineItemKind;
  id: string;
  title: string;
  moduleId: string;
}

/** GET /api/courses/:id */
export interface CourseOutline {
  id: string;
  versionId: string;
  title: string;
  summary: string;
  status: CourseStatus;
  version: number;
  /** The version new trainees enroll in (null until first published). */
  publishedVersion: number | null;
  /** True when a draft newer than the published version exists (staff only). */
  hasDraft: boolean;
  learningObjectives: string[];
  creditDesignations: CreditDesignation[];
  estimatedMinutes: number;
  modules: OutlineModule[];
  percentComplete: number;
  enrolled: boolean;
  /** The next open item for the calling trainee ("resume" / "next"); null when done or staff. */
  nextItem: NextItem | null;
  canEdit: boolean;
  owners: { id: string; fullName: string }[];
}

/** GET /api/courses list items. */
export interface CourseSummary {
  id: string;
  title: string;
  summary: string;
  status: CourseStatus;
  version: number;
  publishedVersion: number | null;
  hasDraft: boolean;
  moduleCount: number;
  estimatedMinutes: number;
  creditDesignations: CreditDesignation[];
  enrolled: boolean;
  canEdit: boolean;
  updatedAt: string;
}

export interface CourseListQuery {
  /** `learner`: published versions only, as trainees see them (default for trainees). */
  view?: 'learner' | 'author';
  limit?: number;
  offset?: number;
  q?: string;
  status?: CourseStatus;
}

export interface ModuleResponse {
  id: string;
  courseId: string;
  version: number;
  title: string;
  category: ModuleCategory;
  position: number;
  learningObjectives: string[];
}

/** GET /api/lessons/:id */
export interface LessonResponse {
  id: string;
  courseId: string;
  moduleId: string;
  moduleTitle: string;
  courseTitle: string;
  version: number;
  title: string;
  body: string;
  estimatedMinutes: number;
  resources: LessonResource[];
  position: number;
  completed: boolean;
  /** Seconds recorded for the calling trainee. */
  timeSpentSeconds: number;
  previousItem: NextItem | null;
  nextItem: NextItem | null;
}

/** POST /api/lessons/:id/complete */
export interface ProgressResponse {
  courseId: string;
  lessonId: string;
  completed: boolean;
  completedAt: string;
  timeSpentSeconds: number;
  percentComplete: number;
  /** The next open item, e.g. the first lesson of a module that just unlocked. */
  nextItem: NextItem | null;
}

export interface EnrollmentResponse {
  id: string;
  courseId: string;
  version: number;
  enrolledAt: string;
}

/** GET /api/me/enrollments items */
export interface EnrollmentSummary {
  id: string;
  courseId: string;
  title: string;
  summary: string;
  version: number;
  enrolledAt: string;
  lastActivityAt: string | null;
  percentComplete: number;
  completedAt: string | null;
  nextItem: NextItem | null;
}

export interface AddOwnerRequest {
  userId: string;
}
