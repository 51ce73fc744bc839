import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { StorageModule, storageConfig } from '@lms/platform/api';
import { CurriculumModule, ModuleItemsRegistry } from '@lms/curriculum/api';
import { IdentityModule } from '@lms/identity/api';
import { RoleplayController } from './roleplay.controller';
import { RoleplayFacade } from './roleplay.facade';
import {
  GradeEntity,
  RubricVersionEntity,
  ScenarioEntity,
  SubmissionEntity,
} from './roleplay.entities';
import { RoleplayService } from './roleplay.service';

export const roleplayEntities = [
  ScenarioEntity,
  RubricVersionEntity,
  SubmissionEntity,
  GradeEntity,
];

@Module({
  imports: [
    TypeOrmModule.forFeature(roleplayEntities),
    ConfigModule.forFeature(storageConfig),
    StorageModule,
    CurriculumModule,
    IdentityModule,
  ],
  controllers: [RoleplayController],
  providers: [RoleplayService, RoleplayFacade],
  exports: [RoleplayFacade],
})
export class RoleplayModule {
  /**
   * Role-plays join the outline, the unlock rule and course versioning. Registered when the module is built, not at init:
   * the demo seed runs before the application's init, and a published version's structure
   * read then is cached for good (course-tree.ts).
   */
  constructor(registry: ModuleItemsRegistry, roleplays: RoleplayService) {
    registry.register(roleplays);
  }
}
