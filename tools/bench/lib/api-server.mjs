// Starts the production build (dist/apps/api/main.js) on the embedded PostgreSQL of a bench
// data directory, the way tools/scripts/start.mjs does, and gives the benchmark what it needs
// to watch it: the API's pid, PostgreSQL's postmaster pid and a direct connection URL.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  closeSync,
  fstatSync,
  existsSync,
  lstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  realpathSync,
  rmSync,
  statSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import pg from 'pg';
import { log, ROOT, sleep } from './common.mjs';

/** The text of `file` from byte `offset` on (only what this run wrote). */
function readFrom(file, offset) {
  const fd = openSync(file, 'r');
  try {
    const length = Math.max(0, fstatSync(fd).size - offset);
    const buffer = Buffer.alloc(length);
    readSync(fd, buffer, 0, length, offset);
    return buffer.toString('utf8');
  } finally {
    closeSync(fd);
  }
}

export const API_MAIN = join(ROOT, 'dist', 'apps', 'api', 'main.js');
const WEB_INDEX = join(ROOT, 'dist', 'apps', 'web', 'browser', 'index.html');

/** Builds api and web (production) when asked or when the build is missing. */
export function ensureBuilt({ build = false } = {}) {
  if (!build && existsSync(API_MAIN) && existsSync(WEB_INDEX)) return;
  log('building api and web (production) ...');
  const r = spawnSync(
    'npx',
    ['nx', 'run-many', '-t', 'build', '-p', 'api', 'web', '--output-style=static'],
    {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
    },
  );
  if (r.status !== 0) throw new Error('the production build failed');
}

export async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Deletes a bench data directory, including the cluster it may link to: as root the platform
 * keeps the cluster in /var/lib/threshold/<hash>/postgres behind a symlink.
 */
export function removeDataDir(dataDir) {
  const link = join(dataDir, 'postgres');
  try {
    if (lstatSync(link).isSymbolicLink())
      rmSync(realpathSync(link), { recursive: true, force: true });
  } catch {
    // nothing there
  }
  rmSync(dataDir, { recursive: true, force: true });
}

const running = new Set();
process.on('exit', () => {
  for (const child of running) {
    try {
      child.kill('SIGTERM');
    } catch {
      // already gone
    }
  }
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    // Let the API stop its PostgreSQL, then leave.
    Promise.all([...running].map((c) => stopChild(c)))
      .catch(() => undefined)
      .finally(() => process.exit(130));
  });
}

async function stopChild(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
  await exited;
  clearTimeout(timer);
  running.delete(child);
}

/**
 * Spawns the API with DATA_DIR = dataDir (embedded PostgreSQL in dataDir/postgres) and waits
 * for /api/health. Logs go to dataDir/api.log. Returns { url, pid, postmasterPid, pgUrl, stop }.
 */
export async function startApi({
  dataDir,
  env = {},
  logLevel = 'info',
  readyTimeoutMs = 180_000,
  // e.g. BENCH_API_NODE_ARGS="--cpu-prof --cpu-prof-dir=tmp/bench/prof" to profile the API
  nodeArgs = (process.env.BENCH_API_NODE_ARGS ?? '').split(' ').filter(Boolean),
}) {
  if (!existsSync(API_MAIN))
    throw new Error(
      `Not built yet: ${API_MAIN} (run: NX_DAEMON=false NX_NO_CLOUD=true npx nx run-many -t build -p api web)`,
    );
  mkdirSync(dataDir, { recursive: true });
  chmodSync(dataDir, 0o755);
  const port = await freePort();
  const logFile = join(dataDir, 'api.log');
  const fd = openSync(logFile, 'a');
  const childEnv = {
    ...process.env,
    NODE_ENV: 'production',
    PORT: String(port),
    DATA_DIR: dataDir,
    SEED_DEMO: 'true',
    LOG_LEVEL: logLevel,
    JWT_ACCESS_SECRET: randomBytes(48).toString('base64url'),
    JWT_ACCESS_TTL_SECONDS: '3600',
    // Every simulated trainee signs in from 127.0.0.1: the per-address limit must not bite.
    AUTH_THROTTLE_LIMIT: '100000000',
    AUTH_ACCOUNT_THROTTLE_LIMIT: '1000',
    PUBLIC_BASE_URL: `http://localhost:${port}`,
    ...env,
  };
  delete childEnv.DATABASE_URL;
  // Bytes of earlier runs' log lines (the log of a bench data directory grows run after run).
  const offset = existsSync(logFile) ? statSync(logFile).size : 0;
  const child = spawn(process.execPath, [...nodeArgs, API_MAIN], {
    cwd: ROOT,
    env: childEnv,
    stdio: ['ignore', fd, fd],
  });
  closeSync(fd);
  running.add(child);
  const url = `http://127.0.0.1:${port}`;
  const started = Date.now();
  const tail = () => readFrom(logFile, offset).split('\n').slice(-30).join('\n');
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      running.delete(child);
      throw new Error(
        `the API exited during start-up (${child.exitCode ?? child.signalCode}):\n${tail()}`,
      );
    }
    if (Date.now() - started > readyTimeoutMs) {
      await stopChild(child);
      throw new Error(
        `the API did not answer /api/health within ${readyTimeoutMs / 1000} s:\n${tail()}`,
      );
    }
    try {
      const res = await fetch(`${url}/api/health`);
      await res.text();
      if (res.status === 200) break;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  const logText = readFrom(logFile, offset);
  const up = logText
    .split('\n')
    .filter((l) => l.includes('Embedded PostgreSQL is up'))
    .map((l) => JSON.parse(l))
    .at(-1);
  if (!up) throw new Error('no "Embedded PostgreSQL is up" line in the API log');
  const credentials = JSON.parse(readFileSync(join(dataDir, 'postgres.credentials.json'), 'utf8'));
  const pgUrl = `postgres://${credentials.user}:${encodeURIComponent(credentials.password)}@127.0.0.1:${up.port}/threshold`;
  const cluster = realpathSync(join(dataDir, 'postgres'));
  const postmasterPid = Number(
    readFileSync(join(cluster, 'postmaster.pid'), 'utf8').split('\n')[0],
  );
  log(
    `API up at ${url} (pid ${child.pid}, PostgreSQL pid ${postmasterPid} port ${up.port}) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return {
    url,
    port,
    pid: child.pid,
    postmasterPid,
    pgUrl,
    logFile,
    dataDir,
    exited: () => child.exitCode !== null || child.signalCode !== null,
    stop: async () => {
      await stopChild(child);
      log('API stopped');
    },
  };
}

export async function connectPg(pgUrl, applicationName = 'threshold-bench') {
  const client = new pg.Client({ connectionString: pgUrl, application_name: applicationName });
  // The server may go away first (Ctrl-C stops the API and its PostgreSQL): not a crash.
  client.on('error', () => undefined);
  await client.connect();
  return client;
}

/** The bare baseline: a Node http server answering a constant JSON body, in its own process. */
export async function startBareServer() {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [join(ROOT, 'tools', 'bench', 'lib', 'bare-server.mjs'), String(port)],
    {
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  running.add(child);
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i += 1) {
    try {
      const res = await fetch(url);
      await res.text();
      if (res.ok) break;
    } catch {
      await sleep(50);
    }
  }
  return { url, pid: child.pid, stop: () => stopChild(child) };
}
