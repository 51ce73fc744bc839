import type { EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { LessonEntity, ModuleEntity } from './course.entity';

export interface VersionTree {
  modules: (ModuleEntity & { lessons: LessonEntity[] })[];
}

/** Modules and lessons of some versions, ordered, in two queries whatever their number. */
export async function loadTrees(
  em: EntityManager,
  versionIds: string[],
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
  for (const module of modules) {
    trees
      .get(module.versionId)
      ?.modules.push(Object.assign(module, { lessons: byModule.get(module.id) ?? [] }));
  }
  return trees;
}

export async function loadTree(em: EntityManager, versionId: string): Promise<VersionTree> {
  return (await loadTrees(em, [versionId])).get(versionId) ?? { modules: [] };
}
