import type { EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { LessonEntity, ModuleEntity } from './course.entity';
import type { ModuleItems, ModuleItemsRegistry } from './module-items';

export interface VersionTree {
  modules: (ModuleEntity & { lessons: LessonEntity[] } & ModuleItems)[];
}

export interface ItemsFor {
  registry: ModuleItemsRegistry;
  /** Whose pass states to load; null for staff views. */
  userId: string | null;
}

/**
 * Modules, lessons and the other items of some versions (quizzes and role-plays from the
 * registered sources), ordered, in a fixed number of queries whatever their number.
 */
export async function loadTrees(
  em: EntityManager,
  versionIds: string[],
  items: ItemsFor,
): Promise<Map<string, VersionTree>> {
  const trees = new Map<string, VersionTree>(versionIds.map((id) => [id, { modules: [] }]));
  if (versionIds.length === 0) return trees;
  const modules = await em.find(ModuleEntity, {
    where: { versionId: In(versionIds) },
    order: { position: 'ASC', id: 'ASC' },
  });
  const lessons =
    modules.length === 0
      ? []
      : await em.find(LessonEntity, {
          where: { moduleId: In(modules.map((m) => m.id)) },
          order: { position: 'ASC', id: 'ASC' },
        });
  const byModule = new Map<string, LessonEntity[]>();
  for (const lesson of lessons) {
    const list = byModule.get(lesson.moduleId) ?? [];
    list.push(lesson);
    byModule.set(lesson.moduleId, list);
  }
  const extras = await items.registry.load(
    em,
    modules.map((m) => m.id),
    items.userId,
  );
  for (const module of modules) {
    const { quizzes, roleplays } = extras.get(module.id) ?? { quizzes: [], roleplays: [] };
    trees
      .get(module.versionId)
      ?.modules.push(
        Object.assign(module, { lessons: byModule.get(module.id) ?? [], quizzes, roleplays }),
      );
  }
  return trees;
}

export async function loadTree(
  em: EntityManager,
  versionId: string,
  items: ItemsFor,
): Promise<VersionTree> {
  return (await loadTrees(em, [versionId], items)).get(versionId) ?? { modules: [] };
}
