/**
 * The fixture world of the security suites: six actors and one of every resource the API
 * guards, built once per test file through the API itself, plus small factories that build a
 * fresh resource for a write that would otherwise consume the shared one.
 *
 * Ids are addressed by reference strings `<fixture>.<key>`: `world.certificateId` is the
 * owner's certificate; `draft.moduleId` is a module of a fresh draft course (see FACTORIES).
 */
import type {
  AttemptStartResponse,
  AuthorQuestion,
  Certificate,
  CourseOutline,
  QuizResponse,
  RoleplayResponse,
  SubmissionResponse,
} from '@lms/shared/contracts';
import request from 'supertest';
import { createCourse } from '../support/curriculum';
import { EVALUATION_ANSWERS } from '../support/credentials';
import { REFLECTION, RUBRIC, TRANSCRIPT } from '../support/roleplay';
import { bearer, DEMO, login, registerTrainee, type TestApp } from '../support/test-app';

export const ACTORS = [
  'anonymous',
  'owner',
  'otherTrainee',
  'courseInstructor',
  'otherInstructor',
  'admin',
] as const;
export type ActorName = (typeof ACTORS)[number];

/** A 1×1 PNG (the provider logo). */
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

/** A valid PCM WAV file of `bytes` samples (a role-play recording). */
export function wav(bytes = 2000): Buffer {
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + bytes, 4);
  header.write('WAVE', 8);
  header.write('fmt ', 12);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(8000, 24);
  header.writeUInt32LE(8000, 28);
  header.writeUInt16LE(1, 32);
  header.writeUInt16LE(8, 34);
  header.write('data', 36);
  header.writeUInt32LE(bytes, 40);
  return Buffer.concat([header, Buffer.alloc(bytes, 0x80)]);
}

export type Ids = Record<string, string>;

export interface World {
  t: TestApp;
  /** Access token per actor; none for `anonymous`. */
  tokens: Record<Exclude<ActorName, 'anonymous'>, string>;
  ids: Ids;
}

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

function call(t: TestApp, token: string | null, method: Method, path: string): request.Test {
  const req = request(t.http)[method](path);
  return token ? req.set(bearer(token)) : req;
}

function idOf(res: request.Response): string {
  return (res.body as { id: string }).id;
}

async function addQuiz(
  t: TestApp,
  instructor: string,
  moduleId: string,
  quiz: { title: string; isPostTest: boolean; maxAttempts?: number },
): Promise<{ quizId: string; question: AuthorQuestion }> {
  const created = await call(t, instructor, 'post', `/api/modules/${moduleId}/quizzes`)
    .send({
      title: quiz.title,
      passingScore: 75,
      maxAttempts: quiz.maxAttempts ?? 3,
      shuffle: false,
      isPostTest: quiz.isPostTest,
    })
    .expect(201);
  const withQuestion = (
    await call(t, instructor, 'post', `/api/quizzes/${idOf(created)}/questions`)
      .send({
        type: 'single',
        prompt: 'Which receptor does ketamine chiefly antagonise?',
        points: 1,
        rationale: 'Ketamine is an NMDA-receptor antagonist.',
        options: [
          { text: 'NMDA', correct: true, feedback: 'Yes: glutamate signalling.' },
          { text: 'GABA-A', correct: false, feedback: 'That is benzodiazepines.' },
        ],
      })
      .expect(201)
  ).body as QuizResponse;
  const question = withQuestion.questions?.at(0);
  if (!question) throw new Error('the quiz has no question');
  return { quizId: withQuestion.id, question };
}

async function addRoleplay(
  t: TestApp,
  instructor: string,
  moduleId: string,
): Promise<RoleplayResponse> {
  return (
    await call(t, instructor, 'post', `/api/modules/${moduleId}/roleplays`)
      .send({
        title: 'Consent practice',
        scenario: 'A first ketamine session with a client who is anxious about dissociation.',
        rubric: RUBRIC,
        passingScore: 75,
        graderNotes: 'Listen for the teach-back.',
      })
      .expect(201)
  ).body as RoleplayResponse;
}

function correctAnswer(question: AuthorQuestion): { questionId: string; optionIds: string[] } {
  return {
    questionId: question.id,
    optionIds: question.options.filter((o) => o.correct).map((o) => o.id),
  };
}

async function passQuiz(
  t: TestApp,
  token: string,
  quizId: string,
  question: AuthorQuestion,
): Promise<string> {
  const attempt = (await call(t, token, 'post', `/api/quizzes/${quizId}/attempts`).expect(201))
    .body as AttemptStartResponse;
  await call(t, token, 'post', `/api/attempts/${attempt.id}/submit`)
    .send({ answers: [correctAnswer(question)] })
    .expect(200);
  return attempt.id;
}

