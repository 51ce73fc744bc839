import type {
  AttemptStartResponse,
  AuthorQuestion,
  CourseOutline,
  QuizResponse,
  RoleplayResponse,
} from '@lms/shared/contracts';
import request from 'supertest';
import { createCourse } from './curriculum';
import { REFLECTION, RUBRIC, TRANSCRIPT } from './roleplay';
import { bearer, type HttpTarget, registerTrainee } from './test-app';

/** What these helpers need of an app: where to send requests (in-process or a URL). */
interface Target {
  http: HttpTarget;
}

export interface CertifiableCourse {
  course: CourseOutline;
  postTest: QuizResponse;
  key: AuthorQuestion[];
  roleplay: RoleplayResponse;
}

/**
 * A published course that can lead to a certificate: module 1 has a lesson; module 2 has a
 * lesson, a role-play and the post-test (one true/false question, pass mark 75 %). It
 * designates 1.5 APA credits (COURSE_BODY) and 1.5 NBCC clock hours.
 */
export async function certifiableCourse(
  t: Target,
  instructor: string,
  title = `Certifiable course ${Date.now()}`,
): Promise<CertifiableCourse> {
  const course = await createCourse(t.http, instructor, { modules: 2, lessons: 1, title });
  await request(t.http)
    .patch(`/api/courses/${course.id}`)
    .set(bearer(instructor))
    .send({
      creditDesignations: [
        { creditType: 'apa', maxCredits: 1.5 },
        { creditType: 'nbcc', maxCredits: 1.5 },
      ],
    })
    .expect(200);
  const second = course.modules[1].id;
  const roleplay = (
    await request(t.http)
      .post(`/api/modules/${second}/roleplays`)
      .set(bearer(instructor))
      .send({
        title: 'Consent practice',
        scenario: 'A first session.',
        rubric: RUBRIC,
        passingScore: 75,
      })
      .expect(201)
  ).body as RoleplayResponse;
  const created = (
    await request(t.http)
      .post(`/api/modules/${second}/quizzes`)
      .set(bearer(instructor))
      .send({
        title: 'Post-test',
        passingScore: 75,
        maxAttempts: 3,
        shuffle: false,
        isPostTest: true,
      })
      .expect(201)
  ).body as QuizResponse;
  const postTest = (
    await request(t.http)
      .post(`/api/quizzes/${created.id}/questions`)
      .set(bearer(instructor))
      .send({
        type: 'true_false',
        prompt: 'Ketamine is Schedule III in the U.S.',
        points: 1,
        options: [
          { text: 'True', correct: true },
          { text: 'False', correct: false },
        ],
      })
      .expect(201)
  ).body as QuizResponse;
  await request(t.http)
    .post(`/api/courses/${course.id}/publish`)
    .set(bearer(instructor))
    .expect(200);
  return { course, postTest, key: postTest.questions ?? [], roleplay };
}

export type Step = 'lessons' | 'roleplay' | 'postTest' | 'evaluation' | 'attestation';
export const STEPS: Step[] = ['lessons', 'roleplay', 'postTest', 'evaluation', 'attestation'];

export const EVALUATION_ANSWERS = {
  answers: [
    { questionId: 'objectives', rating: 5 },
    { questionId: 'relevance', rating: 4 },
    { questionId: 'bias', rating: 5 },
    { questionId: 'faculty', rating: 4 },
    { questionId: 'change', text: 'I will check understanding with teach-back.' },
  ],
};

/**
 * A new trainee who enrolls and does every step except those in `skip`; the lesson of module 2
 * is the one left out when `lessons` is skipped (module 1 must be complete to open module 2).
 */
export async function traineeThrough(
  t: Target,
  instructor: string,
  c: CertifiableCourse,
  skip: Step[] = [],
  claim: { creditType: string; creditsClaimed: number } = {
    creditType: 'apa',
    creditsClaimed: 1.25,
  },
): Promise<{ token: string; id: string }> {
  const tr = await registerTrainee(t.http, { fullName: 'Robin Q. Reader' });
  const token = tr.accessToken;
  const api = (method: 'get' | 'post' | 'put', path: string) =>
    request(t.http)[method](path).set(bearer(token));
  await api('post', `/api/courses/${c.course.id}/enrollments`).expect(201);
  const lessons = c.course.modules.flatMap((m, i) =>
    m.lessons.filter(() => i === 0 || !skip.includes('lessons')),
  );
  for (const lesson of lessons)
    await api('post', `/api/lessons/${lesson.id}/complete`).send({}).expect(200);
  if (!skip.includes('roleplay')) {
    const sub = await api('post', `/api/roleplays/${c.roleplay.id}/submissions`)
      .send({ transcript: TRANSCRIPT, reflection: REFLECTION })
      .expect(201);
    await request(t.http)
      .post(`/api/submissions/${(sub.body as { id: string }).id}/grade`)
      .set(bearer(instructor))
      .send({
        scores: c.roleplay.rubric.criteria.map((cr) => ({
          criterionId: cr.id,
          levelIndex: cr.levels.length - 1,
        })),
        feedback: 'Well done.',
        outcome: 'pass',
      })
      .expect(200);
  }
  if (!skip.includes('postTest')) {
    const attempt = (await api('post', `/api/quizzes/${c.postTest.id}/attempts`).expect(201))
      .body as AttemptStartResponse;
    await api('post', `/api/attempts/${attempt.id}/submit`)
      .send({
        answers: c.key.map((q) => ({
          questionId: q.id,
          optionIds: q.options.filter((o) => o.correct).map((o) => o.id),
        })),
      })
      .expect(200);
  }
  if (!skip.includes('evaluation'))
    await api('post', `/api/courses/${c.course.id}/evaluation`)
      .send(EVALUATION_ANSWERS)
      .expect(201);
  if (!skip.includes('attestation'))
    await api('post', `/api/courses/${c.course.id}/attestation`).send(claim).expect(201);
  return { token, id: tr.user.id };
}
