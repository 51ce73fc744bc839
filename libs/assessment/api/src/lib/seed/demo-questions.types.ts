import type { ModuleCategory } from '@lms/shared/contracts';

export interface DemoOption {
  text: string;
  correct: boolean;
  /** Shown after submitting, next to this option. */
  feedback?: string;
}

export interface DemoQuestion {
  type: 'single' | 'multiple' | 'true_false';
  prompt: string;
  /** single: exactly one correct; multiple: two or more correct; true_false: "True" and "False". */
  options: DemoOption[];
  /** Why the key is right, shown after submitting. */
  rationale: string;
  /** Lower-case kebab-case topics, e.g. `contraindications`, `nmda`, `informed-consent`. */
  tags: string[];
  points?: number;
  /** multiple only: credit for each correct choice minus wrong ones, instead of all-or-nothing. */
  partialCredit?: boolean;
}

/** The questions written for one module of the demo course (its category). */
export interface DemoModuleQuestions {
  category: ModuleCategory;
  questions: DemoQuestion[];
}
