import { queryDatabase } from '@lms/platform/api-testing';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { bearer, DEMO, login, startTestApp, type TestApp } from '../support/test-app';

/** The production build of the web app; `nx test api-e2e` builds it first (project.json). */
const WEB_DIST = resolve(__dirname, '../../../../dist/apps/web/browser');

/** `script-src 'self'` → { 'script-src': ["'self'"] } */
function directives(csp: string): Record<string, string[]> {
  return Object.fromEntries(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name ?? '', values]),
  );
}

describe('Hardening: the built web app under a strict Content-Security-Policy', () => {
  let t: TestApp;
  let html: string;

  beforeAll(async () => {
    if (!existsSync(join(WEB_DIST, 'index.html')))
      throw new Error(`${WEB_DIST}/index.html is missing: run "npx nx build web" first`);
    html = readFileSync(join(WEB_DIST, 'index.html'), 'utf8');
    t = await startTestApp({ webDistDir: WEB_DIST });
  });
  afterAll(async () => {
    await t.close();
  });

  it('builds an index.html without inline script or event-handler attributes', () => {
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes = '', body = ''] of scripts) {
      expect(attributes).toMatch(/\bsrc="(?!https?:|\/\/)[^"]+\.js"/); // same origin, a file
      expect(body.trim()).toBe('');
    }
    // Critical-CSS inlining would add onload="this.media='all'" to the stylesheet link.
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/javascript:/i);
    const production = JSON.parse(
      readFileSync(resolve(__dirname, '../../../web/project.json'), 'utf8'),
    ) as {
      targets: {
        build: { configurations: { production: { optimization: { styles: object } } } };
      };
    };
    expect(production.targets.build.configurations.production.optimization.styles).toMatchObject({
      inlineCritical: false,
    });
  });

  it.each(['/', '/my-courses', '/api/health'])(
    'serves %s with script-src self and no unsafe-inline or unsafe-eval for scripts',
    async (path) => {
      const res = await request(t.http).get(path).expect(200);
      const csp = directives(res.headers['content-security-policy'] ?? '');
      expect(csp['script-src']).toEqual(["'self'"]);
      expect(csp['script-src-attr']).toEqual(["'none'"]);
      expect(csp['object-src']).toEqual(["'none'"]);
      expect(csp['base-uri']).toEqual(["'self'"]);
      expect(csp['frame-ancestors']).toEqual(["'self'"]);
      expect(csp['default-src']).toEqual(["'self'"]);
    },
  );

  it('serves every script index.html names from the same origin', async () => {
    const sources = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/gi)].map((m) => m[1] ?? '');
    for (const src of sources)
      await request(t.http)
        .get(`/${src}`)
        .expect(200)
        .expect('content-type', /javascript/);
  });

  it('sends no Strict-Transport-Security outside production (plain-HTTP development)', async () => {
    const res = await request(t.http).get('/api/health').expect(200);
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });
});

describe('Hardening: production transport settings', () => {
  let t: TestApp;
  const saved = process.env['NODE_ENV'];

  beforeAll(async () => {
    process.env['NODE_ENV'] = 'production';
    // main.ts passes PlatformConfig.hsts, which is true in production (unit-tested there).
    t = await startTestApp({ hsts: true });
  });
  afterAll(async () => {
    process.env['NODE_ENV'] = saved;
    await t.close();
  });

  it('sends HSTS for a year, with subdomains', async () => {
    const res = await request(t.http).get('/api/health').expect(200);
    expect(res.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
  });

  it('marks the refresh cookie Secure, HttpOnly, SameSite=Strict and scoped to /api/auth', async () => {
    const res = await request(t.http)
      .post('/api/auth/login')
      .send({ email: DEMO.trainee, password: 'Demo-Passw0rd!' })
      .expect(200);
    const cookie = ((res.headers['set-cookie'] as unknown as string[] | undefined) ?? []).find(
      (c) => c.startsWith('lms_refresh='),
    );
    expect(cookie).toMatch(/; Secure/);
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Strict/);
    expect(cookie).toMatch(/; Path=\/api\/auth/);
  });
});

describe('Hardening: error bodies never carry stack traces or SQL', () => {
  let t: TestApp;
  let trainee: string;

  beforeAll(async () => {
    t = await startTestApp();
    trainee = (await login(t.http, DEMO.trainee)).accessToken;
  });
  afterAll(async () => {
    await t.close();
  });

  const LEAKS =
    /SELECT|INSERT|relation|curriculum\.|QueryFailed|stack|\bat \S+:\d+|\/src\/|node_modules|secret detail/i;

  it('answers a failing query with a generic 500 that names the request id', async () => {
    await queryDatabase(t.db.url, 'ALTER TABLE curriculum.course RENAME TO course_moved');
    try {
      const res = await request(t.http)
        .get('/api/courses')
        .set(bearer(trainee))
        .set('x-request-id', 'req-db-error-1')
        .expect(500);
      expect(res.body).toEqual({
        statusCode: 500,
        error: 'Internal Server Error',
        code: 'INTERNAL',
        message: 'An unexpected error occurred. Quote the request id when reporting it.',
        requestId: 'req-db-error-1',
      });
      expect(res.text).not.toMatch(LEAKS);
    } finally {
      await queryDatabase(t.db.url, 'ALTER TABLE curriculum.course_moved RENAME TO course');
    }
  });

  it('answers an unexpected exception with the same generic 500', async () => {
    const dataSource = t.app.get(DataSource);
    const spy = jest
      .spyOn(dataSource, 'transaction')
      .mockImplementationOnce(() =>
        Promise.reject(new TypeError('secret detail at /srv/app/src/user.service.ts:42')),
      );
    try {
      const res = await request(t.http)
        .post('/api/auth/register')
        .send({
          email: 'unlucky@example.org',
          password: 'correct horse battery',
          fullName: 'Unlucky',
          profession: 'counselor',
        })
        .expect(500);
      expect(res.body).toMatchObject({ statusCode: 500, code: 'INTERNAL' });
      expect((res.body as { requestId: string }).requestId).toBe(res.headers['x-request-id']);
      expect(res.text).not.toMatch(LEAKS);
    } finally {
      spy.mockRestore();
    }
  });
});

describe('Hardening: requests while the database is unreachable', () => {
  it('answers 503 SERVICE_UNAVAILABLE with Retry-After, quickly, and health 503', async () => {
    const t = await startTestApp();
    try {
      const { accessToken } = await login(t.http, DEMO.trainee);
      await t.db.drop(); // terminates the pool's connections; new ones are refused
      for (let i = 0; i < 3; i += 1) {
        const began = Date.now();
        const res = await request(t.http).get('/api/me').set(bearer(accessToken)).expect(503);
        expect(Date.now() - began).toBeLessThan(2000);
        expect(res.headers['retry-after']).toBe('5');
        expect(res.body).toMatchObject({
          statusCode: 503,
          error: 'Service Unavailable',
          code: 'SERVICE_UNAVAILABLE',
        });
        expect(res.text).not.toMatch(/does not exist|terminating|ECONN/);
      }
      await request(t.http).get('/api/health').expect(503);
    } finally {
      await t.app.close();
    }
  });
});
