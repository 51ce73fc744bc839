import { queryDatabase } from '@lms/platform/api-testing';
import type {
  AttemptStartResponse,
  AuthorQuestion,
  CourseOutline,
  QuizResponse,
  QuizStatistics,
} from '@lms/shared/contracts';
import request from 'supertest';
import { createCourse } from '../support/curriculum';
import {
  bearer,
  DEMO,
  login,
  registerTrainee,
  startTestApp,
  type TestApp,
} from '../support/test-app';

describe('Assessment: question bank, key corrections and statistics', () => {
  let t: TestApp;
  let instructor: string;

  beforeAll(async () => {
    t = await startTestApp();
    instructor = (await login(t.http, DEMO.instructor)).accessToken;
  });
  afterAll(async () => {
    await t.close();
  });

  /** Published course; module 1 has a fixed, unshuffled quiz of two 1-point single questions. */
  async function setup(): Promise<{
    course: CourseOutline;
    quiz: QuizResponse;
    q1: AuthorQuestion;
    q2: AuthorQuestion;
  }> {
    const course = await createCourse(t.http, instructor, { modules: 1, lessons: 1 });
    const quiz = (
      await request(t.http)
        .post(`/api/modules/${course.modules[0].id}/quizzes`)
        .set(bearer(instructor))
        .send({ title: 'Check', passingScore: 75, maxAttempts: 1, shuffle: false })
        .expect(201)
    ).body as QuizResponse;
    const add = (prompt: string, tags: string[]) =>
      request(t.http)
        .post(`/api/quizzes/${quiz.id}/questions`)
        .set(bearer(instructor))
        .send({
          type: 'single',
          prompt,
          points: 1,
          tags,
          rationale: 'Because.',
          options: [
            { text: 'A', correct: true },
            { text: 'B', correct: false },
          ],
        })
        .expect(201);
    await add('First', ['nmda']);
    const full = (await add('Second', ['safety'])).body as QuizResponse;
    await request(t.http)
      .post(`/api/courses/${course.id}/publish`)
      .set(bearer(instructor))
      .expect(200);
    const [q1, q2] = full.questions!;
    return { course, quiz: full, q1, q2 };
  }

  async function take(
    course: CourseOutline,
    quizId: string,
    picks: [string, string][],
  ): Promise<{ token: string; attemptId: string; userId: string }> {
    const trainee = await registerTrainee(t.http);
    await request(t.http)
      .post(`/api/courses/${course.id}/enrollments`)
      .set(bearer(trainee.accessToken))
      .expect(201);
    const attempt = (
      await request(t.http)
        .post(`/api/quizzes/${quizId}/attempts`)
        .set(bearer(trainee.accessToken))
        .expect(201)
    ).body as AttemptStartResponse;
    await request(t.http)
      .post(`/api/attempts/${attempt.id}/submit`)
      .set(bearer(trainee.accessToken))
      .send({
        answers: picks.map(([questionId, optionId]) => ({ questionId, optionIds: [optionId] })),
      })
      .expect(200);
    return { token: trainee.accessToken, attemptId: attempt.id, userId: trainee.user.id };
  }

  const right = (q: AuthorQuestion) => q.options.find((o) => o.correct)!.id;
  const wrong = (q: AuthorQuestion) => q.options.find((o) => !o.correct)!.id;

  it('lists the course bank for its instructors, filtered by tag', async () => {
    const { course } = await setup();
    const all = await request(t.http)
      .get(`/api/courses/${course.id}/questions`)
      .set(bearer(instructor))
      .expect(200);
    expect(all.body.total).toBe(2);
    const tagged = await request(t.http)
      .get(`/api/courses/${course.id}/questions?tag=nmda`)
      .set(bearer(instructor))
      .expect(200);
    expect(tagged.body.items.map((q: AuthorQuestion) => q.prompt)).toEqual(['First']);
    const trainee = (await registerTrainee(t.http)).accessToken;
    await request(t.http)
      .get(`/api/courses/${course.id}/questions`)
      .set(bearer(trainee))
      .expect(403);
  });

  it('computes item statistics against a hand-worked example', async () => {
    const { course, quiz, q1, q2 } = await setup();
    // Scores: 100 (both right), 50 (q1 only), 50 (q2 only), 0 (neither).
    await take(course, quiz.id, [
      [q1.id, right(q1)],
      [q2.id, right(q2)],
    ]);
    await take(course, quiz.id, [
      [q1.id, right(q1)],
      [q2.id, wrong(q2)],
    ]);
    await take(course, quiz.id, [
      [q1.id, wrong(q1)],
      [q2.id, right(q2)],
    ]);
    await take(course, quiz.id, [
      [q1.id, wrong(q1)],
      [q2.id, wrong(q2)],
    ]);
    const stats = (
      await request(t.http)
        .get(`/api/quizzes/${quiz.id}/statistics`)
        .set(bearer(instructor))
        .expect(200)
    ).body as QuizStatistics;
    // mean 50, SD sqrt(1250) = 35.355; q1: M1 = 75, M0 = 25, p = .5 → r = 50 / 35.355 × .5 = 0.707
    expect(stats).toMatchObject({ attempts: 4, meanScore: 50, passRate: 0.25 });
    expect(stats.scoreDistribution.map((b) => b.count)).toEqual([1, 0, 0, 0, 0, 2, 0, 0, 0, 1]);
    expect(stats.questions[0]).toMatchObject({
      questionId: q1.id,
      attempts: 4,
      difficulty: 0.5,
      discrimination: 0.707,
      flagged: false,
      options: [
        { optionId: right(q1), correct: true, pickRate: 0.5 },
        { optionId: wrong(q1), correct: false, pickRate: 0.5 },
      ],
    });
    const trainee = (await registerTrainee(t.http)).accessToken;
    await request(t.http)
      .get(`/api/quizzes/${quiz.id}/statistics`)
      .set(bearer(trainee))
      .expect(403);
  });

  it('keeps the attempts of the published quiz in the statistics of its copy in a new draft', async () => {
    const { course, quiz, q1, q2 } = await setup();
    await take(course, quiz.id, [
      [q1.id, right(q1)],
      [q2.id, wrong(q2)],
    ]);
    const draft = await request(t.http)
      .patch(`/api/courses/${course.id}`)
      .set(bearer(instructor))
      .send({ summary: 'v2' })
      .expect(200);
    const draftQuizId = (draft.body as CourseOutline).modules[0].quizzes[0].id;
    expect(draftQuizId).not.toBe(quiz.id);
    const stats = (
      await request(t.http)
        .get(`/api/quizzes/${draftQuizId}/statistics`)
        .set(bearer(instructor))
        .expect(200)
    ).body as QuizStatistics;
    expect(stats).toMatchObject({ attempts: 1, meanScore: 50 });
  });

  it('keeps past attempts as graded until a regrade applies the corrected key, auditing each change', async () => {
    const { course, quiz, q1, q2 } = await setup();
    // Picks "B" on q1, which the corrected key will accept: 50 → 100, fail → pass.
    const taker = await take(course, quiz.id, [
      [q1.id, wrong(q1)],
      [q2.id, right(q2)],
    ]);
    const corrected = await request(t.http)
      .put(`/api/questions/${q1.id}`)
      .set(bearer(instructor))
      .send({
        type: 'single',
        prompt: 'First',
        points: 1,
        rationale: 'B is right after all.',
        tags: ['nmda'],
        options: [
          { id: right(q1), text: 'A', correct: false },
          { id: wrong(q1), text: 'B', correct: true },
        ],
      })
      .expect(200);
    expect(corrected.body.options.map((o: { correct: boolean }) => o.correct)).toEqual([
      false,
      true,
    ]);
    const before = await request(t.http)
      .get(`/api/attempts/${taker.attemptId}`)
      .set(bearer(taker.token))
      .expect(200);
    expect(before.body).toMatchObject({ score: 50, passed: false });

    const regrade = await request(t.http)
      .post(`/api/questions/${q1.id}/regrade`)
      .set(bearer(instructor))
      .expect(200);
    expect(regrade.body).toMatchObject({
      attemptsChecked: 1,
      attemptsChanged: 1,
      changes: [
        {
          attemptId: taker.attemptId,
          scoreBefore: 50,
          scoreAfter: 100,
          passedBefore: false,
          passedAfter: true,
        },
      ],
    });
    const after = await request(t.http)
      .get(`/api/attempts/${taker.attemptId}`)
      .set(bearer(taker.token))
      .expect(200);
    expect(after.body).toMatchObject({ score: 100, passed: true });
    expect(
      after.body.results.find((r: { questionId: string }) => r.questionId === q1.id),
    ).toMatchObject({ correct: true, rationale: 'B is right after all.' });
    const events = await queryDatabase(
      t.db.url,
      `SELECT payload FROM audit.audit_event WHERE type = 'assessment.attempt.regraded' AND subject_id = $1`,
      [taker.attemptId],
    );
    expect(events).toHaveLength(1);
    // A second regrade changes nothing and records nothing.
    const again = await request(t.http)
      .post(`/api/questions/${q1.id}/regrade`)
      .set(bearer(instructor))
      .expect(200);
    expect(again.body.attemptsChanged).toBe(0);
  });

  it('draws N questions per tag before the random rest, and validates the setting', async () => {
    const course = await createCourse(t.http, instructor, { modules: 1, lessons: 1 });
    const moduleId = course.modules[0].id;
    const bad = await request(t.http)
      .post(`/api/modules/${moduleId}/quizzes`)
      .set(bearer(instructor))
      .send({
        title: 'Q',
        passingScore: 75,
        maxAttempts: 5,
        shuffle: true,
        questionsPerTag: { NMDA: 0 },
      })
      .expect(400);
    expect(bad.body.message).toEqual([
      'questionsPerTag must map lower-case-kebab tags to integers from 1 to 50',
    ]);
    const quiz = (
      await request(t.http)
        .post(`/api/modules/${moduleId}/quizzes`)
        .set(bearer(instructor))
        .send({
          title: 'Q',
          passingScore: 75,
          maxAttempts: 5,
          shuffle: true,
          questionsPerAttempt: 1,
          questionsPerTag: { nmda: 1 },
        })
        .expect(201)
    ).body as QuizResponse;
    for (const [prompt, tags] of [
      ['Tagged', ['nmda']],
      ['Other', ['safety']],
      ['Third', []],
    ] as const) {
      await request(t.http)
        .post(`/api/quizzes/${quiz.id}/questions`)
        .set(bearer(instructor))
        .send({
          type: 'true_false',
          prompt,
          points: 1,
          tags,
          options: [
            { text: 'True', correct: true },
            { text: 'False', correct: false },
          ],
        })
        .expect(201);
    }
    await request(t.http)
      .post(`/api/courses/${course.id}/publish`)
      .set(bearer(instructor))
      .expect(200);
    const trainee = await registerTrainee(t.http);
    await request(t.http)
      .post(`/api/courses/${course.id}/enrollments`)
      .set(bearer(trainee.accessToken))
      .expect(201);
    // Without the per-tag draw, five random single draws would all pick it 1 time in 243.
    for (let i = 0; i < 5; i += 1) {
      const attempt = (
        await request(t.http)
          .post(`/api/quizzes/${quiz.id}/attempts`)
          .set(bearer(trainee.accessToken))
          .expect(201)
      ).body as AttemptStartResponse;
      expect(attempt.questions.map((q) => q.prompt)).toEqual(['Tagged']);
      await request(t.http)
        .post(`/api/attempts/${attempt.id}/submit`)
        .set(bearer(trainee.accessToken))
        .send({})
        .expect(200);
    }
  });

  it('allows one post-test per course', async () => {
    const course = await createCourse(t.http, instructor, { modules: 2, lessons: 1 });
    const body = {
      title: 'Post-test',
      passingScore: 75,
      maxAttempts: 3,
      shuffle: true,
      isPostTest: true,
      questionsPerAttempt: 20,
    };
    await request(t.http)
      .post(`/api/modules/${course.modules[1].id}/quizzes`)
      .set(bearer(instructor))
      .send(body)
      .expect(201);
    const second = await request(t.http)
      .post(`/api/modules/${course.modules[0].id}/quizzes`)
      .set(bearer(instructor))
      .send(body)
      .expect(409);
    expect(second.body.code).toBe('POST_TEST_EXISTS');
  });
});
