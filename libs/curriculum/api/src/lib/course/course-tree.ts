import { CourseStatus } from '@lms/shared/contracts';
import type { EntityManager } from 'typeorm';
import type { LessonEntity, ModuleEntity } from './course.entity';
import type { ModuleItems, ModuleItemsRegistry, ModuleItemsStructure } from './module-items';

/** What the outline, the unlock rule and navigation need of a lesson (never its body). */
export type TreeLesson = Pick<
  LessonEntity,
  'id' | 'moduleId' | 'position' | 'title' | 'estimatedMinutes'
>;

type TreeModuleBase = Pick<
  ModuleEntity,
  'id' | 'versionId' | 'position' | 'title' | 'category' | 'learningObjectives'
> & { lessons: TreeLesson[] };

export type TreeModule = TreeModuleBase & ModuleItems;

export interface VersionTree {
  modules: TreeModule[];
}

export interface ItemsFor {
  registry: ModuleItemsRegistry;
  /** Whose pass states to load; null for staff views. */
  userId: string | null;
  /**
   * Load pass states only for the items of modules before this one (all that its lock
   * depends on); the later items read as not passed. None at all for a first module.
   */
  passesBefore?: string;
}

type Structure = (TreeModuleBase & ModuleItemsStructure)[];

/** Most versions a process keeps; a published course has one or a few live versions. */
const CACHE_LIMIT = 2000;

/**
 * Structures of published and retired versions. They never change once published (edits go
 * to a new draft, ADR 0003), so they are kept for the life of the process, per app (keyed by
 * the app's registry); drafts are read every time.
 */
const caches = new WeakMap<ModuleItemsRegistry, Map<string, Structure>>();

function cacheOf(registry: ModuleItemsRegistry): Map<string, Structure> {
  let cache = caches.get(registry);
  if (!cache) {
    cache = new Map();
    caches.set(registry, cache);
  }
  return cache;
}

/** The modules, lessons and items of versions not yet cached: three queries plus one per source. */
async function loadStructures(
  em: EntityManager,
  versionIds: string[],
  registry: ModuleItemsRegistry,
): Promise<Map<string, { structure: Structure; frozen: boolean }>> {
  const found = new Map<string, { structure: Structure; frozen: boolean }>(
    versionIds.map((id) => [id, { structure: [], frozen: false }]),
  );
  const modules = await em.query<
    {
      id: string;
      version_id: string;
      position: number;
      title: string;
      category: ModuleEntity['category'];
      learning_objectives: string[];
      status: CourseStatus;
    }[]
  >(
    `SELECT m.id, m.version_id, m.position, m.title, m.category, m.learning_objectives, v.status
       FROM curriculum.module m JOIN curriculum.course_version v ON v.id = m.version_id
      WHERE m.version_id = ANY($1::uuid[])
      ORDER BY m.position, m.id`,
    [versionIds],
  );
  if (modules.length === 0) return found;
  const moduleIds = modules.map((m) => m.id);
  const lessons = await em.query<
    { id: string; module_id: string; position: number; title: string; estimated_minutes: number }[]
  >(
    `SELECT id, module_id, position, title, estimated_minutes FROM curriculum.lesson
      WHERE module_id = ANY($1::uuid[]) ORDER BY position, id`,
    [moduleIds],
  );
  const byModule = new Map<string, TreeLesson[]>();
  for (const l of lessons) {
    const list = byModule.get(l.module_id) ?? [];
    list.push({
      id: l.id,
      moduleId: l.module_id,
      position: l.position,
      title: l.title,
      estimatedMinutes: l.estimated_minutes,
    });
    byModule.set(l.module_id, list);
  }
  const items = await registry.load(em, moduleIds);
  for (const m of modules) {
    const entry = found.get(m.version_id);
    if (!entry) continue;
    entry.frozen = m.status !== CourseStatus.Draft;
    const { quizzes, roleplays } = items.get(m.id) ?? { quizzes: [], roleplays: [] };
    entry.structure.push({
      id: m.id,
      versionId: m.version_id,
      position: m.position,
      title: m.title,
      category: m.category,
      learningObjectives: m.learning_objectives,
      lessons: byModule.get(m.id) ?? [],
      quizzes,
      roleplays,
    });
  }
  return found;
}

/**
 * Modules, lessons and the other items of some versions (quizzes and role-plays from the
 * registered sources), ordered, with the pass states of `items.userId`. A fixed number of
 * queries whatever their size: none for the structure of a published version already read,
 * one per item source for the pass states.
 */
export async function loadTrees(
  em: EntityManager,
  versionIds: string[],
  items: ItemsFor,
): Promise<Map<string, VersionTree>> {
  const cache = cacheOf(items.registry);
  const structures = new Map<string, Structure>();
  const missing: string[] = [];
  for (const id of new Set(versionIds)) {
    const cached = cache.get(id);
    if (cached) structures.set(id, cached);
    else missing.push(id);
  }
  if (missing.length > 0) {
    for (const [id, { structure, frozen }] of await loadStructures(em, missing, items.registry)) {
      structures.set(id, structure);
      if (frozen) {
        if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
        cache.set(id, structure);
      }
    }
  }
  const itemIds: string[] = [];
  for (const structure of structures.values())
    for (const m of structure) {
      if (m.id === items.passesBefore) break;
      for (const q of m.quizzes) itemIds.push(q.id);
      for (const r of m.roleplays) itemIds.push(r.id);
    }
  const passed = items.userId
    ? await items.registry.passed(em, itemIds, items.userId)
    : new Set<string>();
  const trees = new Map<string, VersionTree>();
  for (const id of versionIds) {
    const structure = structures.get(id) ?? [];
    trees.set(id, {
      modules: structure.map((m) => ({
        ...m,
        quizzes: m.quizzes.map((q) => ({ ...q, passed: passed.has(q.id) })),
        roleplays: m.roleplays.map((r) => ({ ...r, passed: passed.has(r.id) })),
      })),
    });
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
