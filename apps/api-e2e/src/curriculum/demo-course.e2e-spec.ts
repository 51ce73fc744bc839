import type {
  CourseOutline,
  LessonResponse,
  QuizResponse,
  RoleplayResponse,
} from '@lms/shared/contracts';
import { queryDatabase } from '@lms/platform/api-testing';
import request from 'supertest';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { DemoSeed } from '../../../api/src/app/seed/demo-seed';
import { bearer, DEMO, login, startTestApp, type TestApp } from '../support/test-app';

const TITLE = 'Foundations of Ketamine-Assisted Psychotherapy';
const DISCLAIMER =
  '> **Demo teaching material.** This text is sample content for a demonstration of Threshold. It is not medical advice';

describe('Curriculum: the seeded demo course', () => {
  let t: TestApp;
  let trainee: string;
  let outline: CourseOutline;

  beforeAll(async () => {
    t = await startTestApp();
    trainee = (await login(t.http, DEMO.trainee)).accessToken;
    const list = await request(t.http).get('/api/courses').set(bearer(trainee)).expect(200);
    const course = (list.body.items as { id: string; title: string }[]).find(
      (c) => c.title === TITLE,
    );
    if (!course) throw new Error('demo course not listed');
    outline = (
      await request(t.http).get(`/api/courses/${course.id}`).set(bearer(trainee)).expect(200)
    ).body as CourseOutline;
  });
  afterAll(async () => {
    await t.close();
  });

  it('is published, with one module for each of the eight categories, in teaching order', () => {
    expect(outline).toMatchObject({ title: TITLE, status: 'published', version: 1 });
    expect(outline.modules.map((m) => m.category)).toEqual([
      'pharmacology',
      'safety',
      'preparation',
      'trauma_informed',
      'facilitation',
      'integration',
      'ethics_law',
      'collaborative_care',
    ]);
    for (const module of outline.modules) {
      expect(module.learningObjectives.length).toBeGreaterThanOrEqual(2);
      expect(module.learningObjectives.length).toBeLessThanOrEqual(4);
      expect(module.lessons.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('designates credit for physicians, nurses, psychologists, social workers and counselors matching its length', () => {
    const credits = Math.round(outline.estimatedMinutes / 60 / 0.25) * 0.25;
    expect(outline.creditDesignations).toEqual(
      ['ama_pra_1', 'ancc', 'apa', 'aswb_ace', 'nbcc'].map((creditType) => ({
        creditType,
        maxCredits: credits,
      })),
    );
    expect(credits).toBeGreaterThanOrEqual(5);
  });

  it('has real teaching text (150+ words) with the demo-material note in every lesson', async () => {
    const staff = (await login(t.http, DEMO.instructor)).accessToken;
    for (const module of outline.modules) {
      for (const { id } of module.lessons) {
        const lesson = (
          await request(t.http).get(`/api/lessons/${id}`).set(bearer(staff)).expect(200)
        ).body as LessonResponse;
        expect(lesson.body.startsWith(DISCLAIMER)).toBe(true);
        const words = lesson.body
          .split('\n')
          .slice(1)
          .join(' ')
          .split(/\s+/)
          .filter((w) => /\w/.test(w));
        expect(words.length).toBeGreaterThanOrEqual(150);
      }
    }
  });

  it('has a quiz in every module (5 of 7 questions, 75%) and a 20-question post-test over 40+ questions', async () => {
    const staff = (await login(t.http, DEMO.instructor)).accessToken;
    for (const module of outline.modules) {
      expect(module.quizzes.length).toBeGreaterThanOrEqual(1);
      const quiz = (
        await request(t.http)
          .get(`/api/quizzes/${module.quizzes[0].id}`)
          .set(bearer(staff))
          .expect(200)
      ).body as QuizResponse;
      expect(quiz).toMatchObject({
        passingScore: 75,
        maxAttempts: 3,
        questionsPerAttempt: 5,
        isPostTest: false,
      });
      expect(quiz.questionCount).toBeGreaterThanOrEqual(5);
      for (const q of quiz.questions ?? []) expect(q.rationale).toBeTruthy();
    }
    const postTests = outline.modules.flatMap((m) => m.quizzes.filter((q) => q.isPostTest));
    expect(postTests).toHaveLength(1);
    const postTest = (
      await request(t.http).get(`/api/quizzes/${postTests[0].id}`).set(bearer(staff)).expect(200)
    ).body as QuizResponse;
    expect(postTest).toMatchObject({ passingScore: 75, questionsPerAttempt: 20, isPostTest: true });
    expect(postTest.questionCount).toBeGreaterThanOrEqual(40);
  });

  it('has four role-plays with rubrics of 3 to 5 criteria', async () => {
    const roleplays = outline.modules.flatMap((m) =>
      m.roleplays.map((r) => ({ ...r, category: m.category })),
    );
    expect(roleplays.map((r) => r.category)).toEqual([
      'safety',
      'preparation',
      'facilitation',
      'integration',
    ]);
    const staff = (await login(t.http, DEMO.instructor)).accessToken;
    for (const r of roleplays) {
      const full = (
        await request(t.http).get(`/api/roleplays/${r.id}`).set(bearer(staff)).expect(200)
      ).body as RoleplayResponse;
      expect(full.rubric.criteria.length).toBeGreaterThanOrEqual(3);
      expect(full.rubric.criteria.length).toBeLessThanOrEqual(5);
      expect(full.graderNotes).toBeTruthy();
    }
  });

  it('is seeded once, however often the seed runs', async () => {
    await t.app.get(DemoSeed).run();
    const rows = await queryDatabase(
      t.db.url,
      `SELECT 1 FROM curriculum.course_version WHERE title = $1`,
      [TITLE],
    );
    expect(rows).toHaveLength(1);
    const users = await queryDatabase(
      t.db.url,
      `SELECT 1 FROM identity."user" WHERE email LIKE '%@demo.test'`,
    );
    expect(users).toHaveLength(3);
  });
});
