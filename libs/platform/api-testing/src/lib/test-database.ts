import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { migrations } from '@lms/migrations';

const TEMPLATE = 'lms_template';
const LOCK_KEY = 7_406_111;

function serverUrl(): string {
  const url = process.env['LMS_TEST_SERVER_URL'];
  if (!url)
    throw new Error(
      'LMS_TEST_SERVER_URL is not set: run the tests through Jest (globalSetup starts PostgreSQL)',
    );
  return url;
}

function databaseUrl(name: string): string {
  const url = new URL(serverUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

/** A fingerprint of the migration list; the template is rebuilt when it changes. */
function migrationsFingerprint(): string {
  return migrations.map((m) => m.name).join(',');
}

async function withServer<T>(fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: serverUrl() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Creates (once per server, under an advisory lock) a template database with every migration applied. */
async function ensureTemplate(client: Client): Promise<void> {
  const fingerprint = migrationsFingerprint();
  const found = await client.query<{ description: string | null }>(
    `SELECT shobj_description(oid, 'pg_database') AS description FROM pg_database WHERE datname = $1`,
    [TEMPLATE],
  );
  if (found.rows[0]?.description === fingerprint) return;
  if (found.rowCount) await client.query(`DROP DATABASE "${TEMPLATE}" WITH (FORCE)`);
  await client.query(`CREATE DATABASE "${TEMPLATE}"`);
  const dataSource = new DataSource({ type: 'postgres', url: databaseUrl(TEMPLATE), migrations });
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
  await client.query(`COMMENT ON DATABASE "${TEMPLATE}" IS '${fingerprint.replace(/'/g, "''")}'`);
}

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/**
 * A fresh database of its own for one test file: a copy of the migrated template, so every
 * run also tests every migration. Drop it in afterAll.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `lms_test_${randomBytes(6).toString('hex')}`;
  await withServer(async (client) => {
    await client.query('SELECT pg_advisory_lock($1)', [LOCK_KEY]);
    try {
      await ensureTemplate(client);
      await client.query(`CREATE DATABASE "${name}" TEMPLATE "${TEMPLATE}"`);
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [LOCK_KEY]);
    }
  });
  return {
    name,
    url: databaseUrl(name),
    drop: () =>
      withServer(async (client) => {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      }),
  };
}

/** Runs SQL against a test database (for assertions that the API wrote, or did not write, rows). */
export async function queryDatabase<T extends Record<string, unknown>>(
  url: string,
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}
