import request from 'supertest';
import { bearer, DEMO, login, startTestApp, type TestApp } from '../support/test-app';

// `npm start` runs without JWT_ACCESS_SECRET: tokens signed at login and after a refresh
// must verify on the next request (one generated secret per process, not one per module).
describe('Identity: without a configured JWT secret', () => {
  let t: TestApp;
  const saved = process.env['JWT_ACCESS_SECRET'];

  beforeAll(async () => {
    delete process.env['JWT_ACCESS_SECRET'];
    t = await startTestApp();
  });
  afterAll(async () => {
    process.env['JWT_ACCESS_SECRET'] = saved;
    await t.close();
  });

  it('accepts its own access tokens, from login and from refresh', async () => {
    const session = await login(t.http, DEMO.trainee);
    await request(t.http).get('/api/me').set(bearer(session.accessToken)).expect(200);
    const refreshed = await request(t.http)
      .post('/api/auth/refresh')
      .set('Cookie', session.cookie)
      .expect(200);
    await request(t.http)
      .get('/api/me')
      .set(bearer(refreshed.body.accessToken as string))
      .expect(200);
  });
});
