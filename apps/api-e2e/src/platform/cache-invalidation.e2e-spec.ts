// The cache's own service is what is under test: the e2e project may not import api libs otherwise.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { CacheInvalidation } from '@lms/platform/api';
import { queryDatabase } from '@lms/platform/api-testing';
import request from 'supertest';
import type { CourseOutline, EnrollmentSummary, Page } from '@lms/shared/contracts';
import { createCourse } from '../support/curriculum';
import {
  bearer,
  DEMO,
  login,
  registerTrainee,
  startTestApp,
  type TestApp,
} from '../support/test-app';

/**
 * The sign-in check of every request is cached per process (who a token's user is: email and
 * roles). Any change of that row - through this API, another replica or plain SQL - must reach
 * the cache at once; a lost listening connection must never leave it stale.
 */
describe('Platform: caches dropped by PostgreSQL notifications', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  const sql = <T extends Record<string, unknown>>(text: string, params: unknown[] = []) =>
    queryDatabase<T>(t.db.url, text, params);

  /** Milliseconds until `path` answers `status` to `token` (fails after 3 s). */
  async function until(token: string, path: string, status: number): Promise<number> {
    const began = Date.now();
    for (;;) {
      const res = await request(t.http).get(path).set(bearer(token));
      if (res.status === status) return Date.now() - began;
      if (Date.now() - began > 3000) throw new Error(`${path} still answers ${res.status}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  async function listener(): Promise<number | null> {
    const rows = await sql<{ pid: number }>(
      `SELECT pid FROM pg_stat_activity
        WHERE application_name = 'threshold-invalidation' AND datname = current_database()`,
    );
    return rows.at(0)?.pid ?? null;
  }

  it('applies a role change made outside this process (SQL) to a cached sign-in within a second', async () => {
    expect(t.app.get(CacheInvalidation).listening).toBe(true);
    const trainee = await registerTrainee(t.http);
    await request(t.http).get('/api/users').set(bearer(trainee.accessToken)).expect(403);
    await sql(`UPDATE identity."user" SET roles = '{trainee,admin}' WHERE id = $1`, [
      trainee.user.id,
    ]);
    expect(await until(trainee.accessToken, '/api/users', 200)).toBeLessThan(1000);
    await sql(`UPDATE identity."user" SET roles = '{trainee}' WHERE id = $1`, [trainee.user.id]);
    expect(await until(trainee.accessToken, '/api/users', 403)).toBeLessThan(1000);
  });

  it('listens again after its connection is killed, and nothing cached before is used', async () => {
    const trainee = await registerTrainee(t.http);
    await request(t.http).get('/api/users').set(bearer(trainee.accessToken)).expect(403);
    const invalidation = t.app.get(CacheInvalidation);
    const before = await listener();
    expect(before).not.toBeNull();
    await sql('SELECT pg_terminate_backend($1)', [before]);
    // A change made while nobody listens: its notification is lost.
    await sql(`UPDATE identity."user" SET roles = '{trainee,admin}' WHERE id = $1`, [
      trainee.user.id,
    ]);
    const began = Date.now();
    while (!invalidation.listening || (await listener()) === before) {
      if (Date.now() - began > 10_000) throw new Error('the cache listener did not come back');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(await listener()).not.toBe(before);
    await request(t.http).get('/api/users').set(bearer(trainee.accessToken)).expect(200);
  });

  /** Polls `read` until `done` holds (fails after 3 s); returns how long it took. */
  async function eventually<T>(
    read: () => Promise<T>,
    done: (value: T) => boolean,
  ): Promise<number> {
    const began = Date.now();
    while (!done(await read())) {
      if (Date.now() - began > 3000) throw new Error('the cached read never changed');
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    return Date.now() - began;
  }

  it("keeps a trainee's outline and course list current: changes by others within a second, their own writes at once", async () => {
    const instructor = (await login(t.http, DEMO.instructor)).accessToken;
    const course = await createCourse(t.http, instructor, {
      modules: 2,
      lessons: 2,
      publish: true,
    });
    const trainee = await registerTrainee(t.http);
    const token = bearer(trainee.accessToken);
    await request(t.http).post(`/api/courses/${course.id}/enrollments`).set(token).expect(201);
    const outline = async () =>
      (await request(t.http).get(`/api/courses/${course.id}`).set(token).expect(200))
        .body as CourseOutline;
    const mine = async () =>
      (await request(t.http).get('/api/me/enrollments').set(token).expect(200))
        .body as Page<EnrollmentSummary>;
    expect((await outline()).percentComplete).toBe(0);
    expect((await mine()).items[0]?.percentComplete).toBe(0);

    // The trainee's own write: the very next read shows it, because the serving process drops
    // the trainee's entries as it answers (readYourWrites), not only on the notification.
    const first = course.modules[0]?.lessons[0]?.id ?? '';
    const wroteAs = jest.spyOn(t.app.get(CacheInvalidation), 'wroteAs');
    await request(t.http).post(`/api/lessons/${first}/complete`).set(token).send({}).expect(200);
    expect(wroteAs).toHaveBeenCalledWith(trainee.user.id);
    wroteAs.mockRestore();
    expect((await outline()).percentComplete).toBe(25);
    expect((await mine()).items[0]?.percentComplete).toBe(25);

    // Progress written elsewhere (another replica, a support fix in SQL).
    const second = course.modules[0]?.lessons[1]?.id ?? '';
    await sql(
      `INSERT INTO curriculum.lesson_progress (enrollment_id, lesson_id, first_opened_at, last_activity_at, completed_at)
       SELECT e.id, $2, now(), now(), now() FROM curriculum.enrollment e
        WHERE e.user_id = $1 AND e.course_id = $3`,
      [trainee.user.id, second, course.id],
    );
    expect(await eventually(outline, (o) => o.percentComplete === 50)).toBeLessThan(1000);
    expect(await eventually(mine, (p) => p.items[0]?.percentComplete === 50)).toBeLessThan(1000);
    expect((await outline()).modules[1]?.locked).toBe(false);

    // What every reader of the course sees: its published version's title.
    await sql(`UPDATE curriculum.course_version SET title = 'Renamed' WHERE course_id = $1`, [
      course.id,
    ]);
    expect(await eventually(outline, (o) => o.title === 'Renamed')).toBeLessThan(1000);
    expect(await eventually(mine, (p) => p.items[0]?.title === 'Renamed')).toBeLessThan(1000);
  });

  it('refuses the token of an account anonymised outside this process at once', async () => {
    const trainee = await registerTrainee(t.http);
    await request(t.http).get('/api/me').set(bearer(trainee.accessToken)).expect(200);
    await sql(`UPDATE identity."user" SET email = $2 WHERE id = $1`, [
      trainee.user.id,
      `deleted-${trainee.user.id}@deleted.invalid`, // how an anonymised account looks
    ]);
    expect(await until(trainee.accessToken, '/api/me', 401)).toBeLessThan(1000);
  });
});
