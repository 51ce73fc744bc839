import { JwtService } from '@nestjs/jwt';
import { generateKeyPairSync } from 'node:crypto';
import request from 'supertest';
import { bearer, DEMO, login, startTestApp, type TestApp } from '../support/test-app';

const SECRET = process.env['JWT_ACCESS_SECRET'] ?? '';

describe('Identity: access tokens', () => {
  let t: TestApp;
  let traineeId: string;

  beforeAll(async () => {
    t = await startTestApp();
    traineeId = (await login(t.http, DEMO.trainee)).user.id;
  });
  afterAll(async () => {
    await t.close();
  });

  const claims = (): Record<string, unknown> => ({
    sub: traineeId,
    email: DEMO.trainee,
    roles: ['trainee'],
  });

  it('accepts a token signed with the server secret', async () => {
    const token = await new JwtService({ secret: SECRET }).signAsync(claims(), { expiresIn: 60 });
    await request(t.http).get('/api/me').set(bearer(token)).expect(200);
  });

  it('refuses an unsigned token (alg none)', async () => {
    const encode = (part: object): string =>
      Buffer.from(JSON.stringify(part)).toString('base64url');
    const now = Math.floor(Date.now() / 1000);
    const token = `${encode({ alg: 'none', typ: 'JWT' })}.${encode({ ...claims(), iat: now, exp: now + 600 })}.`;
    await request(t.http).get('/api/me').set(bearer(token)).expect(401);
  });

  it('refuses a token signed with the right secret but another HMAC algorithm (HS512, HS384)', async () => {
    for (const algorithm of ['HS512', 'HS384'] as const) {
      const token = await new JwtService({ secret: SECRET }).signAsync(claims(), {
        expiresIn: 60,
        algorithm,
      });
      expect(
        JSON.parse(Buffer.from(token.split('.')[0] ?? '', 'base64url').toString()),
      ).toMatchObject({ alg: algorithm });
      await request(t.http).get('/api/me').set(bearer(token)).expect(401);
    }
  });

  it('refuses tokens signed with an RSA or EC key (RS256, ES256, PS256)', async () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const keys = [
      ['RS256', rsa.privateKey],
      ['PS256', rsa.privateKey],
      ['ES256', ec.privateKey],
    ] as const;
    for (const [algorithm, key] of keys) {
      const token = await new JwtService({
        privateKey: key.export({ type: 'pkcs8', format: 'pem' }).toString(),
      }).signAsync(claims(), { expiresIn: 60, algorithm });
      await request(t.http).get('/api/me').set(bearer(token)).expect(401);
    }
  });

  it('refuses an HS256 token whose header claims another algorithm', async () => {
    const token = await new JwtService({ secret: SECRET }).signAsync(claims(), { expiresIn: 60 });
    const [, payload, signature] = token.split('.');
    const header = Buffer.from(JSON.stringify({ alg: 'HS512', typ: 'JWT' })).toString('base64url');
    await request(t.http)
      .get('/api/me')
      .set(bearer(`${header}.${payload}.${signature}`))
      .expect(401);
  });

  it('signs its own tokens with HS256 only', async () => {
    const { accessToken } = await login(t.http, DEMO.trainee);
    const header = JSON.parse(
      Buffer.from(accessToken.split('.')[0] ?? '', 'base64url').toString(),
    ) as Record<string, unknown>;
    expect(header).toEqual({ alg: 'HS256', typ: 'JWT' });
  });

  it('refuses a token signed with another secret', async () => {
    const token = await new JwtService({
      secret: 'another-secret-another-secret-another',
    }).signAsync(claims(), { expiresIn: 60 });
    await request(t.http).get('/api/me').set(bearer(token)).expect(401);
  });

  it('refuses an expired token', async () => {
    const now = Math.floor(Date.now() / 1000);
    const token = await new JwtService({ secret: SECRET }).signAsync({
      ...claims(),
      iat: now - 3600,
      exp: now - 60,
    });
    const res = await request(t.http).get('/api/me').set(bearer(token)).expect(401);
    expect(res.body).toMatchObject({ statusCode: 401, error: 'Unauthorized' });
  });

  it('refuses a token whose roles were edited', async () => {
    const { accessToken } = await login(t.http, DEMO.trainee);
    const [header, payload, signature] = accessToken.split('.');
    const forged = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString()) as Record<
      string,
      unknown
    >;
    forged['roles'] = ['admin'];
    const token = `${header}.${Buffer.from(JSON.stringify(forged)).toString('base64url')}.${signature}`;
    await request(t.http).get('/api/users').set(bearer(token)).expect(401);
  });

  it('refuses garbage and other schemes', async () => {
    await request(t.http).get('/api/me').set('Authorization', 'Bearer not.a.jwt').expect(401);
    await request(t.http).get('/api/me').set('Authorization', 'Basic dXNlcjpwYXNz').expect(401);
  });

  it('takes roles from the account, not from the token', async () => {
    const token = await new JwtService({ secret: SECRET }).signAsync(
      { ...claims(), roles: ['admin'] },
      { expiresIn: 60 },
    );
    await request(t.http).get('/api/users').set(bearer(token)).expect(403);
  });
});
