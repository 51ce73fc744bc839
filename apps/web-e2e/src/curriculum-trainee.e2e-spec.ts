import type { CourseOutline } from '@lms/shared/contracts';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  PHONE,
  h1Text,
  launchBrowser,
  newContext,
  seriousA11yProblems,
  signIn,
} from './support/e2e';
import {
  DEMO_COURSE,
  callApi,
  courseByTitle,
  horizontalOverflow,
  progressValue,
  registerTrainee,
  screenshotWholePage,
} from './support/curriculum';
import { instructorToken, passQuizViaApi, quizKey } from './support/assessment';

const LOCKED = 'Locked — complete the previous module to unlock';

describe('a trainee learning the demo course', () => {
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

  it('enrolls from the catalogue, reads module 1, and unlocks module 2 once its quiz is passed', async () => {
    const trainee = await registerTrainee('Robin Reader');
    await signIn(page, trainee.email, trainee.password);
    await page.waitForURL('**/my-courses');
    await page.getByText('No courses yet').waitFor();

    // Catalogue
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Course catalogue' })
      .click();
    await page.waitForURL('**/catalogue');
    expect(await h1Text(page)).toBe('Course catalogue');
    const card = page.getByRole('article', { name: DEMO_COURSE });
    await card.getByText('AMA PRA Category 1 Credit™').waitFor();
    expect(await seriousA11yProblems(page)).toEqual([]);
    await screenshotWholePage(page, 'catalogue');
    await card.getByRole('button', { name: `Enroll in ${DEMO_COURSE}` }).click();

    // Outline: module 1 open, module 2 locked with no links
    await page.waitForURL(/\/courses\/[0-9a-f-]{36}$/);
    expect(await h1Text(page)).toBe(DEMO_COURSE);
    const modules = page.getByTestId('outline-module');
    await modules.first().waitFor();
    expect(await modules.count()).toBe(8);
    expect(await modules.nth(0).getByText(LOCKED).count()).toBe(0);
    await modules.nth(1).getByText(LOCKED).waitFor();
    expect(await modules.nth(1).getByRole('link').count()).toBe(0);
    expect(await progressValue(page)).toBe(0);
    const module1Lessons = await modules.nth(0).locator('a[href*="/lessons/"]').count();
    expect(module1Lessons).toBeGreaterThanOrEqual(2);
    const module1Title = (await modules.nth(0).getByRole('heading').innerText()).trim();
    const quizTitle = `Check your understanding: ${module1Title}`;
    const module2Title = (await modules.nth(1).getByRole('heading').innerText()).trim();
    expect(await seriousA11yProblems(page)).toEqual([]);
    await screenshotWholePage(page, 'outline');

    // Reader
    await page.getByRole('link', { name: 'Start' }).click();
    await page.waitForURL('**/lessons/**');
    await page.getByTestId('lesson-body').locator('p').first().waitFor();
    expect(
      await page.getByText('Pharmacology and Neuroscience of Ketamine').count(),
    ).toBeGreaterThan(0);
    expect(await seriousA11yProblems(page)).toEqual([]);
    await screenshotWholePage(page, 'lesson-reader');

    // The same lesson on a phone (same session, a second tab 375 px wide)
    const phone = await context.newPage();
    await phone.setViewportSize(PHONE);
    await phone.goto(page.url());
    await phone.getByRole('button', { name: 'Mark complete and continue' }).waitFor();
    expect(await horizontalOverflow(phone)).toBeLessThanOrEqual(0);
    await screenshotWholePage(phone, 'lesson-reader-phone');
    await phone.close();

    for (let i = 0; i < module1Lessons; i++) {
      const before = page.url();
      await page.getByRole('button', { name: 'Mark complete and continue' }).click();
      await page.waitForURL((url) => url.toString() !== before);
    }
    // Every lesson read: the next open item is module 1's quiz (taken in assessment.e2e-spec).
    await page.waitForURL(/\/quizzes\/[0-9a-f-]{36}$/);
    expect(await h1Text(page)).toBe(quizTitle);
    const quizId = page.url().split('/').pop() ?? '';

    // Module 2 stays locked until the quiz is passed too
    await page.goto(page.url().replace(/\/quizzes\/.*$/, ''));
    await modules.first().waitFor();
    await modules.nth(1).getByText(LOCKED).waitFor();
    expect(await modules.first().getByText('Module complete').count()).toBe(0);
    await passQuizViaApi(trainee.token, await quizKey(await instructorToken(), quizId), quizId);

    // My courses shows the progress
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'My courses' })
      .click();
    await page.waitForURL('**/my-courses');
    await page.getByRole('article', { name: DEMO_COURSE }).waitFor();
    expect(await progressValue(page)).toBeGreaterThan(0);
    expect(await seriousA11yProblems(page)).toEqual([]);
    await screenshotWholePage(page, 'my-courses');

    // The outline shows module 1 complete (lessons read, quiz passed) and module 2 open
    await page.getByRole('link', { name: DEMO_COURSE, exact: true }).click();
    await page.waitForURL(/\/courses\/[0-9a-f-]{36}$/);
    await modules.first().getByText('Module complete').waitFor();
    await modules.first().getByTestId('outline-quiz').getByText('Passed').waitFor();
    await modules.nth(1).getByRole('heading', { name: module2Title }).waitFor();
    expect(await progressValue(page)).toBeGreaterThan(0);
    expect(await modules.nth(1).getByText(LOCKED).count()).toBe(0);
    expect(await modules.nth(1).getByRole('link').count()).toBeGreaterThan(0);
    await modules.nth(2).getByText(LOCKED).waitFor();
    await page.getByRole('link', { name: 'Resume' }).waitFor();
  });

  it('explains a locked lesson and links back to the outline', async () => {
    const trainee = await registerTrainee('Lee Locked');
    const course = await courseByTitle(trainee.token, DEMO_COURSE);
    await callApi(trainee.token, 'POST', `/api/courses/${course.id}/enrollments`);
    const outline = await callApi<CourseOutline>(trainee.token, 'GET', `/api/courses/${course.id}`);
    const lockedLesson = outline.modules[1]?.lessons[0];
    expect(outline.modules[1]?.locked).toBe(true);

    await signIn(page, trainee.email, trainee.password);
    await page.waitForURL('**/my-courses');
    await page.goto(`/courses/${course.id}/lessons/${lockedLesson?.id ?? ''}`);
    expect(await h1Text(page)).toBe('This lesson is locked');
    await page.getByRole('link', { name: 'Back to the course outline' }).click();
    await page.waitForURL(`**/courses/${course.id}`);
    expect(await h1Text(page)).toBe(DEMO_COURSE);
  });
});
