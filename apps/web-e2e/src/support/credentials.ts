import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type {
  AuthResponse,
  CourseOutline,
  EligibilityResponse,
  RoleplayResponse,
} from '@lms/shared/contracts';
import type { Download } from 'playwright-core';
import { DEMO_PASSWORD } from './e2e';
import type { ApiUser } from './curriculum';
import { DEMO_COURSE, callApi, courseByTitle } from './curriculum';
import { passQuizViaApi, quizKey } from './assessment';

export const ADMIN_EMAIL = 'admin@demo.test';

const SCREENSHOTS = join(__dirname, '..', '..', '..', '..', 'docs', 'screenshots');

/** An access token of the demo admin (through the API, not the form). */
export async function adminToken(): Promise<string> {
  const { accessToken } = await callApi<AuthResponse>(null, 'POST', '/api/auth/login', {
    email: ADMIN_EMAIL,
    password: DEMO_PASSWORD,
  });
  return accessToken;
}

const TRANSCRIPT =
  'Clinician: Before we begin, let us go over what the ketamine session will feel like and what we will do if anything feels overwhelming. ' +
  'Client: I am nervous about losing control. Clinician: That is common. You can signal me at any time and we will pause and ground together.';
const REFLECTION =
  'I checked consent and contraindications first, named the dissociative effects plainly, and agreed on a stop signal.';

/** Passes a role-play: the trainee submits, the course's instructor grades every criterion at its top level. */
async function passRoleplay(
  trainee: ApiUser,
  instructorToken: string,
  roleplayId: string,
): Promise<void> {
  const roleplay = await callApi<RoleplayResponse>(
    instructorToken,
    'GET',
    `/api/roleplays/${roleplayId}`,
  );
  const submission = await callApi<{ id: string }>(
    trainee.token,
    'POST',
    `/api/roleplays/${roleplayId}/submissions`,
    { transcript: TRANSCRIPT, reflection: REFLECTION },
  );
  const scores = roleplay.rubric.criteria.map((criterion) => {
    const best = criterion.levels.reduce(
      (top, level, index, levels) => ((levels[top]?.points ?? -1) < level.points ? index : top),
      0,
    );
    return { criterionId: criterion.id, levelIndex: best };
  });
  await callApi(instructorToken, 'POST', `/api/submissions/${submission.id}/grade`, {
    scores,
    feedback: 'Safe, clear and client-centred. Passed.',
    outcome: 'pass',
  });
}

/**
 * Enrolls the trainee in the demo course and completes it through the API, module by module
 * (modules unlock in order): every lesson (with reading time), every quiz and the post-test
 * (answered from the instructor's key), every role-play (submitted, then graded "pass" by the
 * instructor). The evaluation and the attestation are left for the browser.
 */
export async function completeDemoCourse(
  trainee: ApiUser,
  instructorToken: string,
): Promise<{ courseId: string; outline: CourseOutline }> {
  const course = await courseByTitle(trainee.token, DEMO_COURSE);
  await callApi(trainee.token, 'POST', `/api/courses/${course.id}/enrollments`);
  let outline = await callApi<CourseOutline>(trainee.token, 'GET', `/api/courses/${course.id}`);
  for (let index = 0; index < outline.modules.length; index++) {
    const module = outline.modules[index];
    if (module.locked) throw new Error(`module ${index + 1} "${module.title}" is still locked`);
    for (const lesson of module.lessons) {
      if (!lesson.completed) {
        await callApi(trainee.token, 'POST', `/api/lessons/${lesson.id}/complete`, {
          timeSpentSeconds: 15 * 60,
        });
      }
    }
    for (const quiz of module.quizzes) {
      if (!quiz.passed) {
        const key = await quizKey(instructorToken, quiz.id);
        const result = await passQuizViaApi(trainee.token, key, quiz.id);
        if (!result.passed) throw new Error(`quiz "${quiz.title}" was not passed`);
      }
    }
    for (const roleplay of module.roleplays) {
      if (!roleplay.passed) await passRoleplay(trainee, instructorToken, roleplay.id);
    }
    outline = await callApi<CourseOutline>(trainee.token, 'GET', `/api/courses/${course.id}`);
  }
  return { courseId: course.id, outline };
}

export function eligibilityOf(token: string, courseId: string): Promise<EligibilityResponse> {
  return callApi<EligibilityResponse>(token, 'GET', `/api/courses/${courseId}/eligibility`);
}

/** The downloaded file's bytes (the browser saved it from a blob URL). */
export async function downloadedBytes(download: Download): Promise<Buffer> {
  const path = await download.path();
  return readFileSync(path);
}

/**
 * Renders page 1 of a PDF to docs/screenshots/<name>.png with poppler's pdftoppm (80 dpi).
 * Returns false when pdftoppm is not installed.
 */
export function renderPdfScreenshot(pdf: Buffer, name: string): boolean {
  const dir = mkdtempSync(join(tmpdir(), 'threshold-pdf-'));
  try {
    const input = join(dir, 'certificate.pdf');
    writeFileSync(input, pdf);
    execFileSync('pdftoppm', ['-png', '-r', '80', '-singlefile', input, join(dir, 'page')]);
    mkdirSync(SCREENSHOTS, { recursive: true });
    copyFileSync(join(dir, 'page.png'), join(SCREENSHOTS, `${name}.png`));
    return true;
  } catch (error: unknown) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
