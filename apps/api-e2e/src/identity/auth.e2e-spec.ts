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

describe('Identity: register, login, me', () => {
  let t: TestApp;
  const userCount = async (): Promise<number> =>
    Number(
      (await queryDatabase<{ n: string }>(t.db.url, 'SELECT count(*) AS n FROM identity."user"'))[0]
        ?.n,
    );

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('registers a trainee, logs in and reads /me', async () => {
    const email = 'Dana.Whitfield@Example.org';
    const reg = await request(t.http)
      .post('/api/auth/register')
      .send({
        email,
        password: 'a-long-passphrase',
        fullName: 'Dana Whitfield',
        profession: 'psychologist',
      })
      .expect(201);
    expect(reg.body).toEqual({
      user: {
        id: expect.any(String),
        email: 'dana.whitfield@example.org',
        fullName: 'Dana Whitfield',
        roles: ['trainee'],
      },
      accessToken: expect.any(String),
    });
    expect(reg.body).not.toHaveProperty('user.passwordHash');

    const session = await login(t.http, 'dana.whitfield@example.org', 'a-long-passphrase');
    expect(session.user.id).toBe(reg.body.user.id);

    const me = await request(t.http).get('/api/me').set(bearer(session.accessToken)).expect(200);
    expect(me.body).toEqual({
      id: reg.body.user.id,
      email: 'dana.whitfield@example.org',
      fullName: 'Dana Whitfield',
      profession: 'psychologist',
      roles: ['trainee'],
      licenses: [],
    });
  });

  it('stores the password as an argon2id hash', async () => {
    const { email } = await registerTrainee(t.http);
    const [row] = await queryDatabase<{ password_hash: string }>(
      t.db.url,
      'SELECT password_hash FROM identity."user" WHERE email = $1',
      [email],
    );
    expect(row?.password_hash).toMatch(/^\$argon2id\$/);
  });

  it.each([
    ['email', { email: 'not-an-email' }, 'email must be an email'],
    ['password', { password: 'short' }, 'password must be at least 10 characters long'],
    ['common password', { password: 'Password123!' }, 'password is too common'],
    ['common password', { password: 'qwertyuiop' }, 'password is too common'],
    ['fullName', { fullName: '   ' }, 'fullName should not be empty'],
    ['profession', { profession: 'wizard' }, 'profession must be one of'],
  ])(
    'rejects a bad %s with 400 naming the field and writes nothing',
    async (_field, change, message) => {
      const before = await userCount();
      const res = await request(t.http)
        .post('/api/auth/register')
        .send({
          email: 'valid.person@example.org',
          password: 'long enough pw',
          fullName: 'Valid Person',
          profession: 'counselor',
          ...change,
        })
        .expect(400);
      expect(res.body).toMatchObject({
        statusCode: 400,
        error: 'Bad Request',
        code: 'VALIDATION_FAILED',
      });
      expect((res.body.message as string[]).some((m) => m.startsWith(message))).toBe(true);
      expect(await userCount()).toBe(before);
    },
  );

  it('names every missing field at once', async () => {
    const res = await request(t.http).post('/api/auth/register').send({}).expect(400);
    const text = (res.body.message as string[]).join('\n');
    for (const field of ['email', 'password', 'fullName', 'profession'])
      expect(text).toContain(field);
  });

  it('rejects unknown fields, such as a self-assigned role', async () => {
    const before = await userCount();
    const res = await request(t.http)
      .post('/api/auth/register')
      .send({
        email: 'sneaky@example.org',
        password: 'long enough pw',
        fullName: 'Sneaky',
        profession: 'counselor',
        roles: ['admin'],
      })
      .expect(400);
    expect(res.body.message).toContain('property roles should not exist');
    expect(await userCount()).toBe(before);
  });

  it('answers 409 for an email already registered, whatever its case', async () => {
    const res = await request(t.http)
      .post('/api/auth/register')
      .send({
        email: 'TRAINEE@demo.test',
        password: 'long enough pw',
        fullName: 'Copy',
        profession: 'counselor',
      })
      .expect(409);
    expect(res.body).toMatchObject({ statusCode: 409, error: 'Conflict', code: 'EMAIL_TAKEN' });
  });

  it('lets only one of two simultaneous registrations of one email succeed', async () => {
    const body = {
      email: 'race@example.org',
      password: 'long enough pw',
      fullName: 'Race',
      profession: 'counselor',
    };
    const results = await Promise.all([
      request(t.http).post('/api/auth/register').send(body),
      request(t.http).post('/api/auth/register').send(body),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    const rows = await queryDatabase(t.db.url, 'SELECT 1 FROM identity."user" WHERE email = $1', [
      'race@example.org',
    ]);
    expect(rows).toHaveLength(1);
  });

  it('answers 401 with one message for a wrong password or an unknown email', async () => {
    const wrong = await request(t.http)
      .post('/api/auth/login')
      .send({ email: DEMO.trainee, password: 'not the password' })
      .expect(401);
    const unknown = await request(t.http)
      .post('/api/auth/login')
      .send({ email: 'nobody@example.org', password: 'whatever-123' })
      .expect(401);
    expect(wrong.body).toMatchObject({ statusCode: 401, code: 'INVALID_CREDENTIALS' });
    expect(unknown.body.message).toBe(wrong.body.message);
  });

  it('answers 400 naming the field for a malformed login body', async () => {
    const res = await request(t.http).post('/api/auth/login').send({ email: 'nope' }).expect(400);
    expect(res.body.message).toEqual(
      expect.arrayContaining(['email must be an email', 'password should not be empty']),
    );
    const extra = await request(t.http)
      .post('/api/auth/login')
      .send({ email: DEMO.trainee, password: 'x', remember: true })
      .expect(400);
    expect(extra.body.message).toContain('property remember should not exist');
  });

  it('signs in each demo account with its roles', async () => {
    expect((await login(t.http, DEMO.admin)).user.roles).toEqual(['admin']);
    expect((await login(t.http, DEMO.instructor)).user.roles).toEqual(['instructor']);
    expect((await login(t.http, DEMO.trainee)).user.roles).toEqual(['trainee']);
  });

  it('requires a token for /me', async () => {
    const res = await request(t.http).get('/api/me').expect(401);
    expect(res.body).toMatchObject({ statusCode: 401, error: 'Unauthorized' });
  });
});
