import { queryDatabase } from '@lms/platform/api-testing';
import request from 'supertest';
import {
  bearer,
  DEMO,
  login,
  registerTrainee,
  startTestApp,
  type TestApp,
} from '../support/test-app';

describe('Identity: admin user list and roles', () => {
  let t: TestApp;
  let admin: string;
  let adminId: string;

  beforeAll(async () => {
    t = await startTestApp();
    const session = await login(t.http, DEMO.admin);
    admin = session.accessToken;
    adminId = session.user.id;
  });
  afterAll(async () => {
    await t.close();
  });

  it('is closed to anonymous callers (401), trainees and instructors (403)', async () => {
    await request(t.http).get('/api/users').expect(401);
    const trainee = (await login(t.http, DEMO.trainee)).accessToken;
    const instructor = (await login(t.http, DEMO.instructor)).accessToken;
    for (const token of [trainee, instructor]) {
      const res = await request(t.http).get('/api/users').set(bearer(token)).expect(403);
      expect(res.body).toMatchObject({ statusCode: 403, error: 'Forbidden' });
      await request(t.http)
        .put(`/api/users/${adminId}/roles`)
        .set(bearer(token))
        .send({ roles: ['trainee'] })
        .expect(403);
    }
  });

  it('lists users as a page, filtered by role and by name or email', async () => {
    const all = await request(t.http).get('/api/users').set(bearer(admin)).expect(200);
    expect(all.body.total).toBeGreaterThanOrEqual(3);
    expect(all.body.items[0]).toEqual({
      id: expect.any(String),
      email: expect.any(String),
      fullName: expect.any(String),
      roles: expect.any(Array),
      profession: expect.any(String),
      createdAt: expect.any(String),
    });

    const instructors = await request(t.http)
      .get('/api/users?role=instructor')
      .set(bearer(admin))
      .expect(200);
    expect(instructors.body.items.map((u: { email: string }) => u.email)).toEqual([
      DEMO.instructor,
    ]);

    const byName = await request(t.http)
      .get('/api/users')
      .query({ q: 'okafor' })
      .set(bearer(admin))
      .expect(200);
    expect(byName.body).toMatchObject({ total: 1, items: [{ email: DEMO.instructor }] });

    const wildcard = await request(t.http)
      .get('/api/users')
      .query({ q: '%' })
      .set(bearer(admin))
      .expect(200);
    expect(wildcard.body.total).toBe(0);

    const page = await request(t.http)
      .get('/api/users?limit=1&offset=1')
      .set(bearer(admin))
      .expect(200);
    expect(page.body.items).toHaveLength(1);
    expect(page.body.total).toBe(all.body.total);
  });

  it('validates list queries', async () => {
    const res = await request(t.http)
      .get('/api/users?role=wizard&limit=500')
      .set(bearer(admin))
      .expect(400);
    const text = (res.body.message as string[]).join('\n');
    expect(text).toContain('role must be one of');
    expect(text).toContain('limit must not be greater than 200');
  });

  it('assigns roles, takes effect at once, and records an audit event', async () => {
    const trainee = await registerTrainee(t.http);
    const res = await request(t.http)
      .put(`/api/users/${trainee.user.id}/roles`)
      .set(bearer(admin))
      .set('X-Request-Id', 'roles-req-7')
      .send({ roles: ['instructor', 'trainee'] })
      .expect(200);
    expect(res.body.roles).toEqual(['trainee', 'instructor']);

    const events = await queryDatabase<{
      actor_id: string;
      request_id: string;
      payload: { before: string[]; after: string[] };
    }>(
      t.db.url,
      `SELECT actor_id, request_id, payload FROM audit.audit_event WHERE type = 'identity.user.roles_changed' AND subject_id = $1`,
      [trainee.user.id],
    );
    expect(events).toEqual([
      {
        actor_id: adminId,
        request_id: 'roles-req-7',
        payload: expect.objectContaining({ before: ['trainee'], after: ['trainee', 'instructor'] }),
      },
    ]);

    // The same access token now carries the new rights: roles are read from the account.
    await request(t.http)
      .put(`/api/users/${trainee.user.id}/roles`)
      .set(bearer(trainee.accessToken))
      .send({ roles: ['admin'] })
      .expect(403);
    await request(t.http)
      .put(`/api/users/${trainee.user.id}/roles`)
      .set(bearer(admin))
      .send({ roles: ['admin'] })
      .expect(200);
    await request(t.http).get('/api/users').set(bearer(trainee.accessToken)).expect(200);
  });

  it('rejects bad role bodies with 400 and writes nothing', async () => {
    const trainee = await registerTrainee(t.http);
    const cases: [unknown, string][] = [
      [{ roles: ['wizard'] }, 'each value in roles must be one of'],
      [{ roles: [] }, 'roles must contain at least 1 role'],
      [{ roles: ['trainee', 'trainee'] }, 'roles must not repeat a role'],
      [{}, 'roles must be an array'],
    ];
    for (const [body, message] of cases) {
      const res = await request(t.http)
        .put(`/api/users/${trainee.user.id}/roles`)
        .set(bearer(admin))
        .send(body as object)
        .expect(400);
      expect((res.body.message as string[]).some((m) => m.startsWith(message))).toBe(true);
    }
    const [row] = await queryDatabase<{ roles: string[] }>(
      t.db.url,
      'SELECT roles FROM identity."user" WHERE id = $1',
      [trainee.user.id],
    );
    expect(row?.roles).toEqual(['trainee']);
  });

  it('answers 404 for an unknown user and 400 for a malformed id', async () => {
    await request(t.http)
      .put('/api/users/7b0c2a3e-9f7d-4c1e-8a55-0d1f2e3a4b5c/roles')
      .set(bearer(admin))
      .send({ roles: ['trainee'] })
      .expect(404);
    await request(t.http)
      .put('/api/users/not-a-uuid/roles')
      .set(bearer(admin))
      .send({ roles: ['trainee'] })
      .expect(400);
  });

  it('keeps an admin from removing their own admin role', async () => {
    const res = await request(t.http)
      .put(`/api/users/${adminId}/roles`)
      .set(bearer(admin))
      .send({ roles: ['trainee'] })
      .expect(409);
    expect(res.body.code).toBe('CANNOT_REMOVE_OWN_ADMIN_ROLE');
  });
});
