export * from './lib/attempt/grading';
export * from './lib/statistics/item-statistics';
export * from './lib/attempt/attempt.entity';
import { AttemptEntity } from './lib/attempt/attempt.entity';
import {
  QuestionEntity,
  QuestionOptionEntity,
  QuizEntity,
  QuizQuestionEntity,
} from './lib/quiz/assessment.entities';
/** For the DataSource only (apps/api). */
export const assessmentEntities = [
  QuestionEntity,
  QuestionOptionEntity,
  QuizEntity,
  QuizQuestionEntity,
  AttemptEntity,
];
