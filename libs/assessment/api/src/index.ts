export * from './lib/attempt/grading';
export * from './lib/statistics/item-statistics';
export { AssessmentModule, assessmentEntities } from './lib/assessment.module';
export * from './lib/assessment.exception';
