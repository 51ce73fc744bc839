// The cache's own service is what is under test: the e2e project may not import api libs otherwise.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { CacheInvalidation } from '@lms/platform/api';
import { queryDatabase } from '@lms/platform/api-testing';
import request from 'supertest';
import { bearer, registerTrainee, startTestApp, type TestApp } from '../support/test-app';

/**
 * The sign-in check of every request is cached per process (who a token's user is: email and
 * roles). Any change of that row - through this API, another replica or plain SQL - must reach
 * the cache at once; a lost listening connection must never leave it stale.
 */
describe('Platform: caches dropped by PostgreSQL notifications', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  const sql = <T extends Record<string, unknown>>(text: string, params: unknown[] = []) =>
    queryDatabase<T>(t.db.url, text, params);

  /** Milliseconds until `path` answers `status` to `token` (fails after 3 s). */
  async function until(token: string, path: string, status: number): Promise<number> {
    const began = Date.now();
    for (;;) {
      const res = await request(t.http).get(path).set(bearer(token));
      if (res.status === status) return Date.now() - began;
      if (Date.now() - began > 3000) throw new Error(`${path} still answers ${res.status}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  async function listener(): Promise<number | null> {
    const rows = await sql<{ pid: number }>(
      `SELECT pid FROM pg_stat_activity
        WHERE application_name = 'threshold-invalidation' AND datname = current_database()`,
    );
    return rows.at(0)?.pid ?? null;
  }

  it('applies a role change made outside this process (SQL) to a cached sign-in within a second', async () => {
    expect(t.app.get(CacheInvalidation).listening).toBe(true);
    const trainee = await registerTrainee(t.http);
    await request(t.http).get('/api/users').set(bearer(trainee.accessToken)).expect(403);
    await sql(`UPDATE identity."user" SET roles = '{trainee,admin}' WHERE id = $1`, [
      trainee.user.id,
    ]);
    expect(await until(trainee.accessToken, '/api/users', 200)).toBeLessThan(1000);
    await sql(`UPDATE identity."user" SET roles = '{trainee}' WHERE id = $1`, [trainee.user.id]);
    expect(await until(trainee.accessToken, '/api/users', 403)).toBeLessThan(1000);
  });

  it('listens again after its connection is killed, and nothing cached before is used', async () => {
    const trainee = await registerTrainee(t.http);
    await request(t.http).get('/api/users').set(bearer(trainee.accessToken)).expect(403);
    const invalidation = t.app.get(CacheInvalidation);
    const before = await listener();
    expect(before).not.toBeNull();
    await sql('SELECT pg_terminate_backend($1)', [before]);
    // A change made while nobody listens: its notification is lost.
    await sql(`UPDATE identity."user" SET roles = '{trainee,admin}' WHERE id = $1`, [
      trainee.user.id,
    ]);
    const began = Date.now();
    while (!invalidation.listening || (await listener()) === before) {
      if (Date.now() - began > 10_000) throw new Error('the cache listener did not come back');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(await listener()).not.toBe(before);
    await request(t.http).get('/api/users').set(bearer(trainee.accessToken)).expect(200);
  });

  it('refuses the token of an account anonymised outside this process at once', async () => {
    const trainee = await registerTrainee(t.http);
    await request(t.http).get('/api/me').set(bearer(trainee.accessToken)).expect(200);
    await sql(`UPDATE identity."user" SET email = $2 WHERE id = $1`, [
      trainee.user.id,
      `deleted-${trainee.user.id}@deleted.invalid`, // how an anonymised account looks
    ]);
    expect(await until(trainee.accessToken, '/api/me', 401)).toBeLessThan(1000);
  });
});
