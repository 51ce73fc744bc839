import { queryDatabase } from '@lms/platform/api-testing';
import type {
  AttemptStartResponse,
  AuthorQuestion,
  CourseOutline,
  QuizResponse,
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

/** Every key anywhere in a JSON value. */
function keysOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(keysOf);
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => [k, ...keysOf(v)]);
  return [];
}
const SECRET_KEYS = ['correct', 'rationale', 'feedback', 'correctOptionIds'];

describe('Assessment: quizzes and attempts', () => {
  let t: TestApp;
  let instructor: string;

  beforeAll(async () => {
    t = await startTestApp();
    instructor = (await login(t.http, DEMO.instructor)).accessToken;
  });
  afterAll(async () => {
    await t.close();
  });

  /** A published course whose first module has a 3-question quiz (1 + 1 + 2 points). */
  async function courseWithQuiz(
    quiz: Partial<{ maxAttempts: number; timeLimitMinutes: number; passingScore: number }> = {},
  ): Promise<{ course: CourseOutline; quiz: QuizResponse; key: AuthorQuestion[] }> {
    const course = await createCourse(t.http, instructor, { modules: 2, lessons: 1 });
    const created = await request(t.http)
      .post(`/api/modules/${course.modules[0].id}/quizzes`)
      .set(bearer(instructor))
      .send({
        title: 'Module 1 check',
        passingScore: quiz.passingScore ?? 75,
        maxAttempts: quiz.maxAttempts ?? 3,
        shuffle: true,
        ...(quiz.timeLimitMinutes ? { timeLimitMinutes: quiz.timeLimitMinutes } : {}),
      })
      .expect(201);
    const quizId = (created.body as QuizResponse).id;
    const questions = [
      {
        type: 'single',
        prompt: 'Ketamine antagonises which receptor?',
        points: 1,
        rationale: 'It blocks NMDA receptors.',
        tags: ['nmda'],
        options: [
          { text: 'NMDA', correct: true, feedback: 'Yes' },
          { text: 'GABA-A', correct: false, feedback: 'No' },
          { text: 'mu-opioid', correct: false },
        ],
      },
      {
        type: 'true_false',
        prompt: 'Ketamine is Schedule III in the U.S.',
        points: 1,
        options: [
          { text: 'True', correct: true },
          { text: 'False', correct: false },
        ],
      },
      {
        type: 'multiple',
        prompt: 'Common transient effects?',
        points: 2,
        partialCredit: true,
        options: [
          { text: 'Dissociation', correct: true },
          { text: 'Raised blood pressure', correct: true },
          { text: 'Hair loss', correct: false },
        ],
      },
    ];
    let last: QuizResponse | undefined;
    for (const q of questions)
      last = (
        await request(t.http)
          .post(`/api/quizzes/${quizId}/questions`)
          .set(bearer(instructor))
          .send(q)
          .expect(201)
      ).body as QuizResponse;
    await request(t.http)
      .post(`/api/courses/${course.id}/publish`)
      .set(bearer(instructor))
      .expect(200);
    return { course, quiz: last!, key: last!.questions! };
  }

  async function enrolledTrainee(course: CourseOutline): Promise<string> {
    const trainee = await registerTrainee(t.http);
    await request(t.http)
      .post(`/api/courses/${course.id}/enrollments`)
      .set(bearer(trainee.accessToken))
      .expect(201);
    return trainee.accessToken;
  }

  async function startAttempt(quizId: string, token: string): Promise<AttemptStartResponse> {
    const res = await request(t.http)
      .post(`/api/quizzes/${quizId}/attempts`)
      .set(bearer(token))
      .expect(201);
    return res.body as AttemptStartResponse;
  }

  const correctAnswers = (key: AuthorQuestion[]) =>
    key.map((q) => ({
      questionId: q.id,
      optionIds: q.options.filter((o) => o.correct).map((o) => o.id),
    }));

  it('gives instructors the key and trainees never a key, rationale or feedback before submitting', async () => {
    const { course, quiz, key } = await courseWithQuiz();
    expect(key.map((q) => q.options.some((o) => o.correct))).toEqual([true, true, true]);
    const trainee = await enrolledTrainee(course);
    const seen = [
      (await request(t.http).get(`/api/quizzes/${quiz.id}`).set(bearer(trainee)).expect(200)).body,
      (await request(t.http).get(`/api/courses/${course.id}`).set(bearer(trainee)).expect(200))
        .body,
    ];
    const started = await startAttempt(quiz.id, trainee);
    seen.push(started);
    await request(t.http)
      .put(`/api/attempts/${started.id}/answers/${started.questions[0].id}`)
      .set(bearer(trainee))
      .send({ optionIds: [started.questions[0].options[0].id] })
      .expect(204);
    seen.push(
      (await request(t.http).get(`/api/attempts/${started.id}`).set(bearer(trainee)).expect(200))
        .body,
    );
    seen.push(
      (
        await request(t.http)
          .post(`/api/quizzes/${quiz.id}/attempts`)
          .set(bearer(trainee))
          .expect(201)
      ).body,
    );
    for (const body of seen)
      expect(keysOf(body).filter((k) => SECRET_KEYS.includes(k))).toEqual([]);
    expect(started.questions).toHaveLength(3);
  });

  it('grades on the server with partial credit, shows results after submitting, and unlocks the next module when passed', async () => {
    const { course, quiz, key } = await courseWithQuiz();
    const trainee = await enrolledTrainee(course);
    await request(t.http)
      .post(`/api/lessons/${course.modules[0].lessons[0].id}/complete`)
      .set(bearer(trainee))
      .send({})
      .expect(200);
    await request(t.http)
      .get(`/api/lessons/${course.modules[1].lessons[0].id}`)
      .set(bearer(trainee))
      .expect(403);

    const first = await startAttempt(quiz.id, trainee);
    const [single, tf, multiple] = key;
    const res = await request(t.http)
      .post(`/api/attempts/${first.id}/submit`)
      .set(bearer(trainee))
      .send({
        answers: [
          { questionId: single.id, optionIds: [single.options.find((o) => o.correct)!.id] },
          { questionId: tf.id, optionIds: [tf.options.find((o) => !o.correct)!.id] },
          { questionId: multiple.id, optionIds: [multiple.options.find((o) => o.correct)!.id] },
        ],
      })
      .expect(200);
    // 1 + 0 + 1 (half of 2) = 2 of 4 points
    expect(res.body).toMatchObject({ score: 50, passed: false, late: false, passingScore: 75 });
    const singleResult = res.body.results.find(
      (r: { questionId: string }) => r.questionId === single.id,
    );
    expect(singleResult).toMatchObject({
      correct: true,
      rationale: 'It blocks NMDA receptors.',
      feedback: [{ text: 'Yes' }],
    });

    const second = await startAttempt(quiz.id, trainee);
    expect(second.id).not.toBe(first.id);
    const passed = await request(t.http)
      .post(`/api/attempts/${second.id}/submit`)
      .set(bearer(trainee))
      .send({ answers: correctAnswers(key) })
      .expect(200);
    expect(passed.body).toMatchObject({ score: 100, passed: true });
    await request(t.http)
      .get(`/api/lessons/${course.modules[1].lessons[0].id}`)
      .set(bearer(trainee))
      .expect(200);
    const again = await request(t.http)
      .post(`/api/quizzes/${quiz.id}/attempts`)
      .set(bearer(trainee))
      .expect(409);
    expect(again.body.code).toBe('ALREADY_PASSED');
  });

  it('merges the submitted answers over the autosave', async () => {
    const { course, quiz, key } = await courseWithQuiz();
    const trainee = await enrolledTrainee(course);
    const attempt = await startAttempt(quiz.id, trainee);
    for (const a of correctAnswers(key).slice(0, 2)) {
      await request(t.http)
        .put(`/api/attempts/${attempt.id}/answers/${a.questionId}`)
        .set(bearer(trainee))
        .send({ optionIds: a.optionIds })
        .expect(204);
    }
    const res = await request(t.http)
      .post(`/api/attempts/${attempt.id}/submit`)
      .set(bearer(trainee))
      .send({ answers: correctAnswers(key).slice(2) })
      .expect(200);
    expect(res.body.score).toBe(100);
  });

  it('keeps every answer of parallel autosaves, and none that arrives after the submit', async () => {
    const { course, quiz, key } = await courseWithQuiz();
    const trainee = await enrolledTrainee(course);
    const attempt = await startAttempt(quiz.id, trainee);
    const answers = correctAnswers(key);
    // All at once: each merges its own question into the saved answers.
    await Promise.all(
      answers.map((a) =>
        request(t.http)
          .put(`/api/attempts/${attempt.id}/answers/${a.questionId}`)
          .set(bearer(trainee))
          .send({ optionIds: a.optionIds })
          .expect(204),
      ),
    );
    const res = await request(t.http)
      .post(`/api/attempts/${attempt.id}/submit`)
      .set(bearer(trainee))
      .send({})
      .expect(200);
    expect(res.body.score).toBe(100);
    const late = await request(t.http)
      .put(`/api/attempts/${attempt.id}/answers/${answers[0]?.questionId ?? ''}`)
      .set(bearer(trainee))
      .send({ optionIds: answers[0]?.optionIds })
      .expect(409);
    expect(late.body.code).toBe('ATTEMPT_CLOSED');
  });

  it('refuses an autosave to another trainee, of a question or option not in the attempt, and saves nothing', async () => {
    const { course, quiz, key } = await courseWithQuiz();
    const trainee = await enrolledTrainee(course);
    const other = await enrolledTrainee(course);
    const attempt = await startAttempt(quiz.id, trainee);
    const [first, second] = attempt.questions;
    if (!first || !second) throw new Error('the quiz needs two questions');
    const put = (token: string, attemptId: string, questionId: string, optionIds: string[]) =>
      request(t.http)
        .put(`/api/attempts/${attemptId}/answers/${questionId}`)
        .set(bearer(token))
        .send({ optionIds });
    const own = [first.options[0]?.id ?? ''];
    expect((await put(other, attempt.id, first.id, own).expect(403)).body.code).toBe(
      'NOT_YOUR_ATTEMPT',
    );
    const stranger = key.find((q) => !attempt.questions.some((a) => a.id === q.id));
    const foreignQuestion = stranger?.id ?? '00000000-0000-4000-8000-000000000000';
    expect((await put(trainee, attempt.id, foreignQuestion, own).expect(400)).body.code).toBe(
      'QUESTION_NOT_IN_ATTEMPT',
    );
    // An option of the second question given as an answer to the first.
    const mixed = await put(trainee, attempt.id, first.id, [
      ...own,
      second.options[0]?.id ?? '',
    ]).expect(400);
    expect(mixed.body.message).toMatch(/optionIds/);
    await put(trainee, '00000000-0000-4000-8000-000000000000', first.id, own).expect(404);
    const saved = await request(t.http)
      .get(`/api/attempts/${attempt.id}`)
      .set(bearer(trainee))
      .expect(200);
    expect(saved.body.answers).toEqual({});
    await put(trainee, attempt.id, first.id, own).expect(204);
    const after = await request(t.http)
      .get(`/api/attempts/${attempt.id}`)
      .set(bearer(trainee))
      .expect(200);
    expect(after.body.answers).toEqual({ [first.id]: own });
  });

  it('grades one of 12 parallel submits; the rest get 409', async () => {
    const { course, quiz, key } = await courseWithQuiz();
    const trainee = await enrolledTrainee(course);
    const attempt = await startAttempt(quiz.id, trainee);
    const results = await Promise.all(
      Array.from({ length: 12 }, () =>
        request(t.http)
          .post(`/api/attempts/${attempt.id}/submit`)
          .set(bearer(trainee))
          .send({ answers: correctAnswers(key) }),
      ),
    );
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    expect(results.filter((r) => r.status === 409)).toHaveLength(11);
    const events = await queryDatabase(
      t.db.url,
      `SELECT 1 FROM audit.audit_event WHERE type = 'assessment.attempt.submitted' AND subject_id = $1`,
      [attempt.id],
    );
    expect(events).toHaveLength(1);
  });

  it('never exceeds the attempt limit under 8 parallel starts, and a start while one is open returns it', async () => {
    const { course, quiz } = await courseWithQuiz({ maxAttempts: 2 });
    const trainee = await enrolledTrainee(course);
    for (let round = 0; round < 2; round += 1) {
      const starts = await Promise.all(
        Array.from({ length: 8 }, () =>
          request(t.http).post(`/api/quizzes/${quiz.id}/attempts`).set(bearer(trainee)),
        ),
      );
      expect(starts.every((s) => s.status === 201)).toBe(true);
      expect(new Set(starts.map((s) => (s.body as AttemptStartResponse).id)).size).toBe(1);
      await request(t.http)
        .post(`/api/attempts/${(starts[0].body as AttemptStartResponse).id}/submit`)
        .set(bearer(trainee))
        .send({})
        .expect(200);
    }
    const third = await Promise.all(
      Array.from({ length: 8 }, () =>
        request(t.http).post(`/api/quizzes/${quiz.id}/attempts`).set(bearer(trainee)),
      ),
    );
    expect(third.every((s) => s.status === 409 && s.body.code === 'ATTEMPT_LIMIT_REACHED')).toBe(
      true,
    );
    const [{ n }] = await queryDatabase<{ n: string }>(
      t.db.url,
      'SELECT count(*) AS n FROM assessment.attempt WHERE quiz_id = $1',
      [quiz.id],
    );
    expect(Number(n)).toBe(2);
  });

  it('honours Idempotency-Key on submit', async () => {
    const { course, quiz, key } = await courseWithQuiz();
    const trainee = await enrolledTrainee(course);
    const attempt = await startAttempt(quiz.id, trainee);
    const first = await request(t.http)
      .post(`/api/attempts/${attempt.id}/submit`)
      .set(bearer(trainee))
      .set('Idempotency-Key', 'k-1')
      .send({ answers: correctAnswers(key) })
      .expect(200);
    const retry = await request(t.http)
      .post(`/api/attempts/${attempt.id}/submit`)
      .set(bearer(trainee))
      .set('Idempotency-Key', 'k-1')
      .send({ answers: [] })
      .expect(200);
    expect(retry.body).toEqual(first.body);
    await request(t.http)
      .post(`/api/attempts/${attempt.id}/submit`)
      .set(bearer(trainee))
      .set('Idempotency-Key', 'k-2')
      .send({})
      .expect(409);
  });

  it('grades an open attempt past its time when the trainee starts again, and starts one new attempt however many starts arrive', async () => {
    const { course, quiz } = await courseWithQuiz({ timeLimitMinutes: 10, maxAttempts: 3 });
    const trainee = await enrolledTrainee(course);
    const first = await startAttempt(quiz.id, trainee);
    await queryDatabase(
      t.db.url,
      `UPDATE assessment.attempt SET expires_at = now() - interval '1 minute' WHERE id = $1`,
      [first.id],
    );
    const starts = await Promise.all(
      Array.from({ length: 6 }, () =>
        request(t.http).post(`/api/quizzes/${quiz.id}/attempts`).set(bearer(trainee)),
      ),
    );
    expect(starts.map((s) => s.status)).toEqual(Array.from({ length: 6 }, () => 201));
    const ids = new Set(starts.map((s) => (s.body as AttemptStartResponse).id));
    expect(ids.size).toBe(1);
    expect(ids.has(first.id)).toBe(false);
    expect((starts[0]?.body as AttemptStartResponse).number).toBe(2);
    const rows = await queryDatabase<{ number: number; status: string; late: boolean }>(
      t.db.url,
      'SELECT number, status, late FROM assessment.attempt WHERE quiz_id = $1 ORDER BY number',
      [quiz.id],
    );
    expect(rows).toEqual([
      { number: 1, status: 'submitted', late: true },
      { number: 2, status: 'open', late: false },
    ]);
  });

  it('grades a late submission on what was saved in time, and flags it', async () => {
    const { course, quiz, key } = await courseWithQuiz({ timeLimitMinutes: 10 });
    const trainee = await enrolledTrainee(course);
    const attempt = await startAttempt(quiz.id, trainee);
    expect(attempt.expiresAt).not.toBeNull();
    const [a] = correctAnswers(key);
    await request(t.http)
      .put(`/api/attempts/${attempt.id}/answers/${a.questionId}`)
      .set(bearer(trainee))
      .send({ optionIds: a.optionIds })
      .expect(204);
    await queryDatabase(
      t.db.url,
      `UPDATE assessment.attempt SET expires_at = now() - interval '1 minute' WHERE id = $1`,
      [attempt.id],
    );
    const closed = await request(t.http)
      .put(`/api/attempts/${attempt.id}/answers/${a.questionId}`)
      .set(bearer(trainee))
      .send({ optionIds: [] })
      .expect(409);
    expect(closed.body.code).toBe('ATTEMPT_CLOSED');
    const res = await request(t.http)
      .post(`/api/attempts/${attempt.id}/submit`)
      .set(bearer(trainee))
      .send({ answers: correctAnswers(key) })
      .expect(200);
    expect(res.body).toMatchObject({ late: true, score: 25, passed: false });
  });

  it('refuses other trainees and non-enrolled trainees', async () => {
    const { course, quiz } = await courseWithQuiz();
    const owner = await enrolledTrainee(course);
    const other = await enrolledTrainee(course);
    const outsider = (await registerTrainee(t.http)).accessToken;
    const attempt = (
      await request(t.http).post(`/api/quizzes/${quiz.id}/attempts`).set(bearer(owner)).expect(201)
    ).body as AttemptStartResponse;
    await request(t.http).get(`/api/attempts/${attempt.id}`).set(bearer(other)).expect(403);
    await request(t.http)
      .post(`/api/attempts/${attempt.id}/submit`)
      .set(bearer(other))
      .send({})
      .expect(403);
    await request(t.http)
      .post(`/api/quizzes/${quiz.id}/attempts`)
      .set(bearer(outsider))
      .expect(403);
    await request(t.http).get(`/api/attempts/${attempt.id}`).set(bearer(instructor)).expect(200);
  });

  it('validates questions: a single-answer question needs exactly one correct option', async () => {
    const course = await createCourse(t.http, instructor, { modules: 1, lessons: 1 });
    const quiz = (
      await request(t.http)
        .post(`/api/modules/${course.modules[0].id}/quizzes`)
        .set(bearer(instructor))
        .send({ title: 'Q', passingScore: 75, maxAttempts: 1, shuffle: false })
        .expect(201)
    ).body as QuizResponse;
    const res = await request(t.http)
      .post(`/api/quizzes/${quiz.id}/questions`)
      .set(bearer(instructor))
      .send({
        type: 'single',
        prompt: 'P',
        points: 1,
        options: [
          { text: 'a', correct: true },
          { text: 'b', correct: true },
        ],
      })
      .expect(400);
    expect(res.body.message).toBe('a single question has exactly 1 correct option');
    const bad = await request(t.http)
      .post(`/api/modules/${course.modules[0].id}/quizzes`)
      .set(bearer(instructor))
      .send({ title: 'Q', passingScore: 120, maxAttempts: 0, shuffle: 'yes' })
      .expect(400);
    expect(bad.body.message).toEqual(
      expect.arrayContaining([
        'passingScore must be an integer from 0 to 100',
        'maxAttempts must be an integer from 1 to 20',
        'shuffle must be true or false',
      ]),
    );
  });
});
