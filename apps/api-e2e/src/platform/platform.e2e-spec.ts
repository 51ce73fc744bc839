import { queryDatabase, schemaDrift } from '@lms/platform/api-testing';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { entities } from '../../../api/src/app/app.module';
import { bearer, DEMO, login, startTestApp, type TestApp } from '../support/test-app';

describe('Platform: health, docs, errors, schema, web app', () => {
  let t: TestApp;
  const webDir = mkdtempSync(join(tmpdir(), 'lms-web-'));
  writeFileSync(
    join(webDir, 'index.html'),
    '<!doctype html><title>Threshold</title><lms-root></lms-root>',
  );
  writeFileSync(join(webDir, 'main.js'), 'console.log("app")');

  beforeAll(async () => {
    t = await startTestApp({ webDistDir: webDir });
  });
  afterAll(async () => {
    await t.close();
  });

  it('reports health without a token', async () => {
    const res = await request(t.http).get('/api/health').expect(200);
    expect(res.body).toEqual({ status: 'ok', db: 'up' });
  });

  it('serves the OpenAPI document describing every route of the contract so far', async () => {
    const res = await request(t.http).get('/api/docs-json').expect(200);
    const paths = (res.body as { paths: Record<string, Record<string, unknown>> }).paths;
    const routes = Object.entries(paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`),
    );
    expect(routes).toEqual(
      expect.arrayContaining([
        'GET /api/health',
        'POST /api/auth/register',
        'POST /api/auth/login',
        'POST /api/auth/refresh',
        'POST /api/auth/logout',
        'GET /api/me',
        'PATCH /api/me',
        'GET /api/users',
        'PUT /api/users/{id}/roles',
        'GET /api/courses',
        'POST /api/courses',
        'GET /api/courses/{id}',
        'PATCH /api/courses/{id}',
        'POST /api/courses/{id}/publish',
        'POST /api/courses/{id}/modules',
        'POST /api/modules/{id}/lessons',
        'GET /api/lessons/{id}',
        'POST /api/lessons/{id}/complete',
        'POST /api/courses/{id}/enrollments',
        'GET /api/me/enrollments',
      ]),
    );
    await request(t.http).get('/api/docs').expect(200).expect('content-type', /html/);
  });

  it('refuses a JSON body over 1 MB with 413 and writes nothing', async () => {
    const big = JSON.stringify({
      email: 'big@example.org',
      password: 'long enough pw',
      fullName: 'x'.repeat(1_100_000),
      profession: 'counselor',
    });
    const res = await request(t.http)
      .post('/api/auth/register')
      .set('content-type', 'application/json')
      .send(big)
      .expect(413);
    expect(res.body).toMatchObject({ statusCode: 413, error: 'Payload Too Large' });
    expect(
      await queryDatabase(
        t.db.url,
        `SELECT 1 FROM identity."user" WHERE email = 'big@example.org'`,
      ),
    ).toHaveLength(0);
  });

  it('answers 400 (not 500) for malformed JSON', async () => {
    const res = await request(t.http)
      .post('/api/auth/login')
      .set('content-type', 'application/json')
      .send('{"email": ')
      .expect(400);
    expect(res.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
  });

  it('answers unknown API routes with a JSON 404, not the web app', async () => {
    const { accessToken } = await login(t.http, DEMO.trainee);
    const res = await request(t.http)
      .get('/api/no-such-thing')
      .set(bearer(accessToken))
      .expect(404);
    expect(res.body).toMatchObject({ statusCode: 404 });
  });

  it('serves the web app at / and falls back to index.html for client routes', async () => {
    await request(t.http).get('/').expect(200).expect('content-type', /html/);
    const deep = await request(t.http)
      .get('/admin/users?x=1')
      .expect(200)
      .expect('content-type', /html/);
    expect(deep.text).toContain('<lms-root>');
    await request(t.http)
      .get('/main.js')
      .expect(200)
      .expect('content-type', /javascript/);
  });

  it('sets security headers and echoes a request id', async () => {
    const res = await request(t.http).get('/api/health').set('x-request-id', 'abc-123').expect(200);
    expect(res.headers['x-request-id']).toBe('abc-123');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['x-powered-by']).toBeUndefined();
    const generated = await request(t.http)
      .get('/api/health')
      .set('x-request-id', 'bad id with spaces')
      .expect(200);
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('keeps the audit trail append-only', async () => {
    const admin = await login(t.http, DEMO.admin);
    const { user } = await login(t.http, DEMO.trainee);
    await request(t.http)
      .put(`/api/users/${user.id}/roles`)
      .set(bearer(admin.accessToken))
      .send({ roles: ['trainee'] })
      .expect(200);
    await expect(
      queryDatabase(t.db.url, `UPDATE audit.audit_event SET type = 'x'`),
    ).rejects.toThrow(/append-only/);
    await expect(queryDatabase(t.db.url, `DELETE FROM audit.audit_event`)).rejects.toThrow(
      /append-only/,
    );
  });

  it('has migrations that match the entities exactly (no schema drift)', async () => {
    expect(await schemaDrift(t.db.url, entities)).toEqual([]);
  });
});

describe('Platform: health when the database is gone', () => {
  it('answers 503 with db down', async () => {
    const t = await startTestApp();
    try {
      await request(t.http).get('/api/health').expect(200);
      await t.db.drop();
      const res = await request(t.http).get('/api/health').expect(503);
      expect(res.body).toEqual({ status: 'error', db: 'down' });
    } finally {
      await t.app.close();
    }
  });
});
