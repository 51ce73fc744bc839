import { queryDatabase } from '@lms/platform/api-testing';
import type { CourseOutline, RoleplayResponse, SubmissionResponse } from '@lms/shared/contracts';
import request from 'supertest';
import { outlineOf } from '../support/curriculum';
import {
  enrolledTrainee,
  publishedRoleplay,
  REFLECTION,
  RUBRIC,
  TRANSCRIPT,
} from '../support/roleplay';
import {
  bearer,
  DEMO,
  login,
  registerTrainee,
  startTestApp,
  type TestApp,
} from '../support/test-app';

describe('Role-play: scenarios, submissions and grading', () => {
  let t: TestApp;
  let instructor: string;

  beforeAll(async () => {
    t = await startTestApp();
    instructor = (await login(t.http, DEMO.instructor)).accessToken;
  });
  afterAll(async () => {
    await t.close();
  });

  const setup = (): Promise<{ course: CourseOutline; roleplay: RoleplayResponse }> =>
    publishedRoleplay(t, instructor);
  const trainee = (course: CourseOutline): Promise<{ token: string; id: string }> =>
    enrolledTrainee(t, course);

  const grade = (
    submissionId: string,
    levels: [number, number],
    outcome: 'pass' | 'revise',
    roleplay: RoleplayResponse,
  ) =>
    request(t.http)
      .post(`/api/submissions/${submissionId}/grade`)
      .set(bearer(instructor))
      .send({
        scores: roleplay.rubric.criteria.map((c, i) => ({
          criterionId: c.id,
          levelIndex: levels[i],
          comment: i === 0 ? 'Good start' : undefined,
        })),
        feedback: 'See comments.',
        outcome,
      });

  it('runs the flow: submit → revise → resubmit → pass, and a pass unlocks the next module', async () => {
    const { course, roleplay } = await setup();
    expect(roleplay).toMatchObject({
      maxPoints: 4,
      rubricVersion: 1,
      graderNotes: 'Look for suggestibility.',
    });
    const tr = await trainee(course);
    const seen = (
      await request(t.http).get(`/api/roleplays/${roleplay.id}`).set(bearer(tr.token)).expect(200)
    ).body as RoleplayResponse;
    expect(seen.graderNotes).toBeUndefined();
    await request(t.http)
      .post(`/api/lessons/${course.modules[0].lessons[0].id}/complete`)
      .set(bearer(tr.token))
      .send({})
      .expect(200);
    expect((await outlineOf(t.http, tr.token, course.id)).modules[1].locked).toBe(true);

    const first = await request(t.http)
      .post(`/api/roleplays/${roleplay.id}/submissions`)
      .set(bearer(tr.token))
      .send({ transcript: TRANSCRIPT, reflection: REFLECTION })
      .expect(201);
    expect(first.body).toEqual({ id: expect.any(String), status: 'submitted' });
    const pending = await request(t.http)
      .post(`/api/roleplays/${roleplay.id}/submissions`)
      .set(bearer(tr.token))
      .send({ transcript: TRANSCRIPT, reflection: REFLECTION })
      .expect(409);
    expect(pending.body.code).toBe('SUBMISSION_PENDING');

    const queue = await request(t.http)
      .get(`/api/grading-queue?roleplayId=${roleplay.id}`)
      .set(bearer(instructor))
      .expect(200);
    expect(queue.body).toMatchObject({
      total: 1,
      items: [
        {
          submissionId: first.body.id,
          roleplayTitle: 'Informed consent for a first session',
          traineeName: 'Test Trainee',
        },
      ],
    });

    const revised = await grade(first.body.id, [1, 0], 'revise', roleplay).expect(200);
    expect((revised.body as SubmissionResponse).grade).toMatchObject({
      points: 1,
      maxPoints: 4,
      percent: 25,
      outcome: 'revise',
      scores: [
        { levelIndex: 1, points: 1, comment: 'Good start' },
        { levelIndex: 0, points: 0, comment: null },
      ],
    });
    const mine = await request(t.http)
      .get(`/api/submissions/${first.body.id}`)
      .set(bearer(tr.token))
      .expect(200);
    expect(mine.body.grade.feedback).toBe('See comments.');

    const notifications = await request(t.http)
      .get('/api/me/notifications')
      .set(bearer(tr.token))
      .expect(200);
    expect(notifications.body).toMatchObject({
      unread: 1,
      items: [{ title: 'Your role-play "Informed consent for a first session" was graded' }],
    });
    const outbox = await queryDatabase(
      t.db.url,
      `SELECT subject, status FROM platform.outbox_email WHERE "to" LIKE 'trainee.%'`,
    );
    expect(outbox).toEqual(
      expect.arrayContaining([
        {
          subject: 'Threshold: Your role-play "Informed consent for a first session" was graded',
          status: 'pending',
        },
      ]),
    );
    await request(t.http)
      .post(`/api/me/notifications/${notifications.body.items[0].id}/read`)
      .set(bearer(tr.token))
      .expect(204);
    expect(
      (await request(t.http).get('/api/me/notifications').set(bearer(tr.token)).expect(200)).body
        .unread,
    ).toBe(0);

    const second = await request(t.http)
      .post(`/api/roleplays/${roleplay.id}/submissions`)
      .set(bearer(tr.token))
      .send({ transcript: TRANSCRIPT, reflection: REFLECTION })
      .expect(201);
    await grade(second.body.id, [2, 1], 'pass', roleplay).expect(200);
    const outline = await outlineOf(t.http, tr.token, course.id);
    expect(outline.modules[0].roleplays).toEqual([
      { id: roleplay.id, title: 'Informed consent for a first session', passed: true },
    ]);
    expect(outline.modules[1].locked).toBe(false);
    await request(t.http)
      .post(`/api/roleplays/${roleplay.id}/submissions`)
      .set(bearer(tr.token))
      .send({ transcript: TRANSCRIPT, reflection: REFLECTION })
      .expect(409);
    const events = await queryDatabase(
      t.db.url,
      `SELECT 1 FROM audit.audit_event WHERE type = 'roleplay.submission.graded' AND subject_id = ANY($1::uuid[])`,
      [[first.body.id, second.body.id]],
    );
    expect(events).toHaveLength(2);
  });

  it('keeps trainees from grading and from reading another trainee’s submission', async () => {
    const { course, roleplay } = await setup();
    const a = await trainee(course);
    const b = await trainee(course);
    const sub = await request(t.http)
      .post(`/api/roleplays/${roleplay.id}/submissions`)
      .set(bearer(a.token))
      .send({ transcript: TRANSCRIPT, reflection: REFLECTION })
      .expect(201);
    await request(t.http).get(`/api/submissions/${sub.body.id}`).set(bearer(b.token)).expect(403);
    await request(t.http)
      .post(`/api/submissions/${sub.body.id}/grade`)
      .set(bearer(a.token))
      .send({ scores: [], feedback: 'x', outcome: 'pass' })
      .expect(403);
    await request(t.http).get('/api/grading-queue').set(bearer(a.token)).expect(403);
  });

  it('rejects a level outside the rubric or a missing criterion with 400 and writes no grade', async () => {
    const { course, roleplay } = await setup();
    const tr = await trainee(course);
    const sub = await request(t.http)
      .post(`/api/roleplays/${roleplay.id}/submissions`)
      .set(bearer(tr.token))
      .send({ transcript: TRANSCRIPT, reflection: REFLECTION })
      .expect(201);
    const out = await grade(sub.body.id, [3, 0], 'pass', roleplay).expect(400);
    expect(out.body.message).toBe(
      'levelIndex for "Explains effects and risks" must be from 0 to 2',
    );
    const missing = await request(t.http)
      .post(`/api/submissions/${sub.body.id}/grade`)
      .set(bearer(instructor))
      .send({
        scores: [{ criterionId: roleplay.rubric.criteria[0].id, levelIndex: 0 }],
        feedback: 'x',
        outcome: 'pass',
      })
      .expect(400);
    expect(missing.body.code).toBe('INVALID_SCORES');
    expect(
      await queryDatabase(t.db.url, 'SELECT 1 FROM roleplay.grade WHERE submission_id = $1', [
        sub.body.id,
      ]),
    ).toHaveLength(0);
    const short = await request(t.http)
      .post(`/api/roleplays/${roleplay.id}/submissions`)
      .set(bearer((await trainee(course)).token))
      .send({ transcript: 'too short', reflection: '' })
      .expect(400);
    expect(short.body.message).toEqual(
      expect.arrayContaining([
        'transcript must be at least 50 characters long',
        'reflection must be at least 20 characters long',
      ]),
    );
  });

  it('edits the rubric in place until the first submission, then versions it for new submissions only', async () => {
    const { course, roleplay } = await setup();
    const simpler = {
      criteria: [
        {
          title: 'Explains effects',
          description: '',
          levels: [
            { label: 'No', points: 0 },
            { label: 'Yes', points: 3 },
          ],
        },
      ],
    };
    const edited = await request(t.http)
      .put(`/api/roleplays/${roleplay.id}/rubric`)
      .set(bearer(instructor))
      .send(simpler)
      .expect(200);
    expect(edited.body).toMatchObject({ rubricVersion: 1, maxPoints: 3 });
    const tr = await trainee(course);
    const sub = await request(t.http)
      .post(`/api/roleplays/${roleplay.id}/submissions`)
      .set(bearer(tr.token))
      .send({ transcript: TRANSCRIPT, reflection: REFLECTION })
      .expect(201);
    const versioned = await request(t.http)
      .put(`/api/roleplays/${roleplay.id}/rubric`)
      .set(bearer(instructor))
      .send(RUBRIC)
      .expect(200);
    expect(versioned.body).toMatchObject({ rubricVersion: 2, maxPoints: 4 });
    // The waiting submission is graded on the rubric it was submitted against.
    const criterion = (edited.body as RoleplayResponse).rubric.criteria[0];
    const graded = await request(t.http)
      .post(`/api/submissions/${sub.body.id}/grade`)
      .set(bearer(instructor))
      .send({
        scores: [{ criterionId: criterion.id, levelIndex: 1 }],
        feedback: 'Good',
        outcome: 'pass',
      })
      .expect(200);
    expect(graded.body.grade).toMatchObject({ points: 3, maxPoints: 3, percent: 100 });
    // The submission carries the rubric it is graded against (version 1), not the latest.
    expect(graded.body.rubric).toMatchObject({ version: 1, maxPoints: 3 });
    expect(graded.body.rubric.criteria).toHaveLength(edited.body.rubric.criteria.length);
    const trainee2 = (await registerTrainee(t.http)).accessToken;
    await request(t.http)
      .put(`/api/roleplays/${roleplay.id}/rubric`)
      .set(bearer(trainee2))
      .send(RUBRIC)
      .expect(403);
  });

  it('records one grade when two instructors grade at once', async () => {
    const { course, roleplay } = await setup();
    const tr = await trainee(course);
    const sub = await request(t.http)
      .post(`/api/roleplays/${roleplay.id}/submissions`)
      .set(bearer(tr.token))
      .send({ transcript: TRANSCRIPT, reflection: REFLECTION })
      .expect(201);
    const results = await Promise.all([
      grade(sub.body.id, [2, 1], 'pass', roleplay),
      grade(sub.body.id, [0, 0], 'revise', roleplay),
      grade(sub.body.id, [1, 1], 'pass', roleplay),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409]);
    expect(results.find((r) => r.status === 409)?.body.code).toBe('ALREADY_GRADED');
    expect(
      await queryDatabase(t.db.url, 'SELECT 1 FROM roleplay.grade WHERE submission_id = $1', [
        sub.body.id,
      ]),
    ).toHaveLength(1);
  });
});
