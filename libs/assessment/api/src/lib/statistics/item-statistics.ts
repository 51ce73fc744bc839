/** One graded attempt as statistics see it. */
export interface ScoredAttempt {
  /** The attempt's score, 0–100. */
  score: number;
  passed: boolean;
  /** Per question given in this attempt: full credit, and the options picked. */
  answers: Map<string, { correct: boolean; optionIds: readonly string[] }>;
}

export interface QuestionStatistics {
  questionId: string;
  /** Attempts that were given this question. */
  attempts: number;
  /** Share of those attempts with full credit (0–1); null without attempts. */
  difficulty: number | null;
  /**
   * Point-biserial correlation between full credit on this question (1/0) and the attempt's
   * score, over the attempts given the question; null when either side does not vary.
   */
  discrimination: number | null;
  /** Below 0.2: the question separates strong and weak trainees poorly; review it. */
  flagged: boolean;
  options: { optionId: string; pickRate: number }[];
}

export const DISCRIMINATION_REVIEW_THRESHOLD = 0.2;

const round3 = (value: number): number => Math.round(value * 1000) / 1000;

/**
 * r_pb = (M1 − M0) / s × √(p·q): M1 and M0 are the mean scores of attempts with and without
 * full credit, s the population standard deviation of all their scores, p the share with full
 * credit and q = 1 − p.
 */
export function pointBiserial(
  itemCorrect: readonly boolean[],
  scores: readonly number[],
): number | null {
  const n = scores.length;
  if (n === 0 || itemCorrect.length !== n) return null;
  const right = scores.filter((_, i) => itemCorrect[i]);
  const wrong = scores.filter((_, i) => !itemCorrect[i]);
  if (right.length === 0 || wrong.length === 0) return null;
  const mean = scores.reduce((a, b) => a + b, 0) / n;
  const sd = Math.sqrt(scores.reduce((a, b) => a + (b - mean) ** 2, 0) / n);
  if (sd === 0) return null;
  const m1 = right.reduce((a, b) => a + b, 0) / right.length;
  const m0 = wrong.reduce((a, b) => a + b, 0) / wrong.length;
  const p = right.length / n;
  return round3(((m1 - m0) / sd) * Math.sqrt(p * (1 - p)));
}

export function questionStatistics(
  questionId: string,
  optionIds: readonly string[],
  attempts: readonly ScoredAttempt[],
): QuestionStatistics {
  const given = attempts.filter((a) => a.answers.has(questionId));
  const correct = given.map((a) => a.answers.get(questionId)?.correct ?? false);
  const difficulty =
    given.length === 0 ? null : round3(correct.filter(Boolean).length / given.length);
  const discrimination = pointBiserial(
    correct,
    given.map((a) => a.score),
  );
  return {
    questionId,
    attempts: given.length,
    difficulty,
    discrimination,
    flagged: discrimination !== null && discrimination < DISCRIMINATION_REVIEW_THRESHOLD,
    options: optionIds.map((optionId) => ({
      optionId,
      pickRate:
        given.length === 0
          ? 0
          : round3(
              given.filter((a) => a.answers.get(questionId)?.optionIds.includes(optionId)).length /
                given.length,
            ),
    })),
  };
}

/** Scores in ten bins: 0–9, 10–19, …, 90–100. */
export function scoreDistribution(
  scores: readonly number[],
): { from: number; to: number; count: number }[] {
  const bins = Array.from({ length: 10 }, (_, i) => ({
    from: i * 10,
    to: i === 9 ? 100 : i * 10 + 9,
    count: 0,
  }));
  for (const score of scores) {
    const bin = bins.at(Math.min(9, Math.max(0, Math.floor(score / 10))));
    if (bin) bin.count += 1;
  }
  return bins;
}
