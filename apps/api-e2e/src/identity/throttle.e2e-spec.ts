import { queryDatabase } from '@lms/platform/api-testing';
import { setTimeout as sleep } from 'node:timers/promises';
import request from 'supertest';
import { DEMO, registerTrainee, startTestApp, type TestApp } from '../support/test-app';

/** Sets variables for the apps a describe block starts, and puts them back afterwards. */
function withEnv(vars: Record<string, string>): void {
  const saved = new Map(Object.keys(vars).map((k) => [k, process.env[k]]));
  beforeAll(() => {
    Object.assign(process.env, vars);
  });
  afterAll(() => {
    for (const [k, v] of saved) {
      if (v === undefined) Reflect.deleteProperty(process.env, k);
      else process.env[k] = v;
    }
  });
}

const login = (t: TestApp, email: string, password: string): request.Test =>
  request(t.http).post('/api/auth/login').send({ email, password });

function retryAfter(res: request.Response): number {
  return Number(res.headers['retry-after']);
}

describe('Identity: throttling per client address', () => {
  let t: TestApp;
  withEnv({ AUTH_THROTTLE_LIMIT: '3' });
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers 429 with Retry-After once an address exceeds the limit, and other routes stay open', async () => {
    // Three different accounts: it is the address that is counted here.
    for (const email of ['a@example.org', 'b@example.org', DEMO.trainee])
      await login(t, email, 'wrong password').expect(401);
    const res = await login(t, DEMO.instructor, 'Demo-Passw0rd!').expect(429);
    expect(res.body).toMatchObject({ statusCode: 429, code: 'TOO_MANY_REQUESTS' });
    expect(retryAfter(res)).toBeGreaterThan(0);
    expect(retryAfter(res)).toBeLessThanOrEqual(60);
    expect((res.body as { retryAfterSeconds: number }).retryAfterSeconds).toBe(retryAfter(res));
    await request(t.http).get('/api/health').expect(200);
  });

  it('keeps the counts in PostgreSQL, hashed, so every replica shares them', async () => {
    const rows = await queryDatabase<{ key: string; hits: number }>(
      t.db.url,
      `SELECT key, hits FROM identity.auth_throttle WHERE key LIKE 'login:ip:%'`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]?.key).toMatch(/^login:ip:[0-9a-f]{64}$/);
    expect(rows[0]?.hits).toBe(4);
  });
});

describe('Identity: throttling per account', () => {
  let t: TestApp;
  withEnv({ AUTH_ACCOUNT_THROTTLE_LIMIT: '3' });
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('limits sign-in attempts for one account, whatever the spelling of the email', async () => {
    await login(t, DEMO.trainee, 'wrong password').expect(401);
    await login(t, ' Trainee@Demo.TEST ', 'wrong password').expect(401);
    await login(t, DEMO.trainee, 'Demo-Passw0rd!').expect(200);
    const res = await login(t, DEMO.trainee, 'Demo-Passw0rd!').expect(429);
    expect(res.body).toMatchObject({ statusCode: 429, code: 'TOO_MANY_REQUESTS' });
    expect(retryAfter(res)).toBeGreaterThan(0);
    // Another account from the same address is not held back.
    await login(t, DEMO.instructor, 'Demo-Passw0rd!').expect(200);
  });

  it('limits registrations for one email', async () => {
    const body = {
      email: 'twice@example.org',
      password: 'correct horse battery',
      fullName: 'Twice',
      profession: 'counselor',
    };
    await request(t.http).post('/api/auth/register').send(body).expect(201);
    await request(t.http).post('/api/auth/register').send(body).expect(409);
    await request(t.http).post('/api/auth/register').send(body).expect(409);
    const res = await request(t.http).post('/api/auth/register').send(body).expect(429);
    expect(retryAfter(res)).toBeGreaterThan(0);
    await request(t.http)
      .post('/api/auth/register')
      .send({ ...body, email: 'other@example.org' })
      .expect(201);
  });
});

describe('Identity: a growing wait after repeated wrong passwords', () => {
  let t: TestApp;
  withEnv({
    AUTH_LOCKOUT_THRESHOLD: '3',
    AUTH_LOCKOUT_BASE_SECONDS: '1',
    AUTH_LOCKOUT_MAX_SECONDS: '3',
  });
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('refuses even the right password while the account waits, doubling the wait up to the cap', async () => {
    const { email } = await registerTrainee(t.http);
    const right = 'correct horse battery';
    for (let i = 0; i < 3; i += 1) await login(t, email, 'wrong password').expect(401);
    const first = await login(t, email, right).expect(429);
    expect(first.body).toMatchObject({ statusCode: 429, code: 'TOO_MANY_FAILED_SIGN_INS' });
    expect(retryAfter(first)).toBe(1);

    await sleep(1100);
    await login(t, email, 'wrong password').expect(401); // 4th failure: 2 s
    expect(retryAfter(await login(t, email, right).expect(429))).toBe(2);

    await sleep(2100);
    await login(t, email, 'wrong password').expect(401); // 5th failure: 4 s, capped at 3 s
    expect(retryAfter(await login(t, email, right).expect(429))).toBe(3);

    await sleep(3100);
    await login(t, email, right).expect(200); // success ends the run of failures
    await login(t, email, 'wrong password').expect(401);
    await login(t, email, right).expect(200);
  });

  it('treats an unknown email like a real one, so the answers reveal nothing', async () => {
    for (let i = 0; i < 3; i += 1) await login(t, 'nobody@example.org', 'whatever-123').expect(401);
    const res = await login(t, 'nobody@example.org', 'whatever-123').expect(429);
    expect(res.body).toMatchObject({ code: 'TOO_MANY_FAILED_SIGN_INS' });
  });
});
