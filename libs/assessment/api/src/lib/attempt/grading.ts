/** The question types of API.md. */
export type QuestionType = 'single' | 'multiple' | 'true_false';

/** What grading needs of a question: its snapshot as the attempt was given it. */
export interface GradableQuestion {
  id: string;
  type: QuestionType;
  points: number;
  /** multiple only: credit per correct choice, less one per wrong choice, floored at 0. */
  partialCredit: boolean;
  options: { id: string; correct: boolean }[];
}

export interface QuestionGrade {
  questionId: string;
  /** Full credit. */
  correct: boolean;
  earned: number;
  possible: number;
}

export interface AttemptGrade {
  /** points earned / points possible × 100, rounded to two decimals. */
  score: number;
  passed: boolean;
  earned: number;
  possible: number;
  questions: QuestionGrade[];
}

const round2 = (value: number): number => Math.round(value * 100) / 100;

/**
 * One question. single and true_false: the one correct option and nothing else. multiple:
 * exactly the set of correct options (all or nothing), or with partial credit
 * points × max(0, (right picks − wrong picks) / number of correct options).
 * Unknown option ids count as wrong picks.
 */
export function gradeQuestion(
  question: GradableQuestion,
  selected: readonly string[],
): QuestionGrade {
  const picks = new Set(selected);
  const correctIds = new Set(question.options.filter((o) => o.correct).map((o) => o.id));
  const rightPicks = [...picks].filter((id) => correctIds.has(id)).length;
  const wrongPicks = picks.size - rightPicks;
  const exact = wrongPicks === 0 && rightPicks === correctIds.size && correctIds.size > 0;
  let earned = exact ? question.points : 0;
  if (!exact && question.type === 'multiple' && question.partialCredit && correctIds.size > 0) {
    earned = round2((question.points * Math.max(0, rightPicks - wrongPicks)) / correctIds.size);
  }
  return { questionId: question.id, correct: exact, earned, possible: question.points };
}

/** A whole attempt against the pass mark (0–100). Unanswered questions earn nothing. */
export function gradeAttempt(
  questions: readonly GradableQuestion[],
  answers: ReadonlyMap<string, readonly string[]>,
  passingScore: number,
): AttemptGrade {
  const graded = questions.map((q) => gradeQuestion(q, answers.get(q.id) ?? []));
  const earned = round2(graded.reduce((sum, g) => sum + g.earned, 0));
  const possible = graded.reduce((sum, g) => sum + g.possible, 0);
  const score = possible === 0 ? 0 : round2((earned / possible) * 100);
  return { score, passed: score >= passingScore, earned, possible, questions: graded };
}
