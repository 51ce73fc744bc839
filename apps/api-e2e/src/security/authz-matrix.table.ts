/**
 * THE AUTHORIZATION MATRIX: every route the API registers, and the status each actor gets.
 *
 * authz-matrix.e2e-spec.ts fails when a route of the running app (its OpenAPI document plus
 * Express's router) is missing here, or when a row names a route that no longer exists, so a
 * new route cannot ship without someone deciding who may call it.
 *
 * Columns, in order:
 *   anon    no token
 *   owner   the trainee who owns the resource (enrolled, attempts, a submission with a
 *           recording, a notification, a certificate)
 *   trn2    another trainee, enrolled in the same course (so only ownership separates them)
 *   instr   the instructor who owns the course (the demo instructor)
 *   instr2  another instructor (registered, given the instructor role by the admin)
 *   admin   the demo admin
 * A cell is a status, alternatives joined by `/` (`201/409`), or `2xx`.
 *
 * Path params, `{ref}` in query values, and bodies name ids of fixtures (world.ts):
 *   world.*  the one shared world built in beforeAll (read-only rows use it);
 *   <factory>.*  a fresh resource (draft, published, openAttempt, certificate, …).
 * How writes keep the world intact: a write row that would consume or damage what it touches
 * uses a factory. The row's fresh fixture is built when the row starts and rebuilt after
 * every call that succeeded (2xx), so each actor meets it untouched; a refused call must
 * leave the database unchanged anyway (the spec compares a fingerprint of every app table
 * around each call), so refused calls can share it. Writes on the shared world are ones
 * whose success changes nothing that later rows read: marking a notification read,
 * completing a lesson again, recording reading time, putting the provider settings back
 * as they are.
 * Bodies are valid, so an allowed actor reaches the service and a refused one is refused
 * for who they are, not for what they sent (guards run before validation, but ownership is
 * checked in the services, after it).
 *
 * Actors run in the order anon, trn2, instr2, instr, admin, owner: the owner of a shared
 * resource goes last, so others meet it before the owner changes it.
 */
import { EVALUATION_ANSWERS } from '../support/credentials';
import { REFLECTION, TRANSCRIPT } from '../support/roleplay';
import { ACTORS, type ActorName } from './world';

export type Expectation = number[] | '2xx';

export type IdOf = (ref: string) => string;

export interface Multipart {
  fields?: Record<string, string>;
  file?: { field: string; content: 'png' | 'wav'; filename: string; contentType: string };
}

export interface RuleOptions {
  /** Open without a token (the token, when an actor sends one, must change nothing). */
  public?: true;
  /** Path param → fixture reference. */
  params?: Record<string, string>;
  /** Query string; `{ref}` is replaced by the fixture id. */
  query?: Record<string, string>;
  /** A valid JSON body. */
  body?: (id: IdOf) => unknown;
  multipart?: Multipart;
  /** Actors whose 2xx must still write nothing (e.g. marking someone else's notification read). */
  unchangedFor?: ActorName[];
  /** Served by the Swagger module, not a controller: absent from the OpenAPI document. */
  notInOpenApi?: true;
  note?: string;
}

export interface RouteRule extends RuleOptions {
  method: string;
  path: string;
  /** `METHOD path` */
  route: string;
  expect: Record<ActorName, Expectation>;
}

function cell(text: string): Expectation {
  if (text === '2xx') return '2xx';
  const statuses = text.split('/').map(Number);
  if (statuses.some((s) => !Number.isInteger(s) || s < 100 || s > 599))
    throw new Error(`authz table: bad cell "${text}"`);
  return statuses;
}

/** `'METHOD /path | anon owner trn2 instr instr2 admin'` plus options. */
function rule(spec: string, options: RuleOptions = {}): RouteRule {
  const [left = '', right = ''] = spec.split('|');
  const [method = '', path = ''] = left.trim().split(/\s+/);
  const cells = right.trim().split(/\s+/);
  if (cells.length !== ACTORS.length) throw new Error(`authz table: ${spec} needs 6 cells`);
  const expect = Object.fromEntries(
    ACTORS.map((actor, i) => [actor, cell(cells[i] ?? '')]),
  ) as Record<ActorName, Expectation>;
  return { ...options, method, path, route: `${method} ${path}`, expect };
}

