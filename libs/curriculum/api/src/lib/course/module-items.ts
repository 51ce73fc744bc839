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

/** The items of a module as authored, without anyone's pass state. */
export interface ModuleItemsStructure {
  quizzes: Omit<ModuleQuizItem, 'passed'>[];
  roleplays: Omit<ModuleItem, 'passed'>[];
}

/**
 * A port for the other things a module holds (quizzes from assessment, role-plays from
 * roleplay). Curriculum cannot import those domains; they implement this and register with
 * {@link ModuleItemsRegistry}, so the outline, the unlock rule and versioning include them.
 * Trainees' outlines are cached: a source's pass states must live in tables whose changes
 * notify `outline:<user id>` on `lms_invalidate` (migration NotifyOutlineChanges).
 */
export abstract class ModuleItemsSource {
  /** The items of these modules, in one query whatever their number. */
  abstract load(
    em: EntityManager,
    moduleIds: string[],
  ): Promise<Map<string, Partial<ModuleItemsStructure>>>;
  /**
   * SQL selecting which of the items `$1::uuid[]` (ids from `load`) user `$2` has passed, as
   * one column `id`. The registry runs every source's query as one statement (UNION ALL); a
   * source that answers in code returns null and overrides {@link passed}.
   */
  passedQuery(): string | null {
    return null;
  }

  /** Which of these items the user has passed (a source without {@link passedQuery}). */
  async passed(em: EntityManager, itemIds: string[], userId: string): Promise<string[]> {
    const sql = this.passedQuery();
    if (!sql) throw new Error(`${this.constructor.name} must define passedQuery() or passed()`);
    const rows = await em.query<{ id: string }[]>(sql, [itemIds, userId]);
    return rows.map((r) => r.id);
  }
  /** A draft version was copied: copy the items of each old module to its new module. */
  abstract copy(em: EntityManager, newModuleIdByOld: ReadonlyMap<string, string>): Promise<void>;
}

@Injectable()
export class ModuleItemsRegistry {
  private readonly sources: ModuleItemsSource[] = [];

  register(source: ModuleItemsSource): void {
    if (!this.sources.includes(source)) this.sources.push(source);
  }

  async load(em: EntityManager, moduleIds: string[]): Promise<Map<string, ModuleItemsStructure>> {
    const items = new Map<string, ModuleItemsStructure>(
      moduleIds.map((id) => [id, { quizzes: [], roleplays: [] }]),
    );
    if (moduleIds.length === 0) return items;
    for (const source of this.sources) {
      for (const [moduleId, found] of await source.load(em, moduleIds)) {
        const target = items.get(moduleId);
        if (!target) continue;
        target.quizzes.push(...(found.quizzes ?? []));
        target.roleplays.push(...(found.roleplays ?? []));
      }
    }
    return items;
  }

  /**
   * The ids among `itemIds` that the user has passed: the sources' queries in one statement
   * (and one call per source that answers in code).
   */
  async passed(em: EntityManager, itemIds: string[], userId: string): Promise<Set<string>> {
    const passed = new Set<string>();
    if (itemIds.length === 0) return passed;
    const queries: string[] = [];
    for (const source of this.sources) {
      const sql = source.passedQuery();
      if (sql) queries.push(sql);
      else for (const id of await source.passed(em, itemIds, userId)) passed.add(id);
    }
    if (queries.length > 0) {
      const rows = await em.query<{ id: string }[]>(
        queries.map((q) => `(${q})`).join(' UNION ALL '),
        [itemIds, userId],
      );
      for (const row of rows) passed.add(row.id);
    }
    return passed;
  }

  async copy(em: EntityManager, newModuleIdByOld: ReadonlyMap<string, string>): Promise<void> {
    for (const source of this.sources) await source.copy(em, newModuleIdByOld);
  }
}
