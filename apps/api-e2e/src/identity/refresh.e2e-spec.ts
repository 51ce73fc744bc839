import { queryDatabase } from '@lms/platform/api-testing';
import request from 'supertest';
import {
  bearer,
  DEMO,
  login,
  refreshCookieOf,
  startTestApp,
  type TestApp,
} from '../support/test-app';

describe('Identity: refresh tokens', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  const refresh = (cookie?: string): request.Test => {
    const req = request(t.http).post('/api/auth/refresh');
    return cookie ? req.set('Cookie', cookie) : req;
  };

  it('sets an httpOnly, SameSite=Strict refresh cookie scoped to /api/auth, stored only as a hash', async () => {
    const res = await request(t.http)
      .post('/api/auth/login')
      .send({ email: DEMO.trainee, password: 'Demo-Passw0rd!' })
      .expect(200);
    const raw =
      (res.headers['set-cookie'] as unknown as string[]).find((c) =>
        c.startsWith('lms_refresh='),
      ) ?? '';
    expect(raw).toMatch(/HttpOnly/i);
    expect(raw).toMatch(/SameSite=Strict/i);
    expect(raw).toMatch(/Path=\/api\/auth/);
    const value = refreshCookieOf(res).split('=')[1] ?? '';
    const stored = await queryDatabase(
      t.db.url,
      'SELECT 1 FROM identity.refresh_token WHERE token_hash = $1',
      [value],
    );
    expect(stored).toHaveLength(0);
  });

  it('rotates the cookie on every use and issues a working access token', async () => {
    const { cookie } = await login(t.http, DEMO.trainee);
    const first = await refresh(cookie).expect(200);
    expect(first.body).toEqual({ accessToken: expect.any(String) });
    const next = refreshCookieOf(first);
    expect(next).not.toBe(cookie);
    await request(t.http)
      .get('/api/me')
      .set(bearer(first.body.accessToken as string))
      .expect(200);
    await refresh(next).expect(200);
  });

  it('revokes the whole family when a used refresh token comes back', async () => {
    const { cookie: original, user } = await login(t.http, DEMO.trainee);
    const rotated = refreshCookieOf(await refresh(original).expect(200));

    const reuse = await refresh(original).expect(401);
    expect(reuse.body).toMatchObject({ code: 'REFRESH_TOKEN_REUSED' });
    // The legitimate successor is dead too: whoever holds it must sign in again.
    await refresh(rotated).expect(401);

    const events = await queryDatabase(
      t.db.url,
      `SELECT 1 FROM audit.audit_event WHERE type = 'identity.refresh_token.reused' AND subject_id = $1`,
      [user.id],
    );
    expect(events.length).toBeGreaterThanOrEqual(1);
  });

  it('lets only one of two simultaneous refreshes with one token succeed', async () => {
    const { cookie } = await login(t.http, DEMO.trainee);
    const results = await Promise.all([refresh(cookie), refresh(cookie)]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 401]);
  });

  it('leaves other sessions alone when one family is revoked', async () => {
    const a = await login(t.http, DEMO.trainee);
    const b = await login(t.http, DEMO.trainee);
    await refresh(a.cookie).expect(200);
    await refresh(a.cookie).expect(401);
    await refresh(b.cookie).expect(200);
  });

  it('answers 401 without a cookie or with an unknown one', async () => {
    await refresh().expect(401);
    await refresh('lms_refresh=made-up-value').expect(401);
  });

  it('logs out: 204, cookie cleared, refresh token revoked', async () => {
    const { cookie, accessToken } = await login(t.http, DEMO.trainee);
    const res = await request(t.http)
      .post('/api/auth/logout')
      .set(bearer(accessToken))
      .set('Cookie', cookie)
      .expect(204);
    const cleared =
      (res.headers['set-cookie'] as unknown as string[]).find((c) =>
        c.startsWith('lms_refresh='),
      ) ?? '';
    expect(cleared).toMatch(/Expires=Thu, 01 Jan 1970/);
    await refresh(cookie).expect(401);
  });

  it('requires an access token to log out', async () => {
    await request(t.http).post('/api/auth/logout').expect(401);
  });
});
