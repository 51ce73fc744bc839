import 'reflect-metadata';
import {
  ConfigurationError,
  type EmbeddedDatabase,
  ensureDatabase,
  loadPlatformConfig,
  startEmbeddedPostgres,
} from '@lms/platform/api';
import { loadIdentityConfig } from '@lms/identity/api';
import type { INestApplication } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import cluster, { type Worker } from 'node:cluster';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { migrations } from '@lms/migrations';
import { createApp } from './app/create-app';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './app/seed/demo-seed';

/** One JSON log line, for the few messages written before the Nest logger exists. */
function log(level: 'info' | 'error', msg: string, extra: Record<string, unknown> = {}): void {
  const line = JSON.stringify({ level, time: Date.now(), context: 'Bootstrap', msg, ...extra });
  (level === 'error' ? process.stderr : process.stdout).write(`${line}\n`);
}

/** `node main.js migrate`: apply pending migrations to DATABASE_URL and exit (for deployments). */
async function migrateOnly(databaseUrl: string | undefined): Promise<void> {
  if (!databaseUrl)
    throw new ConfigurationError(
      'Invalid configuration: DATABASE_URL must be set to run migrations on their own',
    );
  const dataSource = new DataSource({ type: 'postgres', url: databaseUrl, migrations });
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    log('info', `Migrations applied: ${applied.length}`, { applied: applied.map((m) => m.name) });
  } finally {
    await dataSource.destroy();
  }
}

async function main(): Promise<void> {
  const config = loadPlatformConfig();
  if (process.argv[2] === 'migrate') {
    await migrateOnly(config.databaseUrl);
    return;
  }
  const identity = loadIdentityConfig();
  let embedded: EmbeddedDatabase | undefined;
  const state: { stopping: boolean; app?: INestApplication } = { stopping: false };

  const shutdown = async (signal: string): Promise<void> => {
    if (state.stopping) return;
    state.stopping = true;
    log('info', `Received ${signal}, shutting down`);
    const force = setTimeout(() => process.exit(1), 15_000);
    force.unref();
    try {
      await state.app?.close();
    } catch (error) {
      log('error', 'Error while closing the application', { err: String(error) });
    }
    if (embedded) {
      await embedded.stop();
      log('info', 'Embedded PostgreSQL stopped');
    }
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    const directory = join(config.dataDir, 'postgres');
    log('info', 'Starting embedded PostgreSQL', { directory });
    embedded = await startEmbeddedPostgres({ directory, persistent: true });
    databaseUrl = await ensureDatabase(embedded.socketUrl, 'threshold');
    log('info', 'Embedded PostgreSQL is up', { port: embedded.port });
  }
  if (state.stopping) return;

  if (config.workers > 1 && cluster.isPrimary) {
    runWorkers(
      config.workers,
      {
        DATABASE_URL: databaseUrl,
        SEED_DEMO: String(config.seedDemo),
        // Every worker must sign and verify with the same key.
        JWT_ACCESS_SECRET: identity.jwtSecret,
      },
      state,
      async () => {
        if (embedded) {
          await embedded.stop();
          log('info', 'Embedded PostgreSQL stopped');
        }
      },
    );
    if (identity.jwtSecretGenerated)
      log('info', 'JWT_ACCESS_SECRET is not set: using a random secret for these processes');
    return;
  }

  if (identity.jwtSecretGenerated) {
    log(
      'info',
      'JWT_ACCESS_SECRET is not set: using a random secret for this process (sessions survive restarts through refresh cookies)',
    );
  }

  const app = await createApp({
    databaseUrl,
    seedDemo: config.seedDemo,
    webDistDir: config.webDistDir ?? join(__dirname, '..', 'web', 'browser'),
    logLevel: config.logLevel,
    logPretty: config.logPretty,
    trustProxy: config.trustProxy,
    hsts: config.hsts,
    databasePool: config.databasePool,
  });
  state.app = app;
  await listenOnAllInterfaces(app, config.port);
  const url = `http://localhost:${config.port}/`;
  log('info', `Threshold is ready at ${url}`, { url, api: `${url}api`, docs: `${url}api/docs` });
  if (config.seedDemo && (cluster.isPrimary || cluster.worker?.id === 1)) {
    const lines = DEMO_ACCOUNTS.map(
      (a) => `    ${a.roles[0].padEnd(10)} ${a.email.padEnd(22)} ${DEMO_PASSWORD}`,
    );
    process.stdout.write(
      `\n  Threshold is running at ${url}\n  API docs: ${url}api/docs\n\n  Demo sign-ins:\n${lines.join('\n')}\n\n  Press Ctrl-C to stop.\n\n`,
    );
  }
}

/**
 * Listens on every interface, as Node does for a port without a host: IPv6 and IPv4 (`::`), or
 * IPv4 alone where IPv6 is not available. (Fastify would listen on localhost only.)
 */
async function listenOnAllInterfaces(app: NestFastifyApplication, port: number): Promise<void> {
  try {
    await app.listen(port, '::');
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code !== 'EAFNOSUPPORT' && code !== 'EADDRNOTAVAIL') throw error;
    await app.listen(port, '0.0.0.0');
  }
}

/**
 * API_WORKERS > 1: this process keeps the embedded database and forks the HTTP workers, which
 * share the port (node:cluster hands out connections). A worker that dies is replaced unless
 * it died within 10 s of starting (then everything stops: it would only die again).
 */
function runWorkers(
  count: number,
  env: Record<string, string>,
  state: { stopping: boolean },
  stopDatabase: () => Promise<void>,
): void {
  const startedAt = new Map<Worker, number>();
  let exitCode = 0;
  const fork = (index: number): void => {
    const worker = cluster.fork(env);
    startedAt.set(worker, Date.now());
    worker.on('exit', (code, signal) => {
      const lived = Date.now() - (startedAt.get(worker) ?? 0);
      startedAt.delete(worker);
      if (state.stopping) {
        if (startedAt.size === 0) void stopDatabase().then(() => process.exit(exitCode));
        return;
      }
      log('error', 'An API worker stopped', { index, code, signal, livedMs: lived });
      if (lived < 10_000) {
        exitCode = 1;
        void stopAll('a worker failed at start');
        return;
      }
      fork(index);
    });
  };
  const stopAll = async (reason: string): Promise<void> => {
    if (state.stopping) return;
    state.stopping = true;
    log('info', `Stopping ${startedAt.size} API workers (${reason})`);
    setTimeout(() => process.exit(1), 20_000).unref();
    for (const worker of startedAt.keys()) worker.kill('SIGTERM');
    if (startedAt.size === 0) {
      await stopDatabase();
      process.exit(exitCode);
    }
  };
  process.removeAllListeners('SIGINT');
  process.removeAllListeners('SIGTERM');
  process.on('SIGINT', () => void stopAll('SIGINT'));
  process.on('SIGTERM', () => void stopAll('SIGTERM'));
  for (let i = 1; i <= count; i++) fork(i);
  log('info', `Started ${count} API workers`, { workers: count });
}

main().catch((error: unknown) => {
  if (error instanceof ConfigurationError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    log('error', 'Start-up failed', {
      err: error instanceof Error ? (error.stack ?? error.message) : String(error),
    });
  }
  process.exit(1);
});
