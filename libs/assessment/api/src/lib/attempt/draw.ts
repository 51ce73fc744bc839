import { randomInt } from 'node:crypto';

/** Fisher–Yates with a cryptographic RNG. */
export function shuffled<T>(items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = randomInt(i + 1);
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

/**
 * The questions of one attempt: N per tag first (no question twice), then random others up to
 * questionsPerAttempt; the whole list when neither is set.
 */
export function drawQuestions<T extends { id: string; tags: string[] }>(
  bank: readonly T[],
  perAttempt: number | null,
  perTag: Record<string, number> | null,
): T[] {
  if (perAttempt === null && perTag === null) return [...bank];
  const chosen: T[] = [];
  for (const [tag, count] of Object.entries(perTag ?? {})) {
    const candidates = shuffled(bank.filter((q) => q.tags.includes(tag) && !chosen.includes(q)));
    chosen.push(...candidates.slice(0, count));
  }
  const target = Math.max(perAttempt ?? 0, chosen.length);
  chosen.push(
    ...shuffled(bank.filter((q) => !chosen.includes(q))).slice(0, target - chosen.length),
  );
  return chosen;
}
