import request from 'supertest';
import { DEMO, startTestApp, type TestApp } from '../support/test-app';

describe('Identity: throttling of login and register', () => {
  let t: TestApp;
  const saved = process.env['AUTH_THROTTLE_LIMIT'];

  beforeAll(async () => {
    process.env['AUTH_THROTTLE_LIMIT'] = '3';
    t = await startTestApp();
  });
  afterAll(async () => {
    process.env['AUTH_THROTTLE_LIMIT'] = saved;
    await t.close();
  });

  it('answers 429 once a client exceeds the limit, and other routes stay open', async () => {
    const attempt = (): request.Test =>
      request(t.http)
        .post('/api/auth/login')
        .send({ email: DEMO.trainee, password: 'wrong password' });
    for (let i = 0; i < 3; i += 1) await attempt().expect(401);
    const res = await attempt().expect(429);
    expect(res.body).toMatchObject({ statusCode: 429 });
    await request(t.http).get('/api/health').expect(200);
  });
});
