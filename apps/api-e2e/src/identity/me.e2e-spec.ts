import { queryDatabase } from '@lms/platform/api-testing';
import request from 'supertest';
import { bearer, registerTrainee, startTestApp, type TestApp } from '../support/test-app';

describe('Identity: profile and licences', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('updates name, profession and licences, and replaces the licence list', async () => {
    const { accessToken } = await registerTrainee(t.http);
    const first = await request(t.http)
      .patch('/api/me')
      .set(bearer(accessToken))
      .send({
        fullName: 'Riley Chen, LCSW',
        profession: 'social_worker',
        licenses: [
          { type: 'LCSW', number: 'LCS 98765', state: 'ca' },
          { type: 'LCSW', number: 'SW-1200', state: 'OR' },
        ],
      })
      .expect(200);
    expect(first.body).toMatchObject({
      fullName: 'Riley Chen, LCSW',
      profession: 'social_worker',
      licenses: [
        { type: 'LCSW', number: 'LCS 98765', state: 'CA' },
        { type: 'LCSW', number: 'SW-1200', state: 'OR' },
      ],
    });

    const second = await request(t.http)
      .patch('/api/me')
      .set(bearer(accessToken))
      .send({ licenses: [{ type: 'LMFT', number: 'M-1', state: 'NY' }] })
      .expect(200);
    expect(second.body.licenses).toEqual([{ type: 'LMFT', number: 'M-1', state: 'NY' }]);
    expect(second.body.fullName).toBe('Riley Chen, LCSW');
    const me = await request(t.http).get('/api/me').set(bearer(accessToken)).expect(200);
    expect(me.body).toEqual(second.body);
  });

  it('rejects a bad licence with 400 naming the nested field and changes nothing', async () => {
    const { accessToken, user } = await registerTrainee(t.http);
    await request(t.http)
      .patch('/api/me')
      .set(bearer(accessToken))
      .send({ licenses: [{ type: 'LPC', number: 'P-1', state: 'TX' }] })
      .expect(200);
    const res = await request(t.http)
      .patch('/api/me')
      .set(bearer(accessToken))
      .send({
        fullName: 'Changed Name',
        licenses: [{ type: 'LPC', number: 'P-2', state: 'Texas' }],
      })
      .expect(400);
    expect(res.body.message).toEqual([
      'licenses.0.state must be a two-letter U.S. state or territory code',
    ]);
    const rows = await queryDatabase<{ number: string }>(
      t.db.url,
      'SELECT number FROM identity.license WHERE user_id = $1',
      [user.id],
    );
    expect(rows.map((r) => r.number)).toEqual(['P-1']);
    const [u] = await queryDatabase<{ full_name: string }>(
      t.db.url,
      'SELECT full_name FROM identity."user" WHERE id = $1',
      [user.id],
    );
    expect(u?.full_name).toBe('Test Trainee');
  });

  it('refuses to change email or roles through the profile', async () => {
    const { accessToken } = await registerTrainee(t.http);
    const res = await request(t.http)
      .patch('/api/me')
      .set(bearer(accessToken))
      .send({ roles: ['admin'], email: 'x@example.org' })
      .expect(400);
    expect(res.body.message).toEqual(
      expect.arrayContaining([
        'property roles should not exist',
        'property email should not exist',
      ]),
    );
  });

  it('rejects a licences value that is not a list', async () => {
    const { accessToken } = await registerTrainee(t.http);
    const res = await request(t.http)
      .patch('/api/me')
      .set(bearer(accessToken))
      .send({ licenses: 'LCSW 1' })
      .expect(400);
    expect(res.body.message).toContain('licenses must be an array');
  });
});
