import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CurriculumModule, ModuleItemsRegistry } from '@lms/curriculum/api';
import { AssessmentController } from './assessment.controller';
import { AssessmentFacade } from './assessment.facade';
import { AttemptEntity } from './attempt/attempt.entity';
import { AttemptService } from './attempt/attempt.service';
import {
  QuestionEntity,
  QuestionOptionEntity,
  QuizEntity,
  QuizQuestionEntity,
} from './quiz/assessment.entities';
import { QuestionService } from './quiz/question.service';
import { QuizService } from './quiz/quiz.service';
import { StatisticsService } from './statistics/statistics.service';

export const assessmentEntities = [
  QuestionEntity,
  QuestionOptionEntity,
  QuizEntity,
  QuizQuestionEntity,
  AttemptEntity,
];

@Module({
  imports: [TypeOrmModule.forFeature(assessmentEntities), CurriculumModule],
  controllers: [AssessmentController],
  providers: [QuizService, AttemptService, QuestionService, StatisticsService, AssessmentFacade],
  exports: [AssessmentFacade],
})
export class AssessmentModule {
  /**
   * Quizzes join the outline, the unlock rule and course versioning. Registered when the module is built, not at init:
   * the demo seed runs before the application's init, and a published version's structure
   * read then is cached for good (course-tree.ts).
   */
  constructor(registry: ModuleItemsRegistry, quizzes: QuizService) {
    registry.register(quizzes);
  }
}