function gradeBody(roleplay: RoleplayResponse, outcome: 'pass' | 'revise'): object {
  return {
    scores: roleplay.rubric.criteria.map((c) => ({
      criterionId: c.id,
      levelIndex: outcome === 'pass' ? c.levels.length - 1 : 0,
    })),
    feedback: 'See the comments on each criterion.',
    outcome,
  };
}

/**
 * The world course: module 1 holds a lesson and a practice quiz; module 2 a lesson, a
 * role-play and the post-test. Designates 1.5 APA credits.
 */
interface WorldCourse {
  course: CourseOutline;
  quizId: string;
  question: AuthorQuestion;
  postTestId: string;
  postTestQuestion: AuthorQuestion;
  roleplay: RoleplayResponse;
}

async function worldCourse(t: TestApp, instructor: string): Promise<WorldCourse> {
  const course = await createCourse(t.http, instructor, {
    modules: 2,
    lessons: 1,
    title: 'Security world: consent and screening',
  });
  const first = course.modules.at(0);
  const second = course.modules.at(1);
  if (!first || !second) throw new Error('the course has no modules');
  const quiz = await addQuiz(t, instructor, first.id, {
    title: 'Practice quiz',
    isPostTest: false,
  });
  const roleplay = await addRoleplay(t, instructor, second.id);
  const postTest = await addQuiz(t, instructor, second.id, {
    title: 'Post-test',
    isPostTest: true,
  });
  await call(t, instructor, 'post', `/api/courses/${course.id}/publish`).expect(200);
  return {
    course,
    quizId: quiz.quizId,
    question: quiz.question,
    postTestId: postTest.quizId,
    postTestQuestion: postTest.question,
    roleplay,
  };
}

/** Enrolls and does everything up to (and excluding) the certificate; returns the attempts. */
async function completeWorldCourse(
  t: TestApp,
  instructor: string,
  c: WorldCourse,
  token: string,
  recording: boolean,
): Promise<{ quizAttemptId: string; postTestAttemptId: string; submissionId: string }> {
  await call(t, token, 'post', `/api/courses/${c.course.id}/enrollments`).expect(201);
  const first = c.course.modules.at(0);
  const second = c.course.modules.at(1);
  for (const lesson of first?.lessons ?? [])
    await call(t, token, 'post', `/api/lessons/${lesson.id}/complete`).send({}).expect(200);
  const quizAttemptId = await passQuiz(t, token, c.quizId, c.question);
  for (const lesson of second?.lessons ?? [])
    await call(t, token, 'post', `/api/lessons/${lesson.id}/complete`).send({}).expect(200);
  const submit = call(t, token, 'post', `/api/roleplays/${c.roleplay.id}/submissions`);
  const submitted = recording
    ? await submit
        .field('transcript', TRANSCRIPT)
        .field('reflection', REFLECTION)
        .attach('recording', wav(), { filename: 'session.wav', contentType: 'audio/wav' })
        .expect(201)
    : await submit.send({ transcript: TRANSCRIPT, reflection: REFLECTION }).expect(201);
  const submissionId = idOf(submitted);
  await call(t, instructor, 'post', `/api/submissions/${submissionId}/grade`)
    .send(gradeBody(c.roleplay, 'pass'))
    .expect(200);
  const postTestAttemptId = await passQuiz(t, token, c.postTestId, c.postTestQuestion);
  await call(t, token, 'post', `/api/courses/${c.course.id}/evaluation`)
    .send(EVALUATION_ANSWERS)
    .expect(201);
  await call(t, token, 'post', `/api/courses/${c.course.id}/attestation`)
    .send({ creditType: 'apa', creditsClaimed: 1.25 })
    .expect(201);
  return { quizAttemptId, postTestAttemptId, submissionId };
}

