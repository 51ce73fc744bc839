import { randomUUID } from 'node:crypto';
import { writeFileSync, existsSync, readFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** One request the load sent, as the client saw it. */
export interface Sample {
  kind: string;
  start: number;
  end: number;
  /** HTTP status; 0 when no answer came (connection refused or reset, or the 10 s timeout). */
  status: number;
  code?: string;
  retryAfter?: string | null;
  /** The body looked like an ApiError (statusCode, error, message). */
  apiError: boolean;
  failure?: string;
}

export interface Reply<T = unknown> {
  status: number;
  body: T;
  sample: Sample;
}

/** Each request gives up after this long, so a hanging request shows as a failure. */
export const CLIENT_TIMEOUT_MS = 10_000;

function isApiError(body: unknown): boolean {
  if (typeof body !== 'object' || body === null) return false;
  const b = body as Record<string, unknown>;
  return (
    typeof b['statusCode'] === 'number' &&
    typeof b['error'] === 'string' &&
    (typeof b['message'] === 'string' || Array.isArray(b['message']))
  );
}

/** A fetch client that records every request (timings, status, error shape). */
export class LoadClient {
  readonly samples: Sample[] = [];

  constructor(readonly baseUrl: string) {}

  async send<T = unknown>(
    kind: string,
    method: string,
    path: string,
    options: { token?: string; body?: unknown; headers?: Record<string, string> } = {},
  ): Promise<Reply<T>> {
    const start = Date.now();
    const headers: Record<string, string> = { ...options.headers };
    if (options.token) headers['authorization'] = `Bearer ${options.token}`;
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    try {
      const res = await fetch(`${this.baseUrl}${path}`, {
        method,
        headers,
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
        signal: AbortSignal.timeout(CLIENT_TIMEOUT_MS),
      });
      const text = await res.text();
      let body: unknown = text;
      try {
        body = text ? JSON.parse(text) : null;
      } catch {
        // not JSON
      }
      const sample: Sample = {
        kind,
        start,
        end: Date.now(),
        status: res.status,
        code:
          typeof body === 'object' && body !== null && 'code' in body
            ? String(body.code)
            : undefined,
        retryAfter: res.headers.get('retry-after'),
        apiError: isApiError(body),
      };
      this.samples.push(sample);
      return { status: res.status, body: body as T, sample };
    } catch (error) {
      const sample: Sample = {
        kind,
        start,
        end: Date.now(),
        status: 0,
        apiError: false,
        failure: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
      };
      this.samples.push(sample);
      return { status: 0, body: null as T, sample };
    }
  }
}

export function idempotencyKey(): string {
  return randomUUID();
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

/** docs/reliability-figures.json: the figures of the last `npm run test:faults`, one section per suite. */
export const FIGURES_FILE = resolve(__dirname, '../../../../../docs/reliability-figures.json');

export function writeFigures(name: string, figures: Record<string, unknown>): void {
  // FAULTS_LABEL keeps a measurement of another build apart (e.g. "before").
  const label = process.env['FAULTS_LABEL'];
  const section = label ? `${name}:${label}` : name;
  const current: Record<string, unknown> = existsSync(FIGURES_FILE)
    ? (JSON.parse(readFileSync(FIGURES_FILE, 'utf8')) as Record<string, unknown>)
    : {};
  current[section] = figures;
  mkdirSync(dirname(FIGURES_FILE), { recursive: true });
  writeFileSync(FIGURES_FILE, `${JSON.stringify(current, null, 2)}\n`);
  process.stdout.write(`\n${section}: ${JSON.stringify(figures, null, 2)}\n`);
}
