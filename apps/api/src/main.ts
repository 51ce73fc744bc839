import 'reflect-metadata';
import { ConfigurationError, type EmbeddedDatabase, ensureDatabase, loadPlatformConfig, startEmbeddedPostgres } from '@lms/platform/api';
import { loadIdentityConfig } from '@lms/identity/api';
import type { INestApplication } from '@nestjs/common';
import { join } from 'node:path';
import { createApp } from './app/create-app';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './app/seed/demo-seed';

/** One JSON log line, for the few messages written before the Nest logger exists. */
function log(level: 'info' | 'error', msg: string, extra: Record<string, unknown> = {}): void {
  const line = JSON.stringify({ level, time: Date.now(), context: 'Bootstrap', msg, ...extra });
  (level === 'error' ? process.stderr : process.stdout).write(`${line}\n`);
}

async function main(): Promise<void> {
  const config = loadPlatformConfig();
  const identity = loadIdentityConfig();
  let embedded: EmbeddedDatabase | undefined;
  let app: INestApplication | undefined;
  let stopping = false;

  const shutdown = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    log('info', `Received ${signal}, shutting down`);
    const force = setTimeout(() => process.exit(1), 15_000);
    force.unref();
    try {
      await app?.close();
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
    databaseUrl = await ensureDatabase(embedded.url, 'threshold');
    log('info', 'Embedded PostgreSQL is up', { port: embedded.port });
  }
  if (stopping) return;

  if (identity.jwtSecretGenerated) {
    log('info', 'JWT_ACCESS_SECRET is not set: using a random secret for this process (sessions survive restarts through refresh cookies)');
  }

  app = await createApp({
    databaseUrl,
    seedDemo: config.seedDemo,
    webDistDir: config.webDistDir ?? join(__dirname, '..', 'web', 'browser'),
    logLevel: config.logLevel,
    logPretty: config.logPretty,
    trustProxy: config.trustProxy,
  });
  await app.listen(config.port);
  const url = `http://localhost:${config.port}/`;
  log('info', `Threshold is ready at ${url}`, { url, api: `${url}api`, docs: `${url}api/docs` });
  if (config.seedDemo) {
    const lines = DEMO_ACCOUNTS.map((a) => `    ${a.roles[0].padEnd(10)} ${a.email.padEnd(22)} ${DEMO_PASSWORD}`);
    process.stdout.write(
      `\n  Threshold is running at ${url}\n  API docs: ${url}api/docs\n\n  Demo sign-ins:\n${lines.join('\n')}\n\n  Press Ctrl-C to stop.\n\n`,
    );
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigurationError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    log('error', 'Start-up failed', { err: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
  process.exit(1);
});
