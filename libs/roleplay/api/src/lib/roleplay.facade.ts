import { Injectable } from '@nestjs/common';
import type { SeededModule } from '@lms/curriculum/api';
import type { Actor } from '@lms/platform/api';
import { RoleplayService } from './roleplay.service';
import type { DemoRoleplay } from './seed/demo-roleplays.content';

/** What the composition root's seed may ask of roleplay. */
@Injectable()
export class RoleplayFacade {
  constructor(private readonly roleplays: RoleplayService) {}

  /** Adds each scenario to the draft module of its category (before the course is published). */
  async seedRoleplays(
    author: Actor,
    modules: SeededModule[],
    content: DemoRoleplay[],
  ): Promise<void> {
    for (const { category, ...roleplay } of content) {
      const module = modules.find((m) => m.category === category);
      if (module) await this.roleplays.create(author, module.id, roleplay);
    }
  }
}
