import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@lms/identity/api';
import { AuthoringService } from './course/authoring.service';
import {
  CourseController,
  LessonController,
  ModuleController,
  MyEnrollmentsController,
} from './course/course.controller';
import {
  CourseEntity,
  CourseOwnerEntity,
  CourseVersionEntity,
  LessonEntity,
  ModuleEntity,
} from './course/course.entity';
import { ModuleItemsRegistry } from './course/module-items';
import { OutlineService } from './course/outline.service';
import { CurriculumFacade } from './curriculum.facade';
import { EnrollmentEntity, LessonProgressEntity } from './enrollment/enrollment.entity';
import { LearningService } from './enrollment/learning.service';

export const curriculumEntities = [
  CourseEntity,
  CourseOwnerEntity,
  CourseVersionEntity,
  ModuleEntity,
  LessonEntity,
  EnrollmentEntity,
  LessonProgressEntity,
];

@Module({
  imports: [TypeOrmModule.forFeature(curriculumEntities), IdentityModule],
  controllers: [CourseController, ModuleController, LessonController, MyEnrollmentsController],
  providers: [
    AuthoringService,
    OutlineService,
    LearningService,
    CurriculumFacade,
    ModuleItemsRegistry,
  ],
  exports: [CurriculumFacade, ModuleItemsRegistry],
})
export class CurriculumModule {}
