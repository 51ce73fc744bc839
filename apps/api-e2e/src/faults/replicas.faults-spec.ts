import type {
  AttemptStartResponse,
  AuthResponse,
  BulkIssuanceResponse,
  SubmissionResponse,
} from '@lms/shared/contracts';
import request from 'supertest';
import { certifiableCourse, traineeThrough } from '../support/credentials';
import {
  enrolledTrainee,
  gradeRequest,
  publishedRoleplay,
  REFLECTION,
  TRANSCRIPT,
} from '../support/roleplay';
import { bearer, DEMO, login, refreshCookieOf, registerTrainee } from '../support/test-app';
import { writeFigures } from './support/load';
import {
  type ApiProcess,
  createDatabase,
  type PgServer,
  removeUnlessKept,
  sql,
  startApi,
  startPgServer,
  tempDir,
} from './support/processes';
import { buildWorld, type World } from './support/scenario';

/** Concurrent pairs per check: one request to each replica at the same moment. */
const PAIRS = 8;

describe('Two API replicas on one database (separate processes, no shared memory)', () => {
  let pg: PgServer;
  let a: ApiProcess;
  let b: ApiProcess;
  let dbUrl: string;
  let world: World;
  let startupMs: number;
  const dataDir = tempDir('lms-faults-replicas-');
  const figures: Record<string, unknown> = {};
  const cleanup: (() => Promise<void>)[] = [];

  beforeAll(async () => {
    pg = await startPgServer();
    cleanup.push(() => pg.close());
    dbUrl = await createDatabase(pg.url, 'threshold');
    // Both start at once on an empty database: migrations, the demo seed and pg-boss's
    // queues are set up in turns.
    const began = Date.now();
    const started = await Promise.allSettled([
      startApi({ name: 'replica-a', databaseUrl: dbUrl, dataDir }),
      startApi({ name: 'replica-b', databaseUrl: dbUrl, dataDir }),
    ]);
    for (const s of started) if (s.status === 'fulfilled') cleanup.unshift(() => s.value.stop());
    for (const s of started) if (s.status === 'rejected') throw s.reason;
    [a, b] = started.map((s) => (s as PromiseFulfilledResult<ApiProcess>).value) as [
      ApiProcess,
      ApiProcess,
    ];
    startupMs = Date.now() - began;
    world = await buildWorld(a.url, { finishers: 0, takers: PAIRS, quizzes: 1 });
  }, 240_000);

  afterAll(async () => {
    writeFigures('replicas', {
      measuredAt: new Date().toISOString(),
      setup:
        'two node dist/apps/api/main.js processes (NODE_ENV=production, pg-boss on, one JWT_ACCESS_SECRET, one DATA_DIR) on one PostgreSQL 18; both started at once on an empty database',
      bothHealthyAfterMs: startupMs,
      ...figures,
    });
    for (const step of cleanup) await step();
    removeUnlessKept(dataDir);
  }, 60_000);

  it('migrated and seeded once although both replicas started together', async () => {
    const users = await sql<{ n: number }>(
      dbUrl,
      `SELECT count(*)::int AS n FROM identity."user" WHERE email LIKE '%@demo.test'`,
    );
    expect(users[0]?.n).toBe(3);
    const migrations = await sql<{ name: string; n: number }>(
      dbUrl,
      'SELECT name, count(*)::int AS n FROM migrations GROUP BY name HAVING count(*) > 1',
    );
    expect(migrations).toEqual([]);
    expect(a.exit()).toBeNull();
    expect(b.exit()).toBeNull();
  });

  it('accepts on B the access token and the refresh cookie that A issued', async () => {
    const res = await request(a.url)
      .post('/api/auth/login')
      .send({ email: DEMO.trainee, password: 'Demo-Passw0rd!' })
      .expect(200);
    const session = res.body as AuthResponse;
    const cookieFromA = refreshCookieOf(res);
    // NODE_ENV=production: the refresh cookie is Secure.
    expect(res.headers['set-cookie']).toEqual([expect.stringMatching(/^lms_refresh=.*; Secure/)]);
    const me = await request(b.url).get('/api/me').set(bearer(session.accessToken)).expect(200);
    expect((me.body as { id: string }).id).toBe(session.user.id);

    const refreshed = await request(b.url)
      .post('/api/auth/refresh')
      .set('Cookie', cookieFromA)
      .expect(200);
    const cookieFromB = refreshCookieOf(refreshed);
    await request(a.url)
      .get('/api/me')
      .set(bearer((refreshed.body as { accessToken: string }).accessToken))
      .expect(200);
    // The cookie A issued was rotated by B: presented again on A it is a reuse, which ends
    // the family, so the cookie B issued stops working as well.
    const reused = await request(a.url)
      .post('/api/auth/refresh')
      .set('Cookie', cookieFromA)
      .expect(401);
    expect(reused.body).toMatchObject({ code: 'REFRESH_TOKEN_REUSED' });
    await request(b.url).post('/api/auth/refresh').set('Cookie', cookieFromB).expect(401);
    figures['sessions'] =
      'token from A accepted by B; refresh cookie from A rotated by B; reuse on A revoked the family on both';
  });

  it('applies a role change and an account deletion made on A to tokens on B at once (cached sign-in check dropped by NOTIFY)', async () => {
    const admin = (await login(a.url, DEMO.admin)).accessToken;
    const trainee = await registerTrainee(b.url);
    const token = bearer(trainee.accessToken);
    // B has checked (and cached) the trainee: not an admin.
    await request(b.url).get('/api/users').set(token).expect(403);
    await request(b.url).get('/api/users').set(token).expect(403);
    /** Milliseconds until B answers `status` to the trainee's token (at most 3 s). */
    const until = async (path: string, status: number): Promise<number> => {
      const began = Date.now();
      for (;;) {
        const res = await request(b.url).get(path).set(token);
        if (res.status === status) return Date.now() - began;
        if (Date.now() - began > 3000) throw new Error(`B still answers ${res.status} on ${path}`);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    };
    await request(a.url)
      .put(`/api/users/${trainee.user.id}/roles`)
      .set(bearer(admin))
      .send({ roles: ['trainee', 'admin'] })
      .expect(200);
    const promotedMs = await until('/api/users', 200);
    await request(a.url).delete(`/api/users/${trainee.user.id}`).set(bearer(admin)).expect(204);
    const deletedMs = await until('/api/me', 401);
    expect(promotedMs).toBeLessThan(1000);
    expect(deletedMs).toBeLessThan(1000);
    figures['cachedSignInCheck'] = {
      promotedVisibleOnBAfterMs: promotedMs,
      deletedOnBAfterMs: deletedMs,
    };
  });

  it('grades an attempt submitted to both replicas at the same moment once', async () => {
    const quiz = world.quizzes[0];
    const outcomes: string[] = [];
    const attemptIds: string[] = [];
    for (const taker of world.takers) {
      const started = (
        await request(a.url)
          .post(`/api/quizzes/${quiz.id}/attempts`)
          .set(bearer(taker.token))
          .send({})
          .expect(201)
      ).body as AttemptStartResponse;
      attemptIds.push(started.id);
      const answers = started.questions.map((q) => ({
        questionId: q.id,
        optionIds: [quiz.wrong.get(q.id) ?? ''],
      }));
      const submit = (url: string) =>
        request(url)
          .post(`/api/attempts/${started.id}/submit`)
          .set(bearer(taker.token))
          .send({ answers });
      const [ra, rb] = await Promise.all([submit(a.url), submit(b.url)]);
      const statuses = [ra.status, rb.status].sort();
      outcomes.push(statuses.join('+'));
      expect(statuses).toEqual([200, 409]);
      const loser = ra.status === 409 ? ra : rb;
      expect(loser.body).toMatchObject({ code: 'ALREADY_SUBMITTED' });
    }
    const graded = await sql<{ subject_id: string; n: number }>(
      dbUrl,
      `SELECT subject_id, count(*)::int AS n FROM audit.audit_event
       WHERE type = 'assessment.attempt.submitted' AND subject_id = ANY($1::uuid[])
       GROUP BY subject_id`,
      [attemptIds],
    );
    expect(graded).toHaveLength(PAIRS);
    expect(graded.every((g) => g.n === 1)).toBe(true);
    const rows = await sql<{ status: string }>(
      dbUrl,
      'SELECT status FROM assessment.attempt WHERE id = ANY($1::uuid[])',
      [attemptIds],
    );
    expect(rows.every((r) => r.status === 'submitted')).toBe(true);
    figures['quizSubmissions'] = { pairs: PAIRS, outcomes: countBy(outcomes), gradesPerAttempt: 1 };
  });

  it('grades a role-play submission graded from both replicas at the same moment once', async () => {
    const t = { http: a.url };
    const { course, roleplay } = await publishedRoleplay(t, world.instructor);
    const outcomes: string[] = [];
    const submissionIds: string[] = [];
    for (let i = 0; i < PAIRS; i += 1) {
      const trainee = await enrolledTrainee(t, course);
      const submission = (
        await request(a.url)
          .post(`/api/roleplays/${roleplay.id}/submissions`)
          .set(bearer(trainee.token))
          .send({ transcript: TRANSCRIPT, reflection: REFLECTION })
          .expect(201)
      ).body as SubmissionResponse;
      submissionIds.push(submission.id);
      const [ra, rb] = await Promise.all([
        gradeRequest({ http: a.url }, world.instructor, submission.id, roleplay, [2, 1], 'pass'),
        gradeRequest({ http: b.url }, world.instructor, submission.id, roleplay, [1, 0], 'revise'),
      ]);
      const statuses = [ra.status, rb.status].sort();
      outcomes.push(statuses.join('+'));
      expect(statuses).toEqual([200, 409]);
    }
    const grades = await sql<{ submission_id: string; n: number }>(
      dbUrl,
      `SELECT submission_id, count(*)::int AS n FROM roleplay.grade
       WHERE submission_id = ANY($1::uuid[]) GROUP BY submission_id`,
      [submissionIds],
    );
    expect(grades).toHaveLength(PAIRS);
    expect(grades.every((g) => g.n === 1)).toBe(true);
    figures['roleplayGrading'] = {
      pairs: PAIRS,
      outcomes: countBy(outcomes),
      gradesPerSubmission: 1,
    };
  });

  it('runs a bulk issuance requested on both replicas once: one run, one job, one certificate per enrollment', async () => {
    const t = { http: a.url };
    const course = await certifiableCourse(t, world.instructor, 'Replica bulk course');
    const trainees: string[] = [];
    for (let i = 0; i < PAIRS; i += 1)
      trainees.push(
        (await traineeThrough(i % 2 === 0 ? t : { http: b.url }, world.instructor, course)).id,
      );
    const bulk = (url: string) =>
      request(url)
        .post(`/api/courses/${course.course.id}/certificates/bulk`)
        .set(bearer(world.admin));
    const began = Date.now();
    const [ra, rb] = await Promise.all([bulk(a.url), bulk(b.url)]);
    const tookMs = Date.now() - began;
    expect([ra.status, rb.status]).toEqual([200, 200]);
    const runA = ra.body as BulkIssuanceResponse;
    const runB = rb.body as BulkIssuanceResponse;
    expect(runB.id).toBe(runA.id);
    expect(runA).toMatchObject({ status: 'completed', total: PAIRS, issued: PAIRS, skipped: 0 });

    const runs = await sql<{ id: string }>(
      dbUrl,
      'SELECT id FROM credentials.bulk_issuance WHERE course_id = $1',
      [course.course.id],
    );
    expect(runs).toEqual([{ id: runA.id }]);
    const jobs = await sql<{ state: string; n: number }>(
      dbUrl,
      `SELECT state, count(*)::int AS n FROM (
         SELECT state FROM pgboss.job WHERE name = 'credentials.bulk-issuance' AND data->>'runId' = $1
         UNION ALL
         SELECT state FROM pgboss.archive WHERE name = 'credentials.bulk-issuance' AND data->>'runId' = $1
       ) j GROUP BY state`,
      [runA.id],
    );
    expect(jobs).toEqual([{ state: 'completed', n: 1 }]);
    const certificates = await sql<{ user_id: string; n: number }>(
      dbUrl,
      `SELECT user_id, count(*)::int AS n FROM credentials.certificate
       WHERE course_id = $1 GROUP BY user_id`,
      [course.course.id],
    );
    expect(certificates.map((c) => c.user_id).sort()).toEqual([...trainees].sort());
    expect(certificates.every((c) => c.n === 1)).toBe(true);

    // Asked again on the other replica: a new run that finds nothing left to issue.
    const again = await bulk(b.url).expect(200);
    expect(again.body).toMatchObject({ status: 'completed', issued: 0, skipped: PAIRS });
    figures['bulkIssuance'] = {
      enrollments: PAIRS,
      requestsAtOnce: 2,
      runs: runs.length,
      jobs: jobs.reduce((n, j) => n + j.n, 0),
      certificatesPerEnrollment: 1,
      bothAnsweredInMs: tookMs,
    };
  });

  it('counts failed sign-ins for one account across replicas (progressive delay)', async () => {
    const trainee = await registerTrainee(b.url, { fullName: 'Locked Out' });
    const wrong = (url: string) =>
      request(url)
        .post('/api/auth/login')
        .send({ email: trainee.email, password: 'not my password' });
    // Five failures, split over the two replicas (the production default threshold is 5).
    for (const url of [a.url, b.url, a.url, b.url, a.url]) await wrong(url).expect(401);
    for (const url of [b.url, a.url]) {
      const refused = await request(url)
        .post('/api/auth/login')
        .send({ email: trainee.email, password: 'correct horse battery' })
        .expect(429);
      expect(refused.body).toMatchObject({ code: 'TOO_MANY_FAILED_SIGN_INS' });
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(20);
    }
    // Another account is not affected.
    await login(b.url, DEMO.instructor);
    figures['signInThrottling'] =
      '5 failures split over A and B: the 6th attempt is refused with 429 on both (Retry-After 30 s)';
  });
});

function countBy(values: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const v of values) counts[v] = (counts[v] ?? 0) + 1;
  return counts;
}
