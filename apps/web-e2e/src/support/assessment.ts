import type {
  AttemptStartResponse,
  AuthResponse,
  AuthorQuestion,
  CourseOutline,
  CreateQuestionRequest,
  QuizResponse,
  SubmitAttemptResponse,
} from '@lms/shared/contracts';
import type { Locator, Page } from 'playwright-core';
import { DEMO_PASSWORD } from './e2e';
import { callApi } from './curriculum';

export const INSTRUCTOR_EMAIL = 'instructor@demo.test';

/** An access token of the demo instructor (through the API, not the form). */
export async function instructorToken(): Promise<string> {
  const { accessToken } = await callApi<AuthResponse>(null, 'POST', '/api/auth/login', {
    email: INSTRUCTOR_EMAIL,
    password: DEMO_PASSWORD,
  });
  return accessToken;
}

/** The quiz with its answer key, as the course's instructor sees it. */
export async function quizKey(token: string, quizId: string): Promise<AuthorQuestion[]> {
  const quiz = await callApi<QuizResponse>(token, 'GET', `/api/quizzes/${quizId}`);
  if (!quiz.questions) throw new Error(`no key for quiz ${quizId}`);
  return quiz.questions;
}

/** The option ids to pick: the key, or a wrong answer on purpose. */
export function choice(question: AuthorQuestion, right: boolean): string[] {
  const correct = question.options.filter((o) => o.correct).map((o) => o.id);
  if (right) return correct;
  const wrong = question.options.find((o) => !o.correct);
  if (!wrong) throw new Error(`question ${question.id} has no wrong option`);
  return [wrong.id];
}

/**
 * Answers every question on the taking page by clicking the options' labels: with the key
 * (`right`) or wrongly on purpose. Questions are matched by id (the fieldset's id).
 */
export async function answerAll(page: Page, key: AuthorQuestion[], right: boolean): Promise<void> {
  const fieldsets = page.locator('lms-question-field fieldset');
  await fieldsets.first().waitFor();
  const ids = await fieldsets.evaluateAll((nodes) =>
    nodes.map((node) => node.id.replace(/^question-/, '')),
  );
  for (const id of ids) {
    const question = key.find((q) => q.id === id);
    if (!question) throw new Error(`question ${id} is not in the key`);
    const fieldset: Locator = page.locator(`[id="question-${id}"]`);
    const role = question.type === 'multiple' ? 'checkbox' : 'radio';
    for (const optionId of choice(question, right)) {
      const text = question.options.find((o) => o.id === optionId)?.text ?? '';
      await fieldset.getByRole(role, { name: text, exact: true }).check();
    }
  }
}

/** Takes a quiz through the API as the trainee: start (or resume), then submit, right or wrong. */
export async function submitQuizViaApi(
  traineeToken: string,
  key: AuthorQuestion[],
  quizId: string,
  right: boolean,
): Promise<SubmitAttemptResponse> {
  const attempt = await callApi<AttemptStartResponse>(
    traineeToken,
    'POST',
    `/api/quizzes/${quizId}/attempts`,
  );
  const answers = attempt.questions.map((q) => {
    const question = key.find((k) => k.id === q.id);
    if (!question) throw new Error(`question ${q.id} is not in the key`);
    return { questionId: q.id, optionIds: choice(question, right) };
  });
  return callApi<SubmitAttemptResponse>(
    traineeToken,
    'POST',
    `/api/attempts/${attempt.id}/submit`,
    { answers },
  );
}

/** Passes a quiz through the API as the trainee. */
export function passQuizViaApi(
  traineeToken: string,
  key: AuthorQuestion[],
  quizId: string,
): Promise<SubmitAttemptResponse> {
  return submitQuizViaApi(traineeToken, key, quizId, true);
}

/** A small published course of one module, one lesson and a quiz, built by the instructor. */
export async function publishedCourseWithQuiz(
  token: string,
  options: {
    title: string;
    quiz: string;
    timeLimitMinutes?: number;
    questions: CreateQuestionRequest[];
  },
): Promise<{ courseId: string; quizId: string }> {
  const course = await callApi<CourseOutline>(token, 'POST', '/api/courses', {
    title: options.title,
    summary: 'A short course for the browser tests of quizzes.',
    learningObjectives: ['Recognise contraindications to ketamine.'],
    creditDesignations: [{ creditType: 'apa', maxCredits: 1 }],
  });
  const module = await callApi<{ id: string }>(token, 'POST', `/api/courses/${course.id}/modules`, {
    title: 'Medical screening',
    category: 'safety',
    learningObjectives: ['Screen for cardiovascular risk.'],
  });
  await callApi(token, 'POST', `/api/modules/${module.id}/lessons`, {
    title: 'Screening before dosing',
    body: '## Screening\n\nCheck blood pressure and history before every session.',
    estimatedMinutes: 10,
  });
  const quiz = await callApi<QuizResponse>(token, 'POST', `/api/modules/${module.id}/quizzes`, {
    title: options.quiz,
    passingScore: 75,
    maxAttempts: 3,
    shuffle: false,
    ...(options.timeLimitMinutes ? { timeLimitMinutes: options.timeLimitMinutes } : {}),
  });
  for (const question of options.questions) {
    await callApi(token, 'POST', `/api/quizzes/${quiz.id}/questions`, question);
  }
  await callApi(token, 'POST', `/api/courses/${course.id}/publish`);
  return { courseId: course.id, quizId: quiz.id };
}

export const SCREENING_QUESTIONS: CreateQuestionRequest[] = [
  {
    type: 'single',
    prompt: 'Which finding most calls for medical review before a ketamine session?',
    options: [
      {
        text: 'Uncontrolled hypertension',
        correct: true,
        feedback: 'Ketamine raises blood pressure.',
      },
      { text: 'Mild seasonal allergies', correct: false },
      { text: 'A history of migraines treated with rest', correct: false },
    ],
    points: 1,
    rationale: 'Ketamine transiently raises blood pressure and heart rate.',
    tags: ['contraindications'],
  },
  {
    type: 'multiple',
    prompt: 'Which belong in the screening before a first session?',
    options: [
      { text: 'Blood pressure', correct: true },
      { text: 'Substance use history', correct: true },
      {
        text: 'Favourite music',
        correct: false,
        feedback: 'Helpful for the playlist, not screening.',
      },
    ],
    points: 2,
    rationale: 'Cardiovascular risk and substance use shape whether and how to dose.',
    tags: ['screening'],
  },
  {
    type: 'true_false',
    prompt: 'A support person should be arranged for the hours after dosing.',
    options: [
      { text: 'True', correct: true },
      { text: 'False', correct: false },
    ],
    points: 1,
    rationale: 'Trainees plan safe transport and support after the session.',
    tags: ['safety'],
  },
];