const RUBRIC = {
  criteria: [
    {
      title: 'Explains effects and risks',
      description: 'Dissociation, blood pressure, nausea',
      levels: [
        { label: 'Missing', points: 0 },
        { label: 'Complete', points: 2 },
      ],
    },
  ],
};
const QUESTION = {
  type: 'single',
  prompt: 'Which vital sign is monitored most closely during an IV ketamine session?',
  points: 1,
  options: [
    { text: 'Blood pressure', correct: true },
    { text: 'Body temperature', correct: false },
  ],
};
const grade = (id: IdOf, fixture: string) => ({
  scores: [
    { criterionId: id(`${fixture}.criterion0`), levelIndex: 2 },
    { criterionId: id(`${fixture}.criterion1`), levelIndex: 1 },
  ],
  feedback: 'Clear and kind.',
  outcome: 'pass',
});
let registered = 0;

// prettier-ignore
export const AUTHZ_TABLE: RouteRule[] = [
  // --- Platform, docs and notifications ----------------- anon owner trn2 instr instr2 admin
  rule('GET    /api/health                                 | 200  200  200  200  200  200', { public: true }),
  rule('GET    /api/docs                                   | 200  200  200  200  200  200', { public: true, notInOpenApi: true }),
  rule('GET    /api/docs-json                              | 200  200  200  200  200  200', { public: true, notInOpenApi: true }),
  rule('GET    /api/docs-yaml                              | 200  200  200  200  200  200', { public: true, notInOpenApi: true }),
  rule('GET    /api/me/notifications                       | 401  200  200  200  200  200'),
  rule('POST   /api/me/notifications/:id/read              | 401  204  204  204  204  204', {
    params: { id: 'world.notificationId' },
    unchangedFor: ['otherTrainee', 'courseInstructor', 'otherInstructor', 'admin'],
    note: 'Marking a notification that is not yours read is a silent no-op (no existence oracle).',
  }),
  rule('GET    /api/audit-events                           | 401  403  403  403  403  200'),

  // --- Identity ------------------------------------------ anon owner trn2 instr instr2 admin
  rule('POST   /api/auth/register                          | 201  201  201  201  201  201', {
    public: true,
    body: () => ({
      email: `authz.${Date.now()}.${(registered += 1)}@example.org`,
      password: 'correct horse battery',
      fullName: 'New Trainee',
      profession: 'counselor',
    }),
  }),
  rule('POST   /api/auth/login                             | 200  200  200  200  200  200', {
    public: true,
    body: () => ({ email: 'trainee@demo.test', password: 'Demo-Passw0rd!' }),
  }),
  rule('POST   /api/auth/refresh                           | 401  401  401  401  401  401', {
    public: true,
    note: 'No refresh cookie is sent: the bearer token is not a refresh credential.',
  }),
  rule('POST   /api/auth/logout                            | 401  204  204  204  204  204'),
  rule('GET    /api/me                                     | 401  200  200  200  200  200'),
  rule('PATCH  /api/me                                     | 401  200  200  200  200  200', { body: () => ({}) }),
  rule('GET    /api/users                                  | 401  403  403  403  403  200'),
  rule('PUT    /api/users/:id/roles                        | 401  403  403  403  403  200', {
    params: { id: 'user.userId' },
    body: () => ({ roles: ['trainee'] }),
  }),
  rule('DELETE /api/users/:id                              | 401  403  403  403  403  204', {
    params: { id: 'user.userId' },
  }),

  // --- Curriculum ---------------------------------------- anon owner trn2 instr instr2 admin
  rule('GET    /api/courses                                | 401  200  200  200  200  200'),
  rule('POST   /api/courses                                | 401  403  403  201  201  201', {
    body: () => ({
      title: 'A course created by the security suite',
      summary: 'Created to check who may author courses.',
      learningObjectives: ['Describe informed consent'],
      creditDesignations: [{ creditType: 'apa', maxCredits: 1 }],
    }),
  }),
  rule('GET    /api/courses/:id                            | 401  200  200  200  200  200', { params: { id: 'world.courseId' } }),
  rule('PATCH  /api/courses/:id                            | 401  403  403  200  403  200', {
    params: { id: 'draft.courseId' },
    body: () => ({ title: 'Renamed draft' }),
  }),
  rule('POST   /api/courses/:id/publish                    | 401  403  403  200  403  200', { params: { id: 'draft.courseId' } }),
  rule('POST   /api/courses/:id/modules                    | 401  403  403  201  403  201', {
    params: { id: 'draft.courseId' },
    body: () => ({ title: 'Integration', category: 'integration', learningObjectives: ['Plan follow-up'] }),
  }),
  rule('PUT    /api/courses/:id/module-order               | 401  403  403  200  403  200', {
    params: { id: 'draft.courseId' },
    body: (id) => ({ ids: [id('draft.module2Id'), id('draft.moduleId')] }),
  }),
  rule('POST   /api/courses/:id/enrollments                | 401  201  201  403  403  403', { params: { id: 'published.courseId' } }),
  rule('POST   /api/courses/:id/owners                     | 401  403  403  403  403  201', {
    params: { id: 'draft.courseId' },
    body: (id) => ({ userId: id('world.otherInstructorId') }),
  }),
  rule('DELETE /api/courses/:id/owners/:userId             | 401  403  403  403  403  204', {
    params: { id: 'coOwned.courseId', userId: 'world.otherInstructorId' },
  }),
  rule('PATCH  /api/modules/:id                            | 401  403  403  200  403  200', {
    params: { id: 'draft.moduleId' },
    body: () => ({ title: 'Renamed module' }),
  }),
  rule('DELETE /api/modules/:id                            | 401  403  403  204  403  204', { params: { id: 'draft.module2Id' } }),
  rule('POST   /api/modules/:id/lessons                    | 401  403  403  201  403  201', {
    params: { id: 'draft.moduleId' },
    body: () => ({ title: 'Set and setting', body: 'The room, the music, the people.', estimatedMinutes: 15 }),
  }),
  rule('PUT    /api/modules/:id/lesson-order               | 401  403  403  200  403  200', {
    params: { id: 'draft.moduleId' },
    body: (id) => ({ ids: [id('draft.lesson2Id'), id('draft.lessonId')] }),
  }),
  rule('GET    /api/lessons/:id                            | 401  200  403  200  200  200', {
    params: { id: 'world.lesson2Id' },
    note: 'A lesson of module 2: open for the owner, still locked for the other trainee.',
  }),
  rule('PATCH  /api/lessons/:id                            | 401  403  403  200  403  200', {
    params: { id: 'draft.lessonId' },
    body: () => ({ title: 'Renamed lesson' }),
  }),
  rule('DELETE /api/lessons/:id                            | 401  403  403  204  403  204', { params: { id: 'draft.lesson2Id' } }),
  rule('POST   /api/lessons/:id/complete                   | 401  200  200  403  403  403', {
    params: { id: 'world.lesson1Id' },
    body: () => ({}),
    note: 'Each trainee completes the lesson for themselves.',
  }),
  rule('POST   /api/lessons/:id/activity                   | 401  204  204  403  403  403', {
    params: { id: 'world.lesson1Id' },
    body: () => ({ timeSpentSeconds: 30 }),
  }),
  rule('GET    /api/me/enrollments                         | 401  200  200  403  403  403'),

  // --- Assessment ---------------------------------------- anon owner trn2 instr instr2 admin
  rule('GET    /api/courses/:id/questions                  | 401  403  403  200  403  200', { params: { id: 'world.courseId' } }),
  rule('PUT    /api/questions/:id                          | 401  403  403  200  403  200', {
    params: { id: 'draft.questionId' },
    body: () => QUESTION,
  }),
  rule('POST   /api/questions/:id/regrade                  | 401  403  403  200  403  200', { params: { id: 'draft.questionId' } }),
  rule('GET    /api/quizzes/:id/statistics                 | 401  403  403  200  403  200', { params: { id: 'world.quizId' } }),
  rule('POST   /api/modules/:id/quizzes                    | 401  403  403  201  403  201', {
    params: { id: 'draft.moduleId' },
    body: () => ({ title: 'Safety check', passingScore: 80, maxAttempts: 2, shuffle: true }),
  }),
  rule('POST   /api/quizzes/:id/questions                  | 401  403  403  201  403  201', {
    params: { id: 'draft.quizId' },
    body: () => QUESTION,
  }),
  rule('GET    /api/quizzes/:id                            | 401  200  200  200  200  200', { params: { id: 'world.quizId' } }),
  rule('POST   /api/quizzes/:id/attempts                   | 401  201  403  403  403  403', {
    params: { id: 'ownerEnrolled.quizId' },
    note: 'The other trainee is not enrolled in this course.',
  }),
  rule('PUT    /api/attempts/:id/answers/:questionId       | 401  204  403  403  403  403', {
    params: { id: 'openAttempt.attemptId', questionId: 'openAttempt.questionId' },
    body: (id) => ({ optionIds: [id('openAttempt.optionId')] }),
  }),
  rule('POST   /api/attempts/:id/submit                    | 401  200  403  403  403  403', {
    params: { id: 'openAttempt.attemptId' },
    body: (id) => ({ answers: [{ questionId: id('openAttempt.questionId'), optionIds: [id('openAttempt.optionId')] }] }),
  }),
  rule('GET    /api/attempts/:id                           | 401  200  403  200  403  200', { params: { id: 'world.attemptId' } }),

  // --- Role-play ----------------------------------------- anon owner trn2 instr instr2 admin
  rule('POST   /api/modules/:id/roleplays                  | 401  403  403  201  403  201', {
    params: { id: 'draft.moduleId' },
    body: () => ({ title: 'Distress mid-session', scenario: 'The client panics during dissociation.', rubric: RUBRIC, passingScore: 50 }),
  }),
  rule('GET    /api/roleplays/:id                          | 401  200  200  200  200  200', { params: { id: 'world.roleplayId' } }),
  rule('PUT    /api/roleplays/:id/rubric                   | 401  403  403  200  403  200', {
    params: { id: 'draft.roleplayId' },
    body: () => RUBRIC,
  }),
  rule('POST   /api/roleplays/:id/submissions              | 401  201  403  403  403  403', {
    params: { id: 'ownerEnrolled.roleplayId' },
    body: () => ({ transcript: TRANSCRIPT, reflection: REFLECTION }),
  }),
  rule('GET    /api/roleplays/:id/submissions              | 401  200  200  200  200  200', {
    params: { id: 'world.roleplayId' },
    note: 'Each caller gets their own submissions only (checked in the spec).',
  }),
  rule('GET    /api/grading-queue                          | 401  403  403  200  200  403'),
  rule('POST   /api/submissions/:id/grade                  | 401  403  403  200  403  403', {
    params: { id: 'pendingSubmission.submissionId' },
    body: (id) => grade(id, 'pendingSubmission'),
  }),
  rule('POST   /api/submissions/:id/regrade                | 401  403  403  200  403  403', {
    params: { id: 'gradedSubmission.submissionId' },
    body: (id) => ({ ...grade(id, 'gradedSubmission'), reason: 'Misread the rubric.' }),
  }),
  rule('GET    /api/submissions/:id                        | 401  200  403  200  403  200', { params: { id: 'world.submissionId' } }),
  rule('GET    /api/submissions/:id/recording              | 401  200  403  200  403  200', { params: { id: 'world.submissionId' } }),
  rule('GET    /api/recordings/:id                         | 200  200  200  200  200  200', {
    public: true,
    params: { id: 'world.submissionId' },
    query: { token: '{world.recordingToken}' },
    note: 'The signed link is the credential; without it, 400/403 (checked in the spec).',
  }),

  // --- CE credit and certificates ------------------------ anon owner trn2 instr instr2 admin
  rule('GET    /api/provider-settings                      | 401  403  403  403  403  200'),
  rule('PUT    /api/provider-settings                      | 401  403  403  403  403  200', {
    body: (id) => JSON.parse(id('world.providerSettings')) as unknown,
    note: 'Puts the current settings back unchanged (certificates need their statements).',
  }),
  rule('PUT    /api/provider-settings/logo                 | 401  403  403  403  403  204', {
    multipart: { file: { field: 'logo', content: 'png', filename: 'logo.png', contentType: 'image/png' } },
  }),
  rule('GET    /api/provider-settings/logo                 | 200  200  200  200  200  200', { public: true }),
  rule('GET    /api/courses/:id/ce-settings                | 401  403  403  200  403  200', { params: { id: 'world.courseId' } }),
  rule('PUT    /api/courses/:id/ce-settings                | 401  403  403  200  403  200', {
    params: { id: 'draft.courseId' },
    body: () => ({ learningFormat: 'enduring_material', validityMonths: 24 }),
  }),
  rule('GET    /api/courses/:id/evaluation                 | 401  200  200  200  403  200', {
    params: { id: 'world.courseId' },
    note: 'API.md says "enrolled or staff"; the API keeps it to enrolled trainees and course staff.',
  }),
  rule('PUT    /api/courses/:id/evaluation                 | 401  403  403  200  403  200', {
    params: { id: 'draft.courseId' },
    body: () => ({ questions: [{ prompt: 'Was the content free of commercial bias?', kind: 'rating', required: true }] }),
  }),
  rule('POST   /api/courses/:id/evaluation                 | 401  201  403  403  403  403', {
    params: { id: 'ownerEnrolled.courseId' },
    body: () => EVALUATION_ANSWERS,
  }),
  rule('GET    /api/courses/:id/evaluation/results         | 401  403  403  200  403  200', { params: { id: 'world.courseId' } }),
  rule('GET    /api/courses/:id/attestation                | 401  200  200  403  403  403', { params: { id: 'world.courseId' } }),
  rule('POST   /api/courses/:id/attestation                | 401  201  403  403  403  403', {
    params: { id: 'ownerEnrolled.courseId' },
    body: () => ({ creditType: 'apa', creditsClaimed: 0.25 }),
  }),
  rule('GET    /api/courses/:id/eligibility                | 401  200  403  403  403  200', {
    params: { id: 'world.courseId' },
    query: { userId: '{world.ownerId}' },
    note: "Whose eligibility: the owner's, asked for by id.",
  }),
  rule('POST   /api/certificates                           | 401  403  403  403  403  201', {
    body: (id) => ({ userId: id('eligible.userId'), courseId: id('eligible.courseId') }),
  }),
  rule('GET    /api/certificates                           | 401  403  403  403  403  200'),
  rule('POST   /api/courses/:id/certificates/bulk          | 401  403  403  403  403  200', { params: { id: 'published.courseId' } }),
  rule('GET    /api/bulk-issuances/:id                     | 401  403  403  403  403  200', { params: { id: 'world.bulkIssuanceId' } }),
  rule('GET    /api/me/certificates                        | 401  200  200  200  200  200'),
  rule('GET    /api/me/transcript                          | 401  200  200  200  200  200'),
  rule('GET    /api/certificates/:id                       | 401  200  403  403  403  200', { params: { id: 'world.certificateId' } }),
  rule('GET    /api/certificates/:id/pdf                   | 401  200  403  403  403  200', { params: { id: 'world.certificateId' } }),
  rule('POST   /api/certificates/:id/revoke                | 401  403  403  403  403  200', {
    params: { id: 'certificate.certificateId' },
    body: () => ({ reason: 'Issued in error' }),
  }),
  rule('POST   /api/certificates/:id/reissue               | 401  403  403  403  403  201', {
    params: { id: 'certificate.certificateId' },
    body: () => ({ reason: 'Name corrected' }),
  }),
  rule('GET    /api/verify/:code                           | 200  200  200  200  200  200', {
    public: true,
    params: { code: 'world.verificationCode' },
  }),
  rule('GET    /api/reports/credits                        | 401  403  403  403  403  200'),
  rule('GET    /api/reports/courses                        | 401  403  403  403  403  200'),
];
