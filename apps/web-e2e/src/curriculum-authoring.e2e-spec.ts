import type { AuthResponse, CourseOutline } from '@lms/shared/contracts';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import {
  DEMO_PASSWORD,
  h1Text,
  launchBrowser,
  newContext,
  screenshot,
  seriousA11yProblems,
  signIn,
} from './support/e2e';
import { callApi, dialogSettled, registerTrainee, screenshotWholePage } from './support/curriculum';

const XSS_BODY = [
  '## Before the first session',
  '',
  '> Demo teaching material, not medical advice.',
  '',
  'Agree on **intentions**, a support person and a plan for the hours after dosing.',
  '',
  '<script>window.__pwned = true</script>',
  '',
  '<img src=x onerror="window.__pwned=true">',
  '',
  '- Screening reviewed with the prescriber',
  '- Informed consent for altered states',
].join('\n');

describe('an instructor building and publishing a course', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
  });

  beforeEach(async () => {
    context = await newContext(browser);
    page = await context.newPage();
  });

  afterEach(async () => {
    await context.close();
  });

  function dialog(name: string): Locator {
    return page.getByRole('dialog', { name });
  }

  async function addModule(title: string, category: string): Promise<void> {
    await page.getByRole('button', { name: 'Add module', exact: true }).click();
    const form = dialog('Add a module');
    await form.getByLabel('Module title').fill(title);
    await form.getByRole('combobox', { name: 'Category' }).click();
    await page.getByRole('option', { name: category }).click();
    await form.getByLabel('Learning objectives').fill('Plan the session with the client.');
    await form.getByRole('button', { name: 'Add module' }).click();
    await form.waitFor({ state: 'detached' });
    await page.getByRole('heading', { name: title, level: 3 }).waitFor();
  }

  async function addLesson(moduleTitle: string, title: string, body: string): Promise<void> {
    await page.getByRole('button', { name: `Add a lesson to ${moduleTitle}` }).click();
    const form = dialog('Add a lesson');
    await form.getByLabel('Lesson title').fill(title);
    await form.getByLabel('Estimated minutes').fill('12');
    await form.getByLabel('Lesson text (Markdown)').fill(body);
    await form.getByTestId('lesson-preview').getByRole('heading', { level: 2 }).first().waitFor();
    await form.getByRole('button', { name: 'Add lesson' }).click();
    await form.waitFor({ state: 'detached' });
    await page.getByText(title, { exact: true }).waitFor();
  }

  function moduleTitles(): Promise<string[]> {
    return page.getByTestId('editor-module').getByRole('heading', { level: 3 }).allInnerTexts();
  }

  it('creates, reorders and publishes a course whose lesson reaches trainees sanitised', async () => {
    const title = `Integration circles ${Date.now().toString(36)}`;
    const first = 'Integration after dosing';
    const second = 'Preparing the first session';

    const { accessToken: trainerToken } = await callApi<AuthResponse>(
      null,
      'POST',
      '/api/auth/login',
      { email: 'instructor@demo.test', password: DEMO_PASSWORD },
    );

    // Authoring list
    await signIn(page, 'instructor@demo.test');
    await page.waitForURL('**/authoring');
    expect(await h1Text(page)).toBe('Authoring');
    await page.getByTestId('authoring-course').first().waitFor();
    expect(await seriousA11yProblems(page)).toEqual([]);
    await screenshotWholePage(page, 'authoring-list');

    // New course
    await page.getByRole('button', { name: 'New course' }).click();
    const create = dialog('New course');
    await create.getByLabel('Course title').fill(title);
    await create.getByLabel('Summary').fill('Group integration practice for KAP clinicians.');
    await create
      .getByLabel('Learning objectives')
      .fill('Run an integration circle.\nRecognise when to refer.');
    await create.getByRole('button', { name: 'Add a credit type' }).click();
    await create.getByRole('combobox', { name: 'Credit type' }).click();
    await page.getByRole('option', { name: 'APA CE credits' }).click();
    await create.getByLabel('Max credits').fill('1.5');
    await create.getByRole('button', { name: 'Create course' }).click();
    await page.waitForURL(/\/authoring\/courses\/[0-9a-f-]{36}$/);
    const courseId = page.url().split('/').pop() ?? '';
    expect(await h1Text(page)).toBe(title);
    await page.getByText('Version 1 is a draft.').waitFor();

    // Two modules, one lesson: publishing is refused and says what is missing
    await addModule(first, 'Integration');
    await addLesson(first, 'Journaling after a session', '## Journaling\n\nWrite freely.');
    await addModule(second, 'Preparation and screening');
    await page.getByRole('button', { name: 'Publish version 1' }).click();
    await dialog('Publish version 1?').getByRole('button', { name: 'Publish version 1' }).click();
    const missing = page.getByRole('alert').filter({ hasText: 'not ready to publish' });
    await missing.getByText(`a lesson in module "${second}"`).waitFor();

    // A lesson with script and an onerror handler; the live preview is sanitised too
    await addLesson(second, 'Setting intentions', XSS_BODY);
    expect(await page.evaluate(() => (window as { __pwned?: boolean }).__pwned)).toBeUndefined();

    // Reorder with the keyboard-accessible button; focus stays on the moved module
    expect(await moduleTitles()).toEqual([first, second]);
    await page.getByRole('button', { name: `Move module ${second} up` }).click();
    await page.waitForFunction(
      (name) => document.activeElement?.getAttribute('aria-label') === `Move module ${name} down`,
      second,
    );
    expect(await moduleTitles()).toEqual([second, first]);
    await page.getByText(`Module “${second}” moved to position 1 of 2.`).waitFor();
    const saved = await callApi<CourseOutline>(trainerToken, 'GET', `/api/courses/${courseId}`);
    expect(saved.modules.map((m) => m.title)).toEqual([second, first]);
    // The pointer rests where the clicked button was: hide its tooltip before the screenshot.
    await page.mouse.move(0, 0);
    await page.locator('.mat-mdc-tooltip').waitFor({ state: 'detached' });
    expect(await seriousA11yProblems(page)).toEqual([]);
    await screenshotWholePage(page, 'course-editor');

    // Publish through the confirmation dialog
    await page.getByRole('button', { name: 'Publish version 1' }).click();
    const confirm = dialog('Publish version 1?');
    for (const text of [
      'Publishing version 1 freezes it.',
      'New trainees will enroll in version 1.',
      'Trainees already enrolled stay on the version they started, with their progress.',
      'Further changes will start version 2 as a draft.',
    ]) {
      await confirm.getByText(text).waitFor();
    }
    await dialogSettled(page);
    expect(await seriousA11yProblems(page)).toEqual([]);
    await screenshot(page, 'publish-dialog');
    await confirm.getByRole('button', { name: 'Publish version 1' }).click();
    await page.getByText('Published v1').waitFor();
    await page
      .getByText('Changes start version 2 as a draft; trainees keep version 1 until you publish.')
      .waitFor();

    // A new trainee enrolls and reads the lesson: nothing from the script or handler runs
    const trainee = await registerTrainee('Sam Safe');
    await callApi(trainee.token, 'POST', `/api/courses/${courseId}/enrollments`);
    const learner = await newContext(browser);
    const reader = await learner.newPage();
    try {
      await signIn(reader, trainee.email, trainee.password);
      await reader.waitForURL('**/my-courses');
      await reader.goto(`/courses/${courseId}`);
      const modules = reader.getByTestId('outline-module');
      await modules.first().getByRole('heading', { name: second }).waitFor();
      await modules.first().getByRole('link', { name: 'Setting intentions' }).click();
      await reader.waitForURL('**/lessons/**');
      const body = reader.getByTestId('lesson-body');
      await body.getByText('Screening reviewed with the prescriber').waitFor();
      expect(await body.locator('script').count()).toBe(0);
      expect(await body.locator('img').count()).toBe(1);
      expect(await body.locator('img').getAttribute('onerror')).toBeNull();
      expect(await body.locator('[onerror], [onclick], [onload]').count()).toBe(0);
      expect(
        await reader.evaluate(() => (window as { __pwned?: boolean }).__pwned),
      ).toBeUndefined();
    } finally {
      await learner.close();
    }
  });
});
