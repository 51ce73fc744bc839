export * from './lib/attempt/grading';
export * from './lib/statistics/item-statistics';
export { AssessmentModule, assessmentEntities } from './lib/assessment.module';
export * from './lib/assessment.exception';
export * from './lib/assessment.facade';
export { DEMO_QUESTION_BANK } from './lib/seed/demo-questions.content';
export type * from './lib/seed/demo-questions.types';
