export type QuestionKind = 'single' | 'multiple' | 'true_false';
export const QUESTION_KINDS: readonly QuestionKind[] = ['single', 'multiple', 'true_false'];

/** APA's recommendation and the product's default pass mark for a post-test. */
export const DEFAULT_PASSING_SCORE = 75;

export interface CreateQuizRequest {
  title: string;
  /** 0–100 */
  passingScore: number;
  maxAttempts: number;
  timeLimitMinutes?: number;
  /** Random draw of N questions per attempt; every question when omitted. */
  questionsPerAttempt?: number;
  /** Draw N questions per tag (e.g. `{ contraindications: 2 }`), then fill up to questionsPerAttempt. */
  questionsPerTag?: Record<string, number>;
  shuffle: boolean;
  isPostTest?: boolean;
}

export interface QuestionOptionInput {
  text: string;
  correct: boolean;
  feedback?: string;
}

export interface CreateQuestionRequest {
  type: QuestionKind;
  prompt: string;
  options: QuestionOptionInput[];
  points: number;
  rationale?: string;
  tags?: string[];
  /** multiple only */
  partialCredit?: boolean;
}

/** What a trainee may see of a question: no key, no rationale, no feedback. */
export interface TraineeQuestion {
  id: string;
  type: QuestionKind;
  prompt: string;
  points: number;
  options: { id: string; text: string }[];
}

/** The key, for instructors. */
export interface AuthorQuestion extends TraineeQuestion {
  rationale: string | null;
  tags: string[];
  partialCredit: boolean;
  options: { id: string; text: string; correct: boolean; feedback: string | null }[];
}

export interface QuizResponse {
  id: string;
  moduleId: string;
  courseId: string;
  title: string;
  passingScore: number;
  maxAttempts: number;
  timeLimitMinutes: number | null;
  questionsPerAttempt: number | null;
  questionsPerTag: Record<string, number> | null;
  shuffle: boolean;
  isPostTest: boolean;
  /** Questions an attempt draws from (with the key only for instructors). */
  questionCount: number;
  questions?: AuthorQuestion[];
  /** For the calling trainee. */
  attemptsUsed: number;
  attemptsLeft: number;
  passed: boolean;
  openAttemptId: string | null;
  locked: boolean;
}

/** POST /api/quizzes/:id/attempts */
export interface AttemptStartResponse {
  id: string;
  quizId: string;
  number: number;
  questions: TraineeQuestion[];
  startedAt: string;
  expiresAt: string | null;
  /** Autosaved answers so far (questionId → option ids), when resuming an open attempt. */
  answers: Record<string, string[]>;
}

export interface SaveAnswerRequest {
  optionIds: string[];
}

export interface SubmitAttemptRequest {
  answers?: { questionId: string; optionIds: string[] }[];
}

export interface QuestionResult {
  questionId: string;
  correct: boolean;
  earned: number;
  possible: number;
  selectedOptionIds: string[];
  correctOptionIds: string[];
  rationale: string | null;
  /** Feedback of the options the trainee picked and of the correct ones. */
  feedback: { optionId: string; text: string }[];
}

export interface SubmitAttemptResponse {
  attemptId: string;
  score: number;
  passed: boolean;
  late: boolean;
  passingScore: number;
  results: QuestionResult[];
}

export interface AttemptResponse {
  id: string;
  quizId: string;
  userId: string;
  number: number;
  status: 'open' | 'submitted';
  startedAt: string;
  expiresAt: string | null;
  submittedAt: string | null;
  late: boolean;
  score: number | null;
  passed: boolean | null;
  questions: TraineeQuestion[];
  answers: Record<string, string[]>;
  /** After submission only. */
  results: QuestionResult[] | null;
}

/** PUT /api/questions/:id — options that keep their `id` keep their identity in past attempts. */
export interface UpdateQuestionRequest extends CreateQuestionRequest {
  options: (QuestionOptionInput & { id?: string })[];
}

/** POST /api/questions/:id/regrade */
export interface RegradeResponse {
  questionId: string;
  /** Submitted attempts that were given this question. */
  attemptsChecked: number;
  /** Attempts whose score or pass state changed (each one an audit event). */
  attemptsChanged: number;
  changes: {
    attemptId: string;
    userId: string;
    scoreBefore: number;
    scoreAfter: number;
    passedBefore: boolean;
    passedAfter: boolean;
  }[];
}

/** GET /api/quizzes/:id/statistics */
export interface QuizStatistics {
  quizId: string;
  attempts: number;
  meanScore: number | null;
  passRate: number | null;
  scoreDistribution: { from: number; to: number; count: number }[];
  questions: {
    questionId: string;
    prompt: string;
    attempts: number;
    difficulty: number | null;
    discrimination: number | null;
    /** Discrimination below 0.2: review the question. */
    flagged: boolean;
    options: { optionId: string; text: string; correct: boolean; pickRate: number }[];
  }[];
}

/** GET /api/courses/:id/questions — the course's question bank (instructors). */
export interface QuestionBankQuery {
  tag?: string;
  limit?: number;
  offset?: number;
}
