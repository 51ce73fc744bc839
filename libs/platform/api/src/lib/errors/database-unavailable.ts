/**
 * Recognises errors that mean "the database cannot be reached right now" (as opposed to a bug
 * such as a missing column): the API answers them 503 with Retry-After instead of 500.
 */

/** Socket errors from node (pg reports them with the errno code). */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);

/**
 * SQLSTATEs of a server that is going away, starting, overloaded, cancelled our statement or
 * no longer lets us in: class 08 (connection exception), 57P01 admin_shutdown, 57P02
 * crash_shutdown, 57P03 cannot_connect_now ("the database system is starting up"), 53300
 * too_many_connections, 57014 query_canceled (our statement_timeout), 3D000 the database does
 * not exist (dropped or not yet restored), 28000/28P01 the login is refused.
 */
const UNAVAILABLE_SQLSTATES = new Set([
  '3D000',
  '28000',
  '28P01',
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
  '57P01',
  '57P02',
  '57P03',
  '53300',
  '57014',
]);

/** node-postgres and pg-pool say these in plain words, without a code. */
const UNAVAILABLE_MESSAGES = [
  /connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /connection (?:error|is closed)/i,
  /not queryable/i,
  /Client was closed/i,
];

function nested(error: object): unknown[] {
  const e = error as { driverError?: unknown; cause?: unknown; errors?: unknown };
  return [e.driverError, e.cause, ...(Array.isArray(e.errors) ? (e.errors as unknown[]) : [])];
}

/** The SQLSTATE or errno code that made `error` a database outage, or null when it is not one. */
export function databaseUnavailableReason(error: unknown, depth = 0): string | null {
  if (typeof error !== 'object' || error === null || depth > 4) return null;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (NETWORK_CODES.has(code) || UNAVAILABLE_SQLSTATES.has(code)))
    return code;
  const message = (error as { message?: unknown }).message;
  if (typeof message === 'string' && UNAVAILABLE_MESSAGES.some((m) => m.test(message)))
    return message.slice(0, 80);
  for (const inner of nested(error)) {
    const reason = databaseUnavailableReason(inner, depth + 1);
    if (reason) return reason;
  }
  return null;
}

export function isDatabaseUnavailable(error: unknown): boolean {
  return databaseUnavailableReason(error) !== null;
}
