import type { ModuleCategory } from '@lms/shared/contracts';

export interface DemoResource {
  title: string;
  url: string;
}

export interface DemoLesson {
  title: string;
  /** Realistic reading/study time for the text (plus reflection), in minutes. */
  estimatedMinutes: number;
  /** Markdown. At least 150 words of teaching text. */
  body: string;
  resources?: DemoResource[];
}

export interface DemoModule {
  title: string;
  category: ModuleCategory;
  /** 2–4 measurable objectives ("Describe…", "Identify…", "Apply…"). */
  learningObjectives: string[];
  lessons: DemoLesson[];
}

export interface DemoCourse {
  title: string;
  summary: string;
  learningObjectives: string[];
  modules: DemoModule[];
}
