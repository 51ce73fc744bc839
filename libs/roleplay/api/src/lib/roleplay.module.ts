import { Module, type OnModuleInit } from '@nestjs/common';
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
export class RoleplayModule implements OnModuleInit {
  constructor(
    private readonly registry: ModuleItemsRegistry,
    private readonly roleplays: RoleplayService,
  ) {}

  /** Role-plays join the outline, the unlock rule and course versioning. */
  onModuleInit(): void {
    this.registry.register(this.roleplays);
  }
}
