import { AuditEventType } from '@lms/shared/contracts';

/** "UserRolesChanged" → "User roles changed"; "CourseCeSettingsChanged" → "Course CE settings changed". */
function words(key: string): string {
  const spaced = key
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/\bce\b/g, 'CE');
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

/** The event types the trail filters on, labelled, in the contract's order. */
export const AUDIT_EVENT_TYPES: readonly { value: string; label: string }[] = Object.entries(
  AuditEventType,
).map(([key, value]) => ({ value, label: words(key) }));

const LABELS = new Map(AUDIT_EVENT_TYPES.map((t) => [t.value, t.label]));

/**
 * A person's name for an event type; types the contract does not list yet
 * ("credentials.certificate.revoked") read as their last parts ("Certificate revoked").
 */
export function auditTypeLabel(type: string): string {
  const known = LABELS.get(type);
  if (known !== undefined) return known;
  const parts = type.split('.').slice(1).join(' ').replace(/_/g, ' ').trim();
  return parts === '' ? type : parts.charAt(0).toUpperCase() + parts.slice(1);
}

const VALUE_MAX = 40;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function short(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (Array.isArray(value)) return value.length === 0 ? '[]' : value.map(short).join(', ');
  if (typeof value === 'object') return '{…}';
  if (typeof value === 'string') {
    // An id's first block tells rows apart; the whole id is in the expanded payload.
    if (UUID.test(value)) return `${value.slice(0, 8)}…`;
    return value.length > VALUE_MAX ? `${value.slice(0, VALUE_MAX - 1)}…` : value;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '…';
}

/** "before: trainee · after: trainee, instructor" — the first fields of a payload. */
export function payloadSummary(payload: Record<string, unknown>, fields = 3): string {
  const entries = Object.entries(payload);
  if (entries.length === 0) return 'No details';
  const shown = entries.slice(0, fields).map(([key, value]) => `${key}: ${short(value)}`);
  return entries.length > fields ? `${shown.join(' · ')} · …` : shown.join(' · ');
}
