import type { CourseOutline, RoleplayResponse } from '@lms/shared/contracts';
import request from 'supertest';
import { createCourse } from './curriculum';
import { bearer, type HttpTarget, registerTrainee } from './test-app';

/** What these helpers need of an app: where to send requests (in-process or a URL). */
interface Target {
  http: HttpTarget;
}

export const TRANSCRIPT =
  'Clinician: Before we begin, I want to walk through what a ketamine session can feel like. Client: Okay.';
export const REFLECTION = 'I rushed the part about suggestibility and should check understanding.';
export const RUBRIC = {
  criteria: [
    {
      title: 'Explains effects and risks',
      description: 'Dissociation, blood pressure, nausea',
      levels: [
        { label: 'Missing', points: 0 },
        { label: 'Partial', points: 1 },
        { label: 'Complete', points: 2 },
      ],
    },
    {
      title: 'Checks understanding',
      description: 'Teach-back',
      levels: [
        { label: 'No', points: 0 },
        { label: 'Yes', points: 2 },
      ],
    },
  ],
};

/** A published two-module course with a role-play (RUBRIC, pass mark 75 %) in module 1. */
export async function publishedRoleplay(
  t: Target,
  instructor: string,
): Promise<{ course: CourseOutline; roleplay: RoleplayResponse }> {
  const course = await createCourse(t.http, instructor, { modules: 2, lessons: 1 });
  const roleplay = (
    await request(t.http)
      .post(`/api/modules/${course.modules[0].id}/roleplays`)
      .set(bearer(instructor))
      .send({
        title: 'Informed consent for a first session',
        scenario: 'A 42-year-old client with treatment-resistant depression…',
        rubric: RUBRIC,
        passingScore: 75,
        graderNotes: 'Look for suggestibility.',
      })
      .expect(201)
  ).body as RoleplayResponse;
  await request(t.http)
    .post(`/api/courses/${course.id}/publish`)
    .set(bearer(instructor))
    .expect(200);
  return { course, roleplay };
}

/** A newly registered trainee enrolled in the course. */
export async function enrolledTrainee(
  t: Target,
  course: CourseOutline,
): Promise<{ token: string; id: string }> {
  const tr = await registerTrainee(t.http);
  await request(t.http)
    .post(`/api/courses/${course.id}/enrollments`)
    .set(bearer(tr.accessToken))
    .expect(201);
  return { token: tr.accessToken, id: tr.user.id };
}

/** Grades with one level index per criterion of the role-play's rubric. */
export function gradeRequest(
  t: Target,
  token: string,
  submissionId: string,
  roleplay: RoleplayResponse,
  levels: number[],
  outcome: 'pass' | 'revise',
  path: 'grade' | 'regrade' = 'grade',
  extra: Record<string, unknown> = {},
): request.Test {
  return request(t.http)
    .post(`/api/submissions/${submissionId}/${path}`)
    .set(bearer(token))
    .send({
      scores: roleplay.rubric.criteria.map((c, i) => ({
        criterionId: c.id,
        levelIndex: levels[i],
      })),
      feedback: 'See comments.',
      outcome,
      ...extra,
    });
}
