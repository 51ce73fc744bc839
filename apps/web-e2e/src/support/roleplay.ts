import type {
  AuthResponse,
  CourseOutline,
  GradeRequest,
  RoleplayResponse,
  SubmissionResponse,
} from '@lms/shared/contracts';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_PASSWORD } from './e2e';
import { passQuizViaApi, quizKey } from './assessment';
import { DEMO_COURSE, callApi, courseByTitle } from './curriculum';

export const DEMO_TRAINEE_EMAIL = 'trainee@demo.test';
export const DEMO_TRAINEE_NAME = 'Jordan Lee';

export const TRANSCRIPT = [
  'Therapist: Before we plan the first session, you mentioned your blood pressure runs high.',
  'Client: Yes, I stopped the tablets two months ago. They made me dizzy.',
  'Therapist: Thank you for telling me. What readings have you had since then?',
  'Client: Around 160 over 100 at the pharmacy last week.',
  'Therapist: Ketamine usually raises blood pressure for a while, so the prescriber needs to know.',
].join('\n');
export const REFLECTION =
  'I explained the risk clearly, but I moved to the plan before exploring how she felt about stopping the tablets.';

/** An access token of a demo account (through the API, not the form). */
export async function tokenOf(email: string): Promise<string> {
  const { accessToken } = await callApi<AuthResponse>(null, 'POST', '/api/auth/login', {
    email,
    password: DEMO_PASSWORD,
  });
  return accessToken;
}

/**
 * A tiny valid WAV file (PCM, 8 kHz, mono, 16 bit: a 44-byte RIFF/WAVE header and silence),
 * written to a temp file for `setInputFiles`.
 */
export function tinyWavFile(name = 'practice-session.wav', silenceBytes = 8000): string {
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(36 + silenceBytes, 4);
  header.write('WAVE', 8, 'ascii');
  header.write('fmt ', 12, 'ascii');
  header.writeUInt32LE(16, 16); // fmt chunk size
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(8000, 24); // sample rate
  header.writeUInt32LE(16000, 28); // byte rate
  header.writeUInt16LE(2, 32); // block align
  header.writeUInt16LE(16, 34); // bits per sample
  header.write('data', 36, 'ascii');
  header.writeUInt32LE(silenceBytes, 40);
  const path = join(tmpdir(), `${Date.now().toString(36)}-${name}`);
  writeFileSync(path, Buffer.concat([header, Buffer.alloc(silenceBytes)]));
  return path;
}

/** Grades through the API: every criterion at `levelIndex` (clamped to the rubric). */
export async function gradeViaApi(
  instructorToken: string,
  submissionId: string,
  roleplay: RoleplayResponse,
  outcome: GradeRequest['outcome'],
  levelIndex = outcome === 'pass' ? 99 : 0,
): Promise<SubmissionResponse> {
  const body: GradeRequest = {
    scores: roleplay.rubric.criteria.map((c) => ({
      criterionId: c.id,
      levelIndex: Math.min(levelIndex, c.levels.length - 1),
    })),
    feedback: outcome === 'pass' ? 'Passed during the test set-up.' : 'Revise: test set-up.',
    outcome,
  };
  return callApi<SubmissionResponse>(
    instructorToken,
    'POST',
    `/api/submissions/${submissionId}/grade`,
    body,
  );
}

/** The trainee's own submissions of a role-play, newest first. */
function mySubmissions(traineeToken: string, roleplayId: string): Promise<SubmissionResponse[]> {
  return callApi<SubmissionResponse[]>(
    traineeToken,
    'GET',
    `/api/roleplays/${roleplayId}/submissions`,
  );
}

/** Passes a role-play through the API: submit (unless one waits), then the instructor passes it. */
async function passRoleplayViaApi(
  traineeToken: string,
  instructorToken: string,
  roleplayId: string,
): Promise<void> {
  const roleplay = await callApi<RoleplayResponse>(
    instructorToken,
    'GET',
    `/api/roleplays/${roleplayId}`,
  );
  if (
    !(await callApi<RoleplayResponse>(traineeToken, 'GET', `/api/roleplays/${roleplayId}`)).pending
  ) {
    await callApi(traineeToken, 'POST', `/api/roleplays/${roleplayId}/submissions`, {
      transcript: TRANSCRIPT,
      reflection: REFLECTION,
    });
  }
  const waiting = (await mySubmissions(traineeToken, roleplayId)).at(0);
  if (!waiting) throw new Error(`no submission of role-play ${roleplayId}`);
  await gradeViaApi(instructorToken, waiting.id, roleplay, 'pass');
}

export interface PreparedRoleplay {
  courseId: string;
  roleplayId: string;
  title: string;
}

/**
 * Gets the demo trainee to the first role-play of the demo course they have not passed, open
 * for a new submission, whatever ran before: enrolls them if needed, completes the lessons,
 * quizzes and role-plays of the modules before it (each module unlocks the next), and has a
 * submission left waiting by an earlier run graded "revise".
 */
export async function prepareDemoRoleplay(
  traineeToken: string,
  instructorToken: string,
): Promise<PreparedRoleplay> {
  const course = await courseByTitle(traineeToken, DEMO_COURSE);
  await callApi(
    traineeToken,
    'POST',
    `/api/courses/${course.id}/enrollments`,
    undefined,
    [200, 201, 204, 409],
  );
  const outline = await callApi<CourseOutline>(traineeToken, 'GET', `/api/courses/${course.id}`);
  const targetIndex = outline.modules.findIndex((m) => m.roleplays.some((r) => !r.passed));
  const target = outline.modules[targetIndex]?.roleplays.find((r) => !r.passed);
  if (!target) throw new Error('every role-play of the demo course is passed already');

  for (const module of outline.modules.slice(0, targetIndex)) {
    for (const lesson of module.lessons.filter((l) => !l.completed)) {
      await callApi(traineeToken, 'POST', `/api/lessons/${lesson.id}/complete`, {});
    }
    for (const quiz of module.quizzes.filter((q) => !q.passed)) {
      await passQuizViaApi(traineeToken, await quizKey(instructorToken, quiz.id), quiz.id);
    }
    for (const roleplay of module.roleplays.filter((r) => !r.passed)) {
      await passRoleplayViaApi(traineeToken, instructorToken, roleplay.id);
    }
  }

  let roleplay = await callApi<RoleplayResponse>(
    traineeToken,
    'GET',
    `/api/roleplays/${target.id}`,
  );
  if (roleplay.pending) {
    const waiting = (await mySubmissions(traineeToken, target.id)).at(0);
    if (!waiting) throw new Error(`role-play ${target.id} is pending without a submission`);
    const staffView = await callApi<RoleplayResponse>(
      instructorToken,
      'GET',
      `/api/roleplays/${target.id}`,
    );
    await gradeViaApi(instructorToken, waiting.id, staffView, 'revise');
    roleplay = await callApi<RoleplayResponse>(traineeToken, 'GET', `/api/roleplays/${target.id}`);
  }
  if (roleplay.locked || roleplay.pending || roleplay.passed) {
    throw new Error(`role-play ${target.id} is not open: ${JSON.stringify(roleplay)}`);
  }
  return { courseId: course.id, roleplayId: target.id, title: roleplay.title };
}
