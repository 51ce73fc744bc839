import type { GradeOutcomeValue, RoleplayResponse } from '@lms/shared/contracts';

/** The largest recording the API accepts by default (API.md, "Role-play"). */
export const MAX_RECORDING_BYTES = 200 * 1024 * 1024;
export const TRANSCRIPT_MIN = 50;
export const TRANSCRIPT_MAX = 100_000;
export const REFLECTION_MIN = 20;
export const REFLECTION_MAX = 20_000;
export const FEEDBACK_MAX = 10_000;
export const COMMENT_MAX = 4000;
export const REASON_MAX = 2000;

const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const ONE_DECIMAL = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
const DATE_TIME = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' });

/** A count or score with at most two decimals: 1234.5 → "1,234.5". */
export function formatNumber(value: number): string {
  return NUMBER.format(value);
}

/** "Jan 5, 2026, 10:00 AM". (Intl instead of DatePipe keeps Angular's locale data out.) */
export function formatDateTime(iso: string): string {
  return DATE_TIME.format(new Date(iso));
}

/** File sizes as people read them: "812 bytes", "4.2 KB", "12.5 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${ONE_DECIMAL.format(value)} ${units[unit]}`;
}

/** How long a submission has waited: "less than a minute", "45 min", "2 h 5 min", "3 days". */
export function formatWaiting(minutes: number): string {
  const m = Math.max(0, Math.floor(minutes));
  if (m < 1) return 'less than a minute';
  if (m < 60) return `${m} min`;
  if (m < 24 * 60) {
    const hours = Math.floor(m / 60);
    const rest = m % 60;
    return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
  }
  const days = Math.floor(m / (24 * 60));
  return `${days} ${days === 1 ? 'day' : 'days'}`;
}

/** "1 point", "2 points" */
export function pointsText(points: number): string {
  return `${formatNumber(points)} ${points === 1 ? 'point' : 'points'}`;
}

/** "70% of 8 points" */
export function passMarkText(
  roleplay: Pick<RoleplayResponse, 'passingScore' | 'maxPoints'>,
): string {
  return `${formatNumber(roleplay.passingScore)}% of ${pointsText(roleplay.maxPoints)}`;
}

/** A share of the rubric's maximum, as the API rounds it: two decimals. */
export function percentOf(points: number, maxPoints: number): number {
  return maxPoints === 0 ? 0 : Math.round((points / maxPoints) * 10_000) / 100;
}

export const OUTCOME_LABELS: Record<GradeOutcomeValue, string> = {
  pass: 'Passed',
  revise: 'Revise and resubmit',
};

/** "14 / 20 points · 70%" */
export function scoreText(points: number, maxPoints: number, percent: number): string {
  return `${formatNumber(points)} / ${pointsText(maxPoints)} · ${formatNumber(percent)}%`;
}

/** Characters typed against the limits: "12 / 100,000 characters". */
export function charactersText(count: number, max: number): string {
  return `${formatNumber(count)} / ${formatNumber(max)} characters`;
}

export function roleplayLink(courseId: string, roleplayId: string): string[] {
  return ['/courses', courseId, 'roleplays', roleplayId];
}

export function gradingLink(submissionId: string): string[] {
  return ['/grading', submissionId];
}

/** Whether a recording plays in a <video> (else an <audio>). */
export function isVideo(contentType: string): boolean {
  return contentType.toLowerCase().startsWith('video/');
}