/** Builds the world (about 60 requests). */
export async function buildWorld(t: TestApp): Promise<WorldWithCourse> {
  const adminSession = await login(t.http, DEMO.admin);
  const instructorSession = await login(t.http, DEMO.instructor);
  const admin = adminSession.accessToken;
  const instructor = instructorSession.accessToken;
  const owner = await registerTrainee(t.http, { fullName: 'Olive Owner' });
  const other = await registerTrainee(t.http, { fullName: 'Tomás Other' });
  const promoted = await registerTrainee(t.http, { fullName: 'Ines Other-Instructor' });
  await call(t, admin, 'put', `/api/users/${promoted.user.id}/roles`)
    .send({ roles: ['instructor'] })
    .expect(200);

  await call(t, admin, 'put', '/api/provider-settings/logo')
    .attach('logo', PNG, { filename: 'logo.png', contentType: 'image/png' })
    .expect(204);

  const c = await worldCourse(t, instructor);
  const done = await completeWorldCourse(t, instructor, c, owner.accessToken, true);
  const certificate = (
    await call(t, admin, 'post', '/api/certificates')
      .send({ userId: owner.user.id, courseId: c.course.id })
      .expect(201)
  ).body as Certificate;
  const bulk = await call(t, admin, 'post', `/api/courses/${c.course.id}/certificates/bulk`).expect(
    200,
  );

  // The other trainee is enrolled in the same course, with an open attempt of the practice quiz.
  await call(t, other.accessToken, 'post', `/api/courses/${c.course.id}/enrollments`).expect(201);
  const otherAttempt = (
    await call(t, other.accessToken, 'post', `/api/quizzes/${c.quizId}/attempts`).expect(201)
  ).body as AttemptStartResponse;

  const submission = (
    await call(t, owner.accessToken, 'get', `/api/submissions/${done.submissionId}`).expect(200)
  ).body as SubmissionResponse;
  const recordingUrl = submission.recording?.url ?? '';
  const recordingToken = new URL(recordingUrl, 'http://x').searchParams.get('token') ?? '';
  const notifications = (
    await call(t, owner.accessToken, 'get', '/api/me/notifications').expect(200)
  ).body as { items: { id: string }[] };
  const notificationId = notifications.items.at(0)?.id;
  if (!notificationId || !recordingToken) throw new Error('the world lacks a notification or link');

  const provider = (await call(t, admin, 'get', '/api/provider-settings').expect(200))
    .body as Record<string, unknown>;
  const providerSettings = JSON.stringify(
    Object.fromEntries(
      ['providerName', 'address', 'signatoryName', 'signatoryTitle', 'accreditations'].map((k) => [
        k,
        provider[k],
      ]),
    ),
  );

  const first = c.course.modules.at(0);
  const second = c.course.modules.at(1);
  const ids: Ids = {
    adminId: adminSession.user.id,
    courseInstructorId: instructorSession.user.id,
    otherInstructorId: promoted.user.id,
    ownerId: owner.user.id,
    otherTraineeId: other.user.id,
    courseId: c.course.id,
    module1Id: first?.id ?? '',
    module2Id: second?.id ?? '',
    lesson1Id: first?.lessons.at(0)?.id ?? '',
    lesson2Id: second?.lessons.at(0)?.id ?? '',
    quizId: c.quizId,
    questionId: c.question.id,
    postTestId: c.postTestId,
    roleplayId: c.roleplay.id,
    attemptId: done.quizAttemptId,
    postTestAttemptId: done.postTestAttemptId,
    otherAttemptId: otherAttempt.id,
    submissionId: done.submissionId,
    recordingToken,
    notificationId,
    certificateId: certificate.id,
    verificationCode: certificate.verificationCode,
    bulkIssuanceId: idOf(bulk),
    /** The provider settings as JSON: PUT them back unchanged. */
    providerSettings,
  };
  return {
    t,
    tokens: {
      owner: owner.accessToken,
      otherTrainee: other.accessToken,
      courseInstructor: instructor,
      otherInstructor: promoted.accessToken,
      admin,
    },
    ids,
    course: c,
  };
}

// --- Factories: a fresh resource each, for writes that would consume a shared one ----------

export type FactoryName =
  | 'user'
  | 'draft'
  | 'coOwned'
  | 'published'
  | 'ownerEnrolled'
  | 'openAttempt'
  | 'pendingSubmission'
  | 'gradedSubmission'
  | 'eligible'
  | 'certificate';

export type WorldWithCourse = World & { course: WorldCourse };

type Factory = (w: WorldWithCourse) => Promise<Ids>;

async function draft(w: World): Promise<Ids> {
  const instructor = w.tokens.courseInstructor;
  const course = await createCourse(w.t.http, instructor, {
    modules: 2,
    lessons: 2,
    title: 'Fresh draft',
  });
  const first = course.modules.at(0);
  const second = course.modules.at(1);
  if (!first || !second) throw new Error('the draft has no modules');
  const quiz = await addQuiz(w.t, instructor, first.id, { title: 'Draft quiz', isPostTest: false });
  const roleplay = await addRoleplay(w.t, instructor, first.id);
  return {
    courseId: course.id,
    moduleId: first.id,
    module2Id: second.id,
    lessonId: first.lessons.at(0)?.id ?? '',
    lesson2Id: first.lessons.at(1)?.id ?? '',
    quizId: quiz.quizId,
    questionId: quiz.question.id,
    roleplayId: roleplay.id,
  };
}

