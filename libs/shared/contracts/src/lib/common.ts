/** The error body every API route returns (compatible with Nest's own shape). */
export interface ApiError {
  statusCode: number;
  error: string;
  /** Machine-readable code, e.g. `VALIDATION_FAILED`, `EMAIL_TAKEN`. */
  code?: string;
  /** Human-readable messages; validation errors name the field first. */
  message: string | string[];
  requestId?: string;
}

/** Every list route returns a page. */
export interface Page<T> {
  items: T[];
  total: number;
}

export interface PageQuery {
  limit?: number;
  offset?: number;
}

export const PAGE_DEFAULT_LIMIT = 50;
export const PAGE_MAX_LIMIT = 200;

export interface HealthResponse {
  status: 'ok' | 'error';
  db: 'up' | 'down';
}

export const ErrorCode = {
  ValidationFailed: 'VALIDATION_FAILED',
  Unauthorized: 'UNAUTHORIZED',
  Forbidden: 'FORBIDDEN',
  NotFound: 'NOT_FOUND',
  PayloadTooLarge: 'PAYLOAD_TOO_LARGE',
  TooManyRequests: 'TOO_MANY_REQUESTS',
  Internal: 'INTERNAL',
  /** The database (or another dependency) is unreachable for now; retry after `Retry-After`. */
  ServiceUnavailable: 'SERVICE_UNAVAILABLE',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];
