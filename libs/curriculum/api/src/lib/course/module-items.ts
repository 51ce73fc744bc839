import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

export interface ModuleItem {
  id: string;
  title: string;
  /** For the trainee the items were loaded for; false for staff. */
  passed: boolean;
}

export interface ModuleQuizItem extends ModuleItem {
  isPostTest: boolean;
}

export interface ModuleItems {
  quizzes: ModuleQuizItem[];
  roleplays: ModuleItem[];
}

/**
 * A port for the other things a module holds (quizzes from assessment, role-plays from
 * roleplay). Curriculum cannot import those domains; they implement this and register with
 * {@link ModuleItemsRegistry}, so the outline, the unlock rule and versioning include them.
 */
export abstract class ModuleItemsSource {
  /** The items of these modules, in one query whatever their number. */
  abstract load(
    em: EntityManager,
    moduleIds: string[],
    userId: string | null,
  ): Promise<Map<string, Partial<ModuleItems>>>;
  /** A draft version was copied: copy the items of each old module to its new module. */
  abstract copy(em: EntityManager, newModuleIdByOld: ReadonlyMap<string, string>): Promise<void>;
}

@Injectable()
export class ModuleItemsRegistry {
  private readonly sources: ModuleItemsSource[] = [];

  register(source: ModuleItemsSource): void {
    if (!this.sources.includes(source)) this.sources.push(source);
  }

  async load(
    em: EntityManager,
    moduleIds: string[],
    userId: string | null,
  ): Promise<Map<string, ModuleItems>> {
    const items = new Map<string, ModuleItems>(
      moduleIds.map((id) => [id, { quizzes: [], roleplays: [] }]),
    );
    if (moduleIds.length === 0) return items;
    for (const source of this.sources) {
      for (const [moduleId, found] of await source.load(em, moduleIds, userId)) {
        const target = items.get(moduleId);
        if (!target) continue;
        target.quizzes.push(...(found.quizzes ?? []));
        target.roleplays.push(...(found.roleplays ?? []));
      }
    }
    return items;
  }

  async copy(em: EntityManager, newModuleIdByOld: ReadonlyMap<string, string>): Promise<void> {
    for (const source of this.sources) await source.copy(em, newModuleIdByOld);
  }
}