/** A published one-module course: a lesson, a quiz and a role-play (all open at once). */
async function published(w: World): Promise<{ ids: Ids; roleplay: RoleplayResponse }> {
  const instructor = w.tokens.courseInstructor;
  const course = await createCourse(w.t.http, instructor, {
    modules: 1,
    lessons: 1,
    title: 'Fresh published course',
  });
  const first = course.modules.at(0);
  if (!first) throw new Error('the course has no module');
  const quiz = await addQuiz(w.t, instructor, first.id, {
    title: 'Quick check',
    isPostTest: false,
    maxAttempts: 20,
  });
  const roleplay = await addRoleplay(w.t, instructor, first.id);
  await call(w.t, instructor, 'post', `/api/courses/${course.id}/publish`).expect(200);
  const option = quiz.question.options.find((o) => o.correct);
  return {
    ids: {
      courseId: course.id,
      lessonId: first.lessons.at(0)?.id ?? '',
      quizId: quiz.quizId,
      questionId: quiz.question.id,
      optionId: option?.id ?? '',
      roleplayId: roleplay.id,
      criterion0: roleplay.rubric.criteria.at(0)?.id ?? '',
      criterion1: roleplay.rubric.criteria.at(1)?.id ?? '',
    },
    roleplay,
  };
}

async function ownerEnrolled(w: World): Promise<{ ids: Ids; roleplay: RoleplayResponse }> {
  const made = await published(w);
  await call(w.t, w.tokens.owner, 'post', `/api/courses/${made.ids['courseId'] ?? ''}/enrollments`)
    .send()
    .expect(201);
  return made;
}

async function pendingSubmission(w: World): Promise<{ ids: Ids; roleplay: RoleplayResponse }> {
  const made = await ownerEnrolled(w);
  const sub = await call(
    w.t,
    w.tokens.owner,
    'post',
    `/api/roleplays/${made.roleplay.id}/submissions`,
  )
    .send({ transcript: TRANSCRIPT, reflection: REFLECTION })
    .expect(201);
  return { ids: { ...made.ids, submissionId: idOf(sub) }, roleplay: made.roleplay };
}

export const FACTORIES: Record<FactoryName, Factory> = {
  /** A newly registered trainee. */
  user: async (w) => ({ userId: (await registerTrainee(w.t.http)).user.id }),
  /** A draft course of the course instructor: 2 modules, 2 lessons each, a quiz, a role-play. */
  draft,
  /** A draft course owned by the course instructor and the other instructor. */
  coOwned: async (w) => {
    const ids = await draft(w);
    await call(w.t, w.tokens.admin, 'post', `/api/courses/${ids['courseId'] ?? ''}/owners`)
      .send({ userId: w.ids['otherInstructorId'] })
      .expect(201);
    return ids;
  },
  /** A published one-module course of the course instructor, nobody enrolled. */
  published: async (w) => (await published(w)).ids,
  /** A published course the owner is enrolled in. */
  ownerEnrolled: async (w) => (await ownerEnrolled(w)).ids,
  /** An open quiz attempt of the owner. */
  openAttempt: async (w) => {
    const made = await ownerEnrolled(w);
    const attempt = await call(
      w.t,
      w.tokens.owner,
      'post',
      `/api/quizzes/${made.ids['quizId'] ?? ''}/attempts`,
    ).expect(201);
    return { ...made.ids, attemptId: idOf(attempt) };
  },
  /** A role-play submission of the owner waiting for a grade. */
  pendingSubmission: async (w) => (await pendingSubmission(w)).ids,
  /** A role-play submission of the owner graded "revise" (so it can be regraded). */
  gradedSubmission: async (w) => {
    const made = await pendingSubmission(w);
    await call(
      w.t,
      w.tokens.courseInstructor,
      'post',
      `/api/submissions/${made.ids['submissionId'] ?? ''}/grade`,
    )
      .send(gradeBody(made.roleplay, 'revise'))
      .expect(200);
    return made.ids;
  },
  /** A new trainee who finished the world course and may be issued a certificate. */
  eligible: async (w) => {
    const tr = await registerTrainee(w.t.http, { fullName: 'Eli Eligible' });
    await completeWorldCourse(w.t, w.tokens.courseInstructor, w.course, tr.accessToken, false);
    return { userId: tr.user.id, courseId: w.course.course.id };
  },
  /** A certificate issued to a new trainee of the world course. */
  certificate: async (w) => {
    const ids = await FACTORIES.eligible(w);
    const cert = await call(w.t, w.tokens.admin, 'post', '/api/certificates').send(ids).expect(201);
    return { ...ids, certificateId: idOf(cert) };
  },
};
