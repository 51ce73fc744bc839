import type { NextItem, OutlineModule } from '@lms/shared/contracts';

export interface ProgressModule {
  id: string;
  title: string;
  lessons: { id: string; title: string }[];
  quizzes?: { id: string; title: string; passed: boolean }[];
  roleplays?: { id: string; title: string; passed: boolean }[];
}

export interface ModuleState {
  locked: boolean;
  completed: boolean;
}

export interface ProgressResult {
  modules: ModuleState[];
  completedItems: number;
  totalItems: number;
  percentComplete: number;
  nextItem: NextItem | null;
}

/**
 * The unlock rule (API.md): the first module is open; each next module opens when every
 * lesson, quiz and role-play of the previous module is complete. Pure, so it is unit-tested
 * and shared by the outline, the lesson reader and the enrollment list.
 */
export function computeProgress(
  modules: ProgressModule[],
  completedLessonIds: ReadonlySet<string>,
): ProgressResult {
  let previousComplete = true;
  let completedItems = 0;
  let totalItems = 0;
  let nextItem: NextItem | null = null;
  const states = modules.map((module) => {
    const locked = !previousComplete;
    const items: { kind: NextItem['kind']; id: string; title: string; done: boolean }[] = [
      ...module.lessons.map((l) => ({
        kind: 'lesson' as const,
        id: l.id,
        title: l.title,
        done: completedLessonIds.has(l.id),
      })),
      ...(module.quizzes ?? []).map((q) => ({
        kind: 'quiz' as const,
        id: q.id,
        title: q.title,
        done: q.passed,
      })),
      ...(module.roleplays ?? []).map((r) => ({
        kind: 'roleplay' as const,
        id: r.id,
        title: r.title,
        done: r.passed,
      })),
    ];
    const done = items.filter((i) => i.done).length;
    completedItems += done;
    totalItems += items.length;
    const completed = done === items.length;
    if (!locked && !nextItem) {
      const open = items.find((i) => !i.done);
      if (open) nextItem = { kind: open.kind, id: open.id, title: open.title, moduleId: module.id };
    }
    previousComplete = previousComplete && completed;
    return { locked, completed };
  });
  return {
    modules: states,
    completedItems,
    totalItems,
    percentComplete: totalItems === 0 ? 0 : Math.floor((completedItems * 100) / totalItems),
    nextItem,
  };
}

/** The item before or after an item, in outline order (for "previous" and "next" in the reader). */
export function neighbours(
  modules: OutlineModule[],
  itemId: string,
): { previous: NextItem | null; next: NextItem | null } {
  const flat: NextItem[] = modules.flatMap((m) => [
    ...m.lessons.map((l) => ({
      kind: 'lesson' as const,
      id: l.id,
      title: l.title,
      moduleId: m.id,
    })),
    ...m.quizzes.map((q) => ({ kind: 'quiz' as const, id: q.id, title: q.title, moduleId: m.id })),
    ...m.roleplays.map((r) => ({
      kind: 'roleplay' as const,
      id: r.id,
      title: r.title,
      moduleId: m.id,
    })),
  ]);
  const index = flat.findIndex((i) => i.id === itemId);
  return {
    previous: index > 0 ? (flat[index - 1] ?? null) : null,
    next: index >= 0 ? (flat[index + 1] ?? null) : null,
  };
}
