import type { CourseOutline } from '@lms/shared/contracts';
import request from 'supertest';
import { bearer, type HttpTarget } from './test-app';

export const COURSE_BODY = {
  title: 'Test course',
  summary: 'A course made by a test.',
  learningObjectives: ['Describe something'],
  creditDesignations: [{ creditType: 'apa', maxCredits: 1.5 }],
};

const CATEGORIES = [
  'pharmacology',
  'safety',
  'preparation',
  'facilitation',
  'integration',
  'trauma_informed',
  'ethics_law',
  'collaborative_care',
];

/** Creates a draft course with `modules` modules of `lessons` lessons each, through the API. */
export async function createCourse(
  http: HttpTarget,
  token: string,
  shape: { modules?: number; lessons?: number; publish?: boolean; title?: string } = {},
): Promise<CourseOutline> {
  const created = await request(http)
    .post('/api/courses')
    .set(bearer(token))
    .send({ ...COURSE_BODY, title: shape.title ?? COURSE_BODY.title })
    .expect(201);
  const courseId = (created.body as CourseOutline).id;
  for (let m = 0; m < (shape.modules ?? 2); m += 1) {
    const mod = await request(http)
      .post(`/api/courses/${courseId}/modules`)
      .set(bearer(token))
      .send({
        title: `Module ${m + 1}`,
        category: CATEGORIES[m % CATEGORIES.length],
        learningObjectives: [`Objective ${m + 1}`],
      })
      .expect(201);
    for (let l = 0; l < (shape.lessons ?? 2); l += 1) {
      await request(http)
        .post(`/api/modules/${(mod.body as { id: string }).id}/lessons`)
        .set(bearer(token))
        .send({
          title: `Lesson ${m + 1}.${l + 1}`,
          body: `Text of lesson ${m + 1}.${l + 1}`,
          estimatedMinutes: 10,
        })
        .expect(201);
    }
  }
  if (shape.publish)
    await request(http).post(`/api/courses/${courseId}/publish`).set(bearer(token)).expect(200);
  const outline = await request(http)
    .get(`/api/courses/${courseId}`)
    .set(bearer(token))
    .expect(200);
  return outline.body as CourseOutline;
}

export async function outlineOf(
  http: HttpTarget,
  token: string,
  courseId: string,
): Promise<CourseOutline> {
  return (await request(http).get(`/api/courses/${courseId}`).set(bearer(token)).expect(200))
    .body as CourseOutline;
}
