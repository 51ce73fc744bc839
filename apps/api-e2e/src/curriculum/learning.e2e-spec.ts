import type { CourseOutline } from '@lms/shared/contracts';
import { queryDatabase } from '@lms/platform/api-testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createCourse, outlineOf } from '../support/curriculum';
import {
  bearer,
  DEMO,
  login,
  registerTrainee,
  startTestApp,
  type TestApp,
} from '../support/test-app';

describe('Curriculum: enrollment, the unlock rule, progress and versions', () => {
  let t: TestApp;
  let instructor: string;

  beforeAll(async () => {
    t = await startTestApp();
    instructor = (await login(t.http, DEMO.instructor)).accessToken;
  });
  afterAll(async () => {
    await t.close();
  });

  const complete = (token: string, lessonId: string, body: object = {}): request.Test =>
    request(t.http).post(`/api/lessons/${lessonId}/complete`).set(bearer(token)).send(body);

  it('enrolls once: a second enrollment is 409, also when two arrive together', async () => {
    const course = await createCourse(t.http, instructor, {
      modules: 1,
      lessons: 1,
      publish: true,
    });
    const a = await registerTrainee(t.http);
    const res = await request(t.http)
      .post(`/api/courses/${course.id}/enrollments`)
      .set(bearer(a.accessToken))
      .expect(201);
    expect(res.body).toMatchObject({ courseId: course.id, version: 1 });
    const again = await request(t.http)
      .post(`/api/courses/${course.id}/enrollments`)
      .set(bearer(a.accessToken))
      .expect(409);
    expect(again.body.code).toBe('ALREADY_ENROLLED');

    const b = await registerTrainee(t.http);
    const results = await Promise.all(
      [1, 2].map(() =>
        request(t.http).post(`/api/courses/${course.id}/enrollments`).set(bearer(b.accessToken)),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(
      await queryDatabase(t.db.url, 'SELECT 1 FROM curriculum.enrollment WHERE user_id = $1', [
        b.user.id,
      ]),
    ).toHaveLength(1);
  });

  it('keeps enrollment and completion to trainees', async () => {
    const course = await createCourse(t.http, instructor, {
      modules: 1,
      lessons: 1,
      publish: true,
    });
    await request(t.http)
      .post(`/api/courses/${course.id}/enrollments`)
      .set(bearer(instructor))
      .expect(403);
    await complete(instructor, course.modules[0].lessons[0].id).expect(403);
    await request(t.http).get('/api/me/enrollments').set(bearer(instructor)).expect(403);
  });

  it('refuses lessons to trainees who are not enrolled', async () => {
    const course = await createCourse(t.http, instructor, {
      modules: 1,
      lessons: 1,
      publish: true,
    });
    const outsider = await registerTrainee(t.http);
    const res = await request(t.http)
      .get(`/api/lessons/${course.modules[0].lessons[0].id}`)
      .set(bearer(outsider.accessToken))
      .expect(403);
    expect(res.body.code).toBe('NOT_ENROLLED');
    const outline = await outlineOf(t.http, outsider.accessToken, course.id);
    expect(outline).toMatchObject({ enrolled: false, percentComplete: 0, nextItem: null });
  });

  it('locks a module until every lesson of the previous one is complete, and tracks progress', async () => {
    const course = await createCourse(t.http, instructor, {
      modules: 3,
      lessons: 2,
      publish: true,
    });
    const { accessToken: token } = await registerTrainee(t.http);
    await request(t.http)
      .post(`/api/courses/${course.id}/enrollments`)
      .set(bearer(token))
      .expect(201);
    const [m1, m2] = course.modules;

    let outline = await outlineOf(t.http, token, course.id);
    expect(outline.modules.map((m) => m.locked)).toEqual([false, true, true]);
    expect(outline.nextItem).toMatchObject({ kind: 'lesson', id: m1.lessons[0].id });

    const locked = await request(t.http)
      .get(`/api/lessons/${m2.lessons[0].id}`)
      .set(bearer(token))
      .expect(403);
    expect(locked.body.code).toBe('LESSON_LOCKED');
    await complete(token, m2.lessons[0].id).expect(403);

    const lesson = await request(t.http)
      .get(`/api/lessons/${m1.lessons[0].id}`)
      .set(bearer(token))
      .expect(200);
    expect(lesson.body).toMatchObject({
      title: 'Lesson 1.1',
      completed: false,
      nextItem: { id: m1.lessons[1].id },
    });

    const first = await complete(token, m1.lessons[0].id).expect(200);
    expect(first.body).toMatchObject({
      completed: true,
      percentComplete: 16,
      nextItem: { id: m1.lessons[1].id },
    });
    await request(t.http).get(`/api/lessons/${m2.lessons[0].id}`).set(bearer(token)).expect(403);

    const second = await complete(token, m1.lessons[1].id).expect(200);
    expect(second.body).toMatchObject({
      percentComplete: 33,
      nextItem: { kind: 'lesson', id: m2.lessons[0].id, moduleId: m2.id },
    });
    await request(t.http).get(`/api/lessons/${m2.lessons[0].id}`).set(bearer(token)).expect(200);

    outline = await outlineOf(t.http, token, course.id);
    expect(outline.modules.map((m) => [m.locked, m.completed])).toEqual([
      [false, true],
      [false, false],
      [true, false],
    ]);
    expect(outline.percentComplete).toBe(33);
    expect(outline.modules[0].lessons.every((l) => l.completed)).toBe(true);

    // Completing again changes nothing.
    const repeat = await complete(token, m1.lessons[0].id).expect(200);
    expect(repeat.body.completedAt).toBe(first.body.completedAt);

    const mine = await request(t.http).get('/api/me/enrollments').set(bearer(token)).expect(200);
    expect(mine.body).toMatchObject({
      total: 1,
      items: [{ courseId: course.id, percentComplete: 33, nextItem: { id: m2.lessons[0].id } }],
    });
  });

  it('credits reading time no faster than the clock', async () => {
    const course = await createCourse(t.http, instructor, {
      modules: 1,
      lessons: 1,
      publish: true,
    });
    const { accessToken: token, user } = await registerTrainee(t.http);
    await request(t.http)
      .post(`/api/courses/${course.id}/enrollments`)
      .set(bearer(token))
      .expect(201);
    const lessonId = course.modules[0].lessons[0].id;
    await request(t.http).get(`/api/lessons/${lessonId}`).set(bearer(token)).expect(200);
    await request(t.http)
      .post(`/api/lessons/${lessonId}/activity`)
      .set(bearer(token))
      .send({ timeSpentSeconds: 3600 })
      .expect(204);
    const res = await complete(token, lessonId, { timeSpentSeconds: 86_000 }).expect(200);
    expect(res.body.timeSpentSeconds).toBeLessThanOrEqual(3);
    const bad = await complete(token, lessonId, { timeSpentSeconds: -5 }).expect(400);
    expect(bad.body.message).toEqual(['timeSpentSeconds must not be less than 0']);

    // Pretend the reader opened it ten minutes ago: a heartbeat may now credit up to five.
    await queryDatabase(
      t.db.url,
      `UPDATE curriculum.lesson_progress SET last_activity_at = now() - interval '10 minutes' WHERE lesson_id = $1`,
      [lessonId],
    );
    await request(t.http)
      .post(`/api/lessons/${lessonId}/activity`)
      .set(bearer(token))
      .send({ timeSpentSeconds: 3600 })
      .expect(204);
    const [row] = await queryDatabase<{ time_spent_seconds: number; first_opened_at: Date }>(
      t.db.url,
      `SELECT p.time_spent_seconds, p.first_opened_at FROM curriculum.lesson_progress p JOIN curriculum.enrollment e ON e.id = p.enrollment_id WHERE e.user_id = $1`,
      [user.id],
    );
    expect(row.time_spent_seconds).toBeGreaterThanOrEqual(300);
    expect(row.time_spent_seconds).toBeLessThanOrEqual(303);
    expect(row.first_opened_at).toBeInstanceOf(Date);
  });

  it('keeps enrolled trainees on their version, with their progress, when a new version is published', async () => {
    const course = await createCourse(t.http, instructor, {
      modules: 2,
      lessons: 1,
      publish: true,
      title: 'Versioned course',
    });
    const early = await registerTrainee(t.http);
    await request(t.http)
      .post(`/api/courses/${course.id}/enrollments`)
      .set(bearer(early.accessToken))
      .expect(201);
    await complete(early.accessToken, course.modules[0].lessons[0].id).expect(200);

    // Editing a published course starts version 2 as a draft; version 1 stays frozen.
    const edited = await request(t.http)
      .patch(`/api/courses/${course.id}`)
      .set(bearer(instructor))
      .send({ title: 'Versioned course, 2nd edition' })
      .expect(200);
    expect(edited.body).toMatchObject({
      version: 2,
      status: 'draft',
      publishedVersion: 1,
      hasDraft: true,
    });
    const v2 = edited.body as CourseOutline;
    expect(v2.modules[0].id).not.toBe(course.modules[0].id);
    await request(t.http)
      .post(`/api/modules/${v2.modules[1].id}/lessons`)
      .set(bearer(instructor))
      .send({ title: 'New in v2', body: 'New', estimatedMinutes: 5 })
      .expect(201);

    const beforePublish = await outlineOf(t.http, early.accessToken, course.id);
    expect(beforePublish).toMatchObject({
      version: 1,
      title: 'Versioned course',
      percentComplete: 50,
    });

    await request(t.http)
      .post(`/api/courses/${course.id}/publish`)
      .set(bearer(instructor))
      .expect(200);

    const late = await registerTrainee(t.http);
    const lateEnroll = await request(t.http)
      .post(`/api/courses/${course.id}/enrollments`)
      .set(bearer(late.accessToken))
      .expect(201);
    expect(lateEnroll.body.version).toBe(2);
    const lateOutline = await outlineOf(t.http, late.accessToken, course.id);
    expect(lateOutline).toMatchObject({
      version: 2,
      status: 'published',
      title: 'Versioned course, 2nd edition',
    });
    expect(lateOutline.modules[1].lessons.map((l) => l.title)).toEqual(['Lesson 2.1', 'New in v2']);

    const earlyOutline = await outlineOf(t.http, early.accessToken, course.id);
    expect(earlyOutline).toMatchObject({
      version: 1,
      status: 'retired',
      title: 'Versioned course',
      percentComplete: 50,
    });
    expect(earlyOutline.modules[0].completed).toBe(true);
    await request(t.http)
      .get(`/api/lessons/${course.modules[1].lessons[0].id}`)
      .set(bearer(early.accessToken))
      .expect(200);
    // Version 2's lessons belong to the trainees of version 2.
    await request(t.http)
      .get(`/api/lessons/${lateOutline.modules[0].lessons[0].id}`)
      .set(bearer(early.accessToken))
      .expect(403);
    const list = await request(t.http)
      .get('/api/courses?q=Versioned')
      .set(bearer(late.accessToken))
      .expect(200);
    expect(list.body.items).toEqual([
      expect.objectContaining({ id: course.id, version: 2, enrolled: true }),
    ]);
  });

  it('loads an outline with the same number of SQL queries whatever the course size', async () => {
    const count = async (courseId: string, token: string): Promise<number> => {
      const dataSource = t.app.get(DataSource);
      const original = dataSource.logger;
      let queries = 0;
      dataSource.logger = {
        ...original,
        logQuery: () => {
          queries += 1;
        },
        logQueryError: () => undefined,
        logQuerySlow: () => undefined,
        logSchemaBuild: () => undefined,
        logMigration: () => undefined,
        log: () => undefined,
      };
      try {
        await request(t.http).get(`/api/courses/${courseId}`).set(bearer(token)).expect(200);
      } finally {
        dataSource.logger = original;
      }
      return queries;
    };
    const small = await createCourse(t.http, instructor, { modules: 1, lessons: 1, publish: true });
    const large = await createCourse(t.http, instructor, { modules: 8, lessons: 6, publish: true });
    const trainee = await registerTrainee(t.http);
    for (const c of [small, large])
      await request(t.http)
        .post(`/api/courses/${c.id}/enrollments`)
        .set(bearer(trainee.accessToken))
        .expect(201);
    await complete(trainee.accessToken, large.modules[0].lessons[0].id).expect(200);

    const smallCount = await count(small.id, trainee.accessToken);
    const largeCount = await count(large.id, trainee.accessToken);
    expect(largeCount).toBe(smallCount);
    expect(largeCount).toBeLessThanOrEqual(10);
    expect(await count(large.id, instructor)).toBe(await count(small.id, instructor));
  });
});
