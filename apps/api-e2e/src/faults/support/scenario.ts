import type { AuthorQuestion, CourseOutline, QuizResponse } from '@lms/shared/contracts';
import request from 'supertest';
import {
  type CertifiableCourse,
  certifiableCourse,
  traineeThrough,
} from '../../support/credentials';
import { createCourse } from '../../support/curriculum';
import { bearer, DEMO, login, registerTrainee } from '../../support/test-app';

export interface PracticeQuiz {
  id: string;
  /** questionId → a wrong option, so attempts fail and the trainee may start another. */
  wrong: Map<string, string>;
}

export interface World {
  admin: string;
  instructor: string;
  certifiable: CertifiableCourse;
  /** Trainees who completed the certifiable course (eligible for a certificate). */
  finishers: { id: string; token: string }[];
  practice: CourseOutline;
  quizzes: PracticeQuiz[];
  /** Trainees enrolled in the practice course. */
  takers: { id: string; token: string }[];
}

/**
 * A published practice course (one module, one lesson, `quizCount` one-question quizzes of
 * 20 attempts and a 100 % pass mark), for a steady stream of attempt starts and submits.
 */
async function practiceCourse(
  url: string,
  instructor: string,
  quizCount: number,
): Promise<{ course: CourseOutline; quizzes: PracticeQuiz[] }> {
  const course = await createCourse(url, instructor, {
    modules: 1,
    lessons: 1,
    title: 'Practice questions',
  });
  const moduleId = course.modules[0]?.id ?? '';
  const quizzes: PracticeQuiz[] = [];
  for (let i = 0; i < quizCount; i += 1) {
    const quiz = (
      await request(url)
        .post(`/api/modules/${moduleId}/quizzes`)
        .set(bearer(instructor))
        .send({ title: `Practice ${i + 1}`, passingScore: 100, maxAttempts: 20, shuffle: false })
        .expect(201)
    ).body as QuizResponse;
    const withQuestion = (
      await request(url)
        .post(`/api/quizzes/${quiz.id}/questions`)
        .set(bearer(instructor))
        .send({
          type: 'true_false',
          prompt: `Statement ${i + 1} is true.`,
          points: 1,
          options: [
            { text: 'True', correct: true },
            { text: 'False', correct: false },
          ],
        })
        .expect(201)
    ).body as QuizResponse;
    const wrong = new Map<string, string>(
      (withQuestion.questions ?? []).map((q: AuthorQuestion) => [
        q.id,
        q.options.find((o) => !o.correct)?.id ?? '',
      ]),
    );
    quizzes.push({ id: quiz.id, wrong });
  }
  await request(url).post(`/api/courses/${course.id}/publish`).set(bearer(instructor)).expect(200);
  return { course, quizzes };
}

/** Builds, through the API of a running process, what the load needs. */
export async function buildWorld(
  url: string,
  shape: { finishers: number; takers: number; quizzes: number },
): Promise<World> {
  const instructor = (await login(url, DEMO.instructor)).accessToken;
  const admin = (await login(url, DEMO.admin)).accessToken;
  const certifiable = await certifiableCourse({ http: url }, instructor, 'Outage course');
  const finishers: { id: string; token: string }[] = [];
  for (let i = 0; i < shape.finishers; i += 1)
    finishers.push(await traineeThrough({ http: url }, instructor, certifiable));
  const { course: practice, quizzes } = await practiceCourse(url, instructor, shape.quizzes);
  const takers: { id: string; token: string }[] = [];
  for (let i = 0; i < shape.takers; i += 1) {
    const trainee = await registerTrainee(url, { fullName: `Quiz Taker ${i + 1}` });
    await request(url)
      .post(`/api/courses/${practice.id}/enrollments`)
      .set(bearer(trainee.accessToken))
      .expect(201);
    takers.push({ id: trainee.user.id, token: trainee.accessToken });
  }
  return { admin, instructor, certifiable, finishers, practice, quizzes, takers };
}
