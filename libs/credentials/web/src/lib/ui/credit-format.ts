import type { CertificateStatus, CreditType } from '@lms/shared/contracts';
import { CREDIT_TYPE_LABELS } from '@lms/shared/contracts';

/** Credits as people write them: 6, 6.5, 6.25 (never 6.250000001). */
export function formatCredits(credits: number): string {
  return String(Math.round(credits * 100) / 100);
}

/** "6.5 APA CE credits" */
export function formatClaim(credits: number, creditType: CreditType): string {
  return `${formatCredits(credits)} ${CREDIT_TYPE_LABELS[creditType]}`;
}

/** "45 min", "6 h", "6 h 4 min" — time recorded in a course. */
export function formatDuration(minutes: number): string {
  const whole = Math.max(0, Math.round(minutes));
  if (whole < 60) return `${whole} min`;
  const hours = Math.floor(whole / 60);
  const rest = whole % 60;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

const DAY = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' });
const MOMENT = new Intl.DateTimeFormat('en-US', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'UTC',
});

/**
 * "Nov 27, 2026" — certificate dates are calendar days in UTC, as the PDF prints them, so a
 * board member abroad reads the same day. (Intl instead of DatePipe keeps Angular's locale
 * data out of the bundle.)
 */
export function formatDay(iso: string): string {
  return DAY.format(new Date(iso));
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The calendar day after `day` (`YYYY-MM-DD`), for an API whose upper bound is exclusive when
 * the person chose a last day to include. Anything else comes back unchanged.
 */
export function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00.000Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(date.getTime())) return day;
  return new Date(date.getTime() + DAY_MS).toISOString().slice(0, 10);
}

/** "Nov 27, 2026, 2:05 PM UTC" — audit times (without the zone where a heading says UTC). */
export function formatMoment(iso: string, withZone = true): string {
  const moment = MOMENT.format(new Date(iso));
  return withZone ? `${moment} UTC` : moment;
}

export const CERTIFICATE_STATUS_LABELS: Record<CertificateStatus, string> = {
  active: 'Active',
  revoked: 'Revoked',
  expired: 'Expired',
};

/** Steps of 0.25 only (CE credit is recorded in quarter hours). */
export function isQuarterStep(value: number): boolean {
  return Number.isFinite(value) && Math.abs(value * 4 - Math.round(value * 4)) < 1e-9;
}
