import type { NextItem, QuestionKind, QuizResponse } from '@lms/shared/contracts';

export const QUESTION_KIND_LABELS: Record<QuestionKind, string> = {
  single: 'Single answer',
  multiple: 'Multiple answers',
  true_false: 'True or false',
};

const PERCENT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const DECIMAL3 = new Intl.NumberFormat('en-US', {
  minimumFractionDigits: 3,
  maximumFractionDigits: 3,
});

/** A score (0–100, two decimals at most) as "66.67%"; never rounded up to the pass mark. */
export function formatScore(score: number): string {
  return `${PERCENT.format(score)}%`;
}

/** A share (0–1) as a percentage: 0.4 → "40%". */
export function formatShare(share: number): string {
  return `${PERCENT.format(Math.round(share * 1000) / 10)}%`;
}

/** A statistic with three decimals ("0.412"), or "—" when there is none yet. */
export function formatStat(value: number | null): string {
  return value === null ? '—' : DECIMAL3.format(value);
}

/** "You need 75% to pass" */
export function passMarkText(passingScore: number): string {
  return `You need ${formatScore(passingScore)} to pass`;
}

/** "2 of 3 attempts left" */
export function attemptsLeftText(left: number, max: number): string {
  if (left <= 0) return `No attempts left (of ${max})`;
  return `${left} of ${max} ${max === 1 ? 'attempt' : 'attempts'} left`;
}

/** "40 minutes", "1 hour 30 minutes" */
export function formatDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const h = hours === 0 ? '' : `${hours} ${hours === 1 ? 'hour' : 'hours'}`;
  const m = rest === 0 ? '' : `${rest} ${rest === 1 ? 'minute' : 'minutes'}`;
  return [h, m].filter((part) => part.length > 0).join(' ') || '0 minutes';
}

/** Seconds as a clock: "39:05", "1:02:09". */
export function formatClock(totalSeconds: number): string {
  const seconds = Math.max(0, Math.floor(totalSeconds));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const pad = (n: number): string => n.toString().padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}

/** Seconds in words for screen readers: "4 minutes 5 seconds". */
export function formatTimeInWords(totalSeconds: number): string {
  const seconds = Math.max(0, Math.floor(totalSeconds));
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  const m = minutes === 0 ? '' : formatDuration(minutes);
  const s = rest === 0 ? '' : `${rest} ${rest === 1 ? 'second' : 'seconds'}`;
  return [m, s].filter((part) => part.length > 0).join(' ') || '0 seconds';
}

/** How many questions one attempt asks: the random draw, or every question of the quiz. */
export function questionsPerAttempt(quiz: QuizResponse): number {
  return quiz.questionsPerAttempt === null
    ? quiz.questionCount
    : Math.min(quiz.questionsPerAttempt, quiz.questionCount);
}

/** "5 questions, drawn at random from 7" */
export function questionsText(quiz: QuizResponse): string {
  const count = questionsPerAttempt(quiz);
  const base = `${count} ${count === 1 ? 'question' : 'questions'}`;
  return count < quiz.questionCount ? `${base}, drawn at random from ${quiz.questionCount}` : base;
}

export function quizLink(courseId: string, quizId: string): string[] {
  return ['/courses', courseId, 'quizzes', quizId];
}

export function attemptLink(courseId: string, quizId: string, attemptId: string): string[] {
  return [...quizLink(courseId, quizId), 'attempts', attemptId];
}

export function resultsLink(courseId: string, quizId: string, attemptId: string): string[] {
  return [...attemptLink(courseId, quizId, attemptId), 'results'];
}

/** Where an outline item opens: a lesson, a quiz, or the outline (role-plays, nothing next). */
export function courseItemLink(courseId: string, item: NextItem | null): string[] {
  if (item?.kind === 'lesson') return ['/courses', courseId, 'lessons', item.id];
  if (item?.kind === 'quiz') return quizLink(courseId, item.id);
  if (item?.kind === 'roleplay') return ['/courses', courseId, 'roleplays', item.id];
  return ['/courses', courseId];
}

/** An Idempotency-Key: a UUID (crypto.randomUUID needs a secure context, so fall back). */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
