import type { CreditDesignation, NextItem } from '@lms/shared/contracts';
import { CREDIT_TYPE_LABELS } from '@lms/shared/contracts';

/** "45 min", "1 h 30 min" — for a lesson or a module. */
export function formatMinutes(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/** "About 6.5 hours" — for a course, rounded to the nearest half hour. */
export function formatCourseHours(minutes: number): string {
  if (minutes === 0) return 'No lessons yet';
  if (minutes < 60) return `About ${minutes} minutes`;
  const hours = Math.round((minutes / 60) * 2) / 2;
  return `About ${hours} ${hours === 1 ? 'hour' : 'hours'}`;
}

/** "AMA PRA Category 1 Credit™: up to 6.5" */
export function formatCredit(designation: CreditDesignation): string {
  return `${CREDIT_TYPE_LABELS[designation.creditType]}: up to ${designation.maxCredits}`;
}

/** Where an item of the course opens: a lesson, a quiz, a role-play, or the outline. */
export function itemLink(courseId: string, item: NextItem | null): string[] {
  switch (item?.kind) {
    case 'lesson':
      return ['/courses', courseId, 'lessons', item.id];
    case 'quiz':
      return ['/courses', courseId, 'quizzes', item.id];
    case 'roleplay':
      return ['/courses', courseId, 'roleplays', item.id];
    case undefined:
      return ['/courses', courseId];
  }
}

/** Seconds as "12 min" (rounded down), or "less than a minute". */
export function formatReadingTime(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  if (minutes === 0) return 'less than a minute';
  return formatMinutes(minutes);
}

const DAY = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' });

/** "Nov 27, 2026". (Intl instead of DatePipe keeps Angular's locale data out of the bundle.) */
export function formatDay(iso: string): string {
  return DAY.format(new Date(iso));
}
