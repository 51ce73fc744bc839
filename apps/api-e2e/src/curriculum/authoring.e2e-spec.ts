import { queryDatabase } from '@lms/platform/api-testing';
import request from 'supertest';
import { COURSE_BODY, createCourse, outlineOf } from '../support/curriculum';
import {
  bearer,
  DEMO,
  login,
  registerTrainee,
  startTestApp,
  type TestApp,
} from '../support/test-app';

describe('Curriculum: authoring and publishing', () => {
  let t: TestApp;
  let instructor: string;
  let admin: string;
  let trainee: string;
  let otherInstructor: { token: string; id: string };

  beforeAll(async () => {
    t = await startTestApp();
    instructor = (await login(t.http, DEMO.instructor)).accessToken;
    admin = (await login(t.http, DEMO.admin)).accessToken;
    trainee = (await login(t.http, DEMO.trainee)).accessToken;
    const other = await registerTrainee(t.http);
    await request(t.http)
      .put(`/api/users/${other.user.id}/roles`)
      .set(bearer(admin))
      .send({ roles: ['instructor'] })
      .expect(200);
    otherInstructor = { token: other.accessToken, id: other.user.id };
  });
  afterAll(async () => {
    await t.close();
  });

  it('creates a draft course owned by its author', async () => {
    const res = await request(t.http)
      .post('/api/courses')
      .set(bearer(instructor))
      .send(COURSE_BODY)
      .expect(201);
    expect(res.body).toMatchObject({
      title: 'Test course',
      status: 'draft',
      version: 1,
      publishedVersion: null,
      canEdit: true,
      modules: [],
      creditDesignations: [{ creditType: 'apa', maxCredits: 1.5 }],
      owners: [{ fullName: 'Dr. Samira Okafor' }],
    });
  });

  it('validates courses, modules and lessons with 400 naming the field', async () => {
    const bad = await request(t.http)
      .post('/api/courses')
      .set(bearer(instructor))
      .send({
        ...COURSE_BODY,
        creditDesignations: [
          { creditType: 'apa', maxCredits: 0.3 },
          { creditType: 'cme', maxCredits: 1 },
        ],
      })
      .expect(400);
    expect(bad.body.message).toEqual(
      expect.arrayContaining([
        'creditDesignations.0.maxCredits must be a positive number in steps of 0.25',
        expect.stringMatching(/^creditDesignations\.1\.creditType must be one of/),
      ]),
    );
    const course = await createCourse(t.http, instructor, { modules: 1, lessons: 0 });
    const mod = await request(t.http)
      .post(`/api/courses/${course.id}/modules`)
      .set(bearer(instructor))
      .send({ title: 'X', category: 'astrology', learningObjectives: [] })
      .expect(400);
    expect(mod.body.message[0]).toMatch(/^category must be one of: pharmacology, safety/);
    const lesson = await request(t.http)
      .post(`/api/modules/${course.modules[0].id}/lessons`)
      .set(bearer(instructor))
      .send({
        title: 'L',
        body: 'text',
        estimatedMinutes: 0,
        resources: [{ title: 'r', url: 'javascript:alert(1)' }],
      })
      .expect(400);
    expect(lesson.body.message).toEqual(
      expect.arrayContaining([
        'estimatedMinutes must be at least 1',
        'resources.0.url must be an http(s) URL',
      ]),
    );
    expect((await outlineOf(t.http, instructor, course.id)).modules[0].lessons).toEqual([]);
  });

  it('keeps authoring to instructors and admins (403 for trainees, 401 without a token)', async () => {
    await request(t.http).post('/api/courses').send(COURSE_BODY).expect(401);
    await request(t.http).post('/api/courses').set(bearer(trainee)).send(COURSE_BODY).expect(403);
  });

  it('hides drafts from trainees', async () => {
    const course = await createCourse(t.http, instructor, {
      modules: 1,
      lessons: 1,
      title: 'Hidden draft',
    });
    const list = await request(t.http)
      .get('/api/courses?limit=200')
      .set(bearer(trainee))
      .expect(200);
    expect(list.body.items.map((c: { id: string }) => c.id)).not.toContain(course.id);
    await request(t.http).get(`/api/courses/${course.id}`).set(bearer(trainee)).expect(404);
    await request(t.http)
      .get(`/api/lessons/${course.modules[0].lessons[0].id}`)
      .set(bearer(trainee))
      .expect(404);
    await request(t.http)
      .post(`/api/courses/${course.id}/enrollments`)
      .set(bearer(trainee))
      .expect(404);
    const staffList = await request(t.http)
      .get('/api/courses?limit=200')
      .set(bearer(otherInstructor.token))
      .expect(200);
    expect(staffList.body.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: course.id, status: 'draft', canEdit: false }),
      ]),
    );
  });

  it('shows staff the published versions with view=learner (the catalogue)', async () => {
    const course = await createCourse(t.http, instructor, {
      modules: 1,
      lessons: 1,
      publish: true,
      title: 'Catalogue view',
    });
    await request(t.http)
      .patch(`/api/courses/${course.id}`)
      .set(bearer(instructor))
      .send({ title: 'Catalogue view, draft 2' })
      .expect(200);
    const authorView = await request(t.http)
      .get('/api/courses?q=Catalogue%20view')
      .set(bearer(instructor))
      .expect(200);
    expect(authorView.body.items).toEqual([
      expect.objectContaining({ title: 'Catalogue view, draft 2', status: 'draft' }),
    ]);
    const learnerView = await request(t.http)
      .get('/api/courses?q=Catalogue%20view&view=learner')
      .set(bearer(instructor))
      .expect(200);
    expect(learnerView.body.items).toEqual([
      expect.objectContaining({
        title: 'Catalogue view',
        status: 'published',
        version: 1,
        hasDraft: false,
      }),
    ]);
  });

  it('lets only owners and admins change a course; an admin can add an owner', async () => {
    const course = await createCourse(t.http, instructor, { modules: 1, lessons: 1 });
    const denied = await request(t.http)
      .patch(`/api/courses/${course.id}`)
      .set(bearer(otherInstructor.token))
      .send({ title: 'Mine now' })
      .expect(403);
    expect(denied.body.code).toBe('NOT_COURSE_OWNER');
    await request(t.http)
      .post(`/api/courses/${course.id}/modules`)
      .set(bearer(otherInstructor.token))
      .send({ title: 'M', category: 'safety', learningObjectives: [] })
      .expect(403);
    await request(t.http)
      .patch(`/api/lessons/${course.modules[0].lessons[0].id}`)
      .set(bearer(otherInstructor.token))
      .send({ title: 'x' })
      .expect(403);
    await request(t.http)
      .post(`/api/courses/${course.id}/publish`)
      .set(bearer(otherInstructor.token))
      .expect(403);

    await request(t.http)
      .patch(`/api/courses/${course.id}`)
      .set(bearer(admin))
      .send({ summary: 'Edited by the CE administrator' })
      .expect(200);

    await request(t.http)
      .post(`/api/courses/${course.id}/owners`)
      .set(bearer(instructor))
      .send({ userId: otherInstructor.id })
      .expect(403);
    const added = await request(t.http)
      .post(`/api/courses/${course.id}/owners`)
      .set(bearer(admin))
      .send({ userId: otherInstructor.id })
      .expect(201);
    expect(added.body.owners).toHaveLength(2);
    await request(t.http)
      .post(`/api/courses/${course.id}/owners`)
      .set(bearer(admin))
      .send({ userId: otherInstructor.id })
      .expect(409);
    const edited = await request(t.http)
      .patch(`/api/courses/${course.id}`)
      .set(bearer(otherInstructor.token))
      .send({ title: 'Co-authored' })
      .expect(200);
    expect(edited.body.title).toBe('Co-authored');
    const traineeUser = (await login(t.http, DEMO.trainee)).user;
    await request(t.http)
      .post(`/api/courses/${course.id}/owners`)
      .set(bearer(admin))
      .send({ userId: traineeUser.id })
      .expect(422);
  });

  it('refuses to publish an empty draft (422 listing what is missing), then publishes and freezes it', async () => {
    const empty = await createCourse(t.http, instructor, { modules: 0 });
    const refused = await request(t.http)
      .post(`/api/courses/${empty.id}/publish`)
      .set(bearer(instructor))
      .expect(422);
    expect(refused.body).toMatchObject({
      code: 'NOT_READY_TO_PUBLISH',
      missing: ['at least one module'],
    });

    const course = await createCourse(t.http, instructor, { modules: 2, lessons: 1 });
    const published = await request(t.http)
      .post(`/api/courses/${course.id}/publish`)
      .set(bearer(instructor))
      .expect(200);
    expect(published.body).toMatchObject({
      status: 'published',
      version: 1,
      publishedVersion: 1,
      hasDraft: false,
    });
    const again = await request(t.http)
      .post(`/api/courses/${course.id}/publish`)
      .set(bearer(instructor))
      .expect(409);
    expect(again.body.code).toBe('NOTHING_TO_PUBLISH');
    const events = await queryDatabase(
      t.db.url,
      `SELECT 1 FROM audit.audit_event WHERE type = 'curriculum.course.published' AND subject_id = $1`,
      [course.id],
    );
    expect(events).toHaveLength(1);
  });

  it('reorders modules and lessons', async () => {
    const course = await createCourse(t.http, instructor, { modules: 3, lessons: 3 });
    const [a, b, c] = course.modules.map((m) => m.id);
    const reordered = await request(t.http)
      .put(`/api/courses/${course.id}/module-order`)
      .set(bearer(instructor))
      .send({ ids: [c, a, b] })
      .expect(200);
    expect(
      reordered.body.modules.map((m: { title: string; position: number }) => [m.title, m.position]),
    ).toEqual([
      ['Module 3', 0],
      ['Module 1', 1],
      ['Module 2', 2],
    ]);
    const lessons = course.modules[0].lessons.map((l) => l.id);
    const withLessons = await request(t.http)
      .put(`/api/modules/${a}/lesson-order`)
      .set(bearer(instructor))
      .send({ ids: [lessons[2], lessons[0], lessons[1]] })
      .expect(200);
    expect(withLessons.body.modules[1].lessons.map((l: { title: string }) => l.title)).toEqual([
      'Lesson 1.3',
      'Lesson 1.1',
      'Lesson 1.2',
    ]);
    const bad = await request(t.http)
      .put(`/api/courses/${course.id}/module-order`)
      .set(bearer(instructor))
      .send({ ids: [a, b] })
      .expect(400);
    expect(bad.body.code).toBe('INVALID_ORDER');
  });

  it('inserts a module at a position and removes one, keeping positions dense', async () => {
    const course = await createCourse(t.http, instructor, { modules: 2, lessons: 1 });
    await request(t.http)
      .post(`/api/courses/${course.id}/modules`)
      .set(bearer(instructor))
      .send({ title: 'First', category: 'ethics_law', learningObjectives: [], position: 0 })
      .expect(201);
    await request(t.http)
      .delete(`/api/modules/${course.modules[0].id}`)
      .set(bearer(instructor))
      .expect(204);
    const outline = await outlineOf(t.http, instructor, course.id);
    expect(outline.modules.map((m) => [m.title, m.position])).toEqual([
      ['First', 0],
      ['Module 2', 1],
    ]);
  });

  it('stores Markdown as written, script tags included (the web app renders it safely)', async () => {
    const course = await createCourse(t.http, instructor, { modules: 1, lessons: 0 });
    const body =
      '## Heading\n\n<script>window.__pwned = true</script>\n\n<img src=x onerror="window.__pwned=true">';
    const res = await request(t.http)
      .post(`/api/modules/${course.modules[0].id}/lessons`)
      .set(bearer(instructor))
      .send({ title: 'Unsafe', body, estimatedMinutes: 5 })
      .expect(201);
    expect(res.body.body).toBe(body);
    expect(res.body.courseTitle).toBe('Test course');
  });

  it('answers 404 for unknown ids and 400 for malformed ones', async () => {
    await request(t.http)
      .get('/api/courses/8b0c2a3e-9f7d-4c1e-8a55-0d1f2e3a4b5c')
      .set(bearer(instructor))
      .expect(404);
    await request(t.http).get('/api/courses/nope').set(bearer(instructor)).expect(400);
    await request(t.http)
      .get('/api/lessons/8b0c2a3e-9f7d-4c1e-8a55-0d1f2e3a4b5c')
      .set(bearer(instructor))
      .expect(404);
  });
});
