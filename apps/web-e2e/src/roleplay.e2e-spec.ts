import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import {
  PHONE,
  h1Text,
  launchBrowser,
  newContext,
  seriousA11yProblems,
  signIn,
} from './support/e2e';
import { horizontalOverflow, screenshotWholePage } from './support/curriculum';
import { INSTRUCTOR_EMAIL } from './support/assessment';
import type { PreparedRoleplay } from './support/roleplay';
import {
  DEMO_TRAINEE_EMAIL,
  DEMO_TRAINEE_NAME,
  REFLECTION,
  TRANSCRIPT,
  prepareDemoRoleplay,
  tinyWavFile,
  tokenOf,
} from './support/roleplay';

const UUID = '[0-9a-f-]{36}';
const REVISE_FEEDBACK =
  'A clear, calm explanation of the blood-pressure risk. Before moving to the plan, explore how Dana felt about stopping her tablets, and agree who contacts the prescriber.';

describe('role-plays', () => {
  let browser: Browser;
  let trainee: BrowserContext;
  let instructor: BrowserContext;
  let prepared: PreparedRoleplay;

  beforeAll(async () => {
    browser = await launchBrowser();
    prepared = await prepareDemoRoleplay(
      await tokenOf(DEMO_TRAINEE_EMAIL),
      await tokenOf(INSTRUCTOR_EMAIL),
    );
  }, 120_000);

  afterAll(async () => {
    await browser.close();
  });

  beforeEach(async () => {
    trainee = await newContext(browser);
    instructor = await newContext(browser);
  });

  afterEach(async () => {
    await trainee.close();
    await instructor.close();
  });

  function scenarioUrl(): string {
    return `/courses/${prepared.courseId}/roleplays/${prepared.roleplayId}`;
  }

  function status(page: Page): Locator {
    return page.getByTestId('roleplay-status');
  }

  /** Chooses a level for every criterion with the keyboard: focus its first level, arrow down. */
  async function chooseLevelsByKeyboard(page: Page, steps: number): Promise<void> {
    const criteria = page.getByTestId('grader-criterion');
    const count = await criteria.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      const radios = criteria.nth(i).getByRole('radio');
      await radios.first().focus();
      for (let s = 0; s < steps; s++) await page.keyboard.press('ArrowDown');
      expect(await radios.nth(steps).isChecked()).toBe(true);
    }
  }

  /** Whole-page screenshot from the top of the content (focus may have scrolled it). */
  async function shoot(page: Page, name: string): Promise<void> {
    await page.evaluate(() => {
      document.querySelector('mat-sidenav-content')?.scrollTo(0, 0);
    });
    await screenshotWholePage(page, name);
  }

  /** From the queue: the row of the demo trainee's submission of the role-play, opened. */
  async function openFromQueue(page: Page, attempt: number): Promise<void> {
    await page.goto('/grading');
    expect(await h1Text(page)).toBe('Grading');
    const row = page
      .getByTestId('queue-row')
      .filter({ hasText: prepared.title })
      .filter({ hasText: DEMO_TRAINEE_NAME });
    await row.first().waitFor();
    expect((await row.first().innerText()).replace(/\s+/g, ' ')).toContain(
      'Foundations of Ketamine-Assisted Psychotherapy',
    );
    expect(await row.first().getByRole('cell').nth(1).innerText()).toContain(String(attempt));
    await row.first().getByRole('link', { name: DEMO_TRAINEE_NAME }).click();
    await page.waitForURL(new RegExp(`/grading/${UUID}$`));
    expect(await h1Text(page)).toBe(prepared.title);
    await page.getByTestId('submission-meta').getByText(`Attempt ${attempt}`).waitFor();
  }

  it('a trainee submits with a recording, an instructor grades with the keyboard, the trainee revises and passes', async () => {
    const wav = tinyWavFile();
    const learner = await trainee.newPage();
    const grader = await instructor.newPage();

    // The trainee opens the role-play: situation, task, rubric and pass mark up front
    await signIn(learner, DEMO_TRAINEE_EMAIL);
    await learner.waitForURL('**/my-courses');
    await learner.goto(scenarioUrl());
    expect(await h1Text(learner)).toBe(prepared.title);
    await learner.getByRole('heading', { name: 'The client situation' }).waitFor();
    await learner.getByRole('heading', { name: 'Your task' }).waitFor();
    expect(await learner.getByTestId('rubric-pass-mark').innerText()).toMatch(
      /^Pass mark: \d+% of \d+ points$/,
    );
    await status(learner)
      .getByText(/Not submitted yet|Revise and resubmit/)
      .waitFor();
    expect(await seriousA11yProblems(learner)).toEqual([]);

    // Transcript, reflection and a small recording; the upload is slowed to show its progress
    await learner.getByLabel('Transcript').fill(TRANSCRIPT);
    await learner.getByLabel('Reflection').fill(REFLECTION);
    await learner.getByTestId('recording-input').setInputFiles(wav);
    await learner
      .getByTestId('recording-file')
      .getByText(/\.wav \(7\.9 KB\)$/)
      .waitFor();
    const cdp = await trainee.newCDPSession(learner);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 20,
      downloadThroughput: -1,
      uploadThroughput: 4 * 1024,
    });
    await learner.getByRole('button', { name: 'Submit for grading' }).click();
    await learner.getByRole('progressbar', { name: 'Uploading your submission' }).waitFor();
    expect(await learner.getByRole('button', { name: 'Submitting…' }).isDisabled()).toBe(true);
    await status(learner).getByText('Waiting for a grade.').waitFor({ timeout: 30_000 });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
    await learner.getByText(/Attempt \d+ submitted\. It is waiting for a grade/).waitFor();
    expect(await learner.getByRole('button', { name: 'Submit for grading' }).count()).toBe(0);
    const firstAttempt = learner.getByTestId('attempt').first();
    await firstAttempt.getByText('Waiting for a grade').waitFor();
    const attemptNumber = Number(
      (await firstAttempt.getByRole('heading').first().innerText()).replace(/\D/g, ''),
    );
    expect(await firstAttempt.locator('audio').getAttribute('src')).toMatch(/^\/api\/recordings\//);

    // The instructor finds it in the queue
    await signIn(grader, INSTRUCTOR_EMAIL);
    await grader.waitForURL('**/authoring');
    await grader
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Grading' })
      .click();
    await grader.waitForURL('**/grading');
    await grader
      .getByTestId('queue-caption')
      .getByText(/submissions? waiting, oldest first/)
      .waitFor();
    expect(await seriousA11yProblems(grader)).toEqual([]);
    await shoot(grader, 'roleplay-queue');
    await openFromQueue(grader, attemptNumber);

    // The grading view: the scenario, the grader notes, the work and the recording
    await grader.getByRole('heading', { name: 'Grader notes' }).waitFor();
    await grader
      .getByTestId('transcript')
      .getByText('Ketamine usually raises blood pressure')
      .waitFor();
    const audio = grader.locator('audio');
    expect(await audio.getAttribute('src')).toMatch(/^\/api\/recordings\//);
    const recording = await grader.request.get((await audio.getAttribute('src')) ?? '', {
      headers: { Range: 'bytes=0-11' },
    });
    expect(recording.status()).toBe(206);
    expect((await recording.body()).toString('ascii', 0, 4)).toBe('RIFF');

    // Levels chosen with the keyboard; the total follows live
    const total = grader.getByTestId('live-total');
    expect(await total.getAttribute('aria-live')).toBe('polite');
    await chooseLevelsByKeyboard(grader, 1);
    await total.getByText(/^\d+ \/ \d+ points · \d+(\.\d+)?% · pass mark \d+%$/).waitFor();
    await total.getByText('Below the pass mark.').waitFor();
    await grader.getByRole('radio', { name: 'Revise and resubmit' }).check();
    await grader.getByLabel('Feedback for the trainee').fill(REVISE_FEEDBACK);
    await grader
      .getByTestId('grader-criterion')
      .first()
      .getByLabel('Comment (optional)')
      .fill('Ask about her readings before explaining.');
    expect(await seriousA11yProblems(grader)).toEqual([]);
    await shoot(grader, 'roleplay-grading');
    await grader.getByRole('button', { name: 'Save grade' }).click();
    await grader.getByText(`Grade saved. ${DEMO_TRAINEE_NAME} gets a notification`).waitFor();
    await grader.getByTestId('grade-outcome').getByText('Revise and resubmit').waitFor();
    await grader.getByRole('link', { name: 'Back to the grading queue' }).waitFor();
    await grader.getByRole('button', { name: 'Correct this grade' }).waitFor();

    // The trainee sees the bell's count and opens the notification
    await learner.goto('/my-courses');
    const bell = learner.getByRole('button', { name: /^Notifications, \d+ unread$/ });
    await bell.waitFor({ timeout: 15_000 });
    await bell.click();
    const notification = learner
      .getByRole('menuitem')
      .filter({ hasText: `Your role-play "${prepared.title}" was graded` })
      .first();
    await notification.getByText(/revise and resubmit/i).waitFor();
    await notification.click();
    await learner.waitForURL(`**${scenarioUrl()}`);
    await status(learner).getByText('Revise and resubmit.').waitFor();
    const graded = learner.getByTestId('attempt').first();
    await graded.getByTestId('grade-outcome').getByText('Revise and resubmit').waitFor();
    await graded.getByTestId('grade-feedback').getByText(REVISE_FEEDBACK).waitFor();
    await graded.getByText('Ask about her readings before explaining.').waitFor();
    await graded.getByText('Graded by Dr. Samira Okafor').waitFor();
    await learner.getByRole('heading', { name: 'Submit a new attempt' }).waitFor();
    expect(await seriousA11yProblems(learner)).toEqual([]);
    await shoot(learner, 'roleplay-feedback');

    // On a phone the page fits the screen
    const phone = await trainee.newPage();
    await phone.setViewportSize(PHONE);
    await phone.goto(scenarioUrl());
    await status(phone).getByText('Revise and resubmit.').waitFor();
    expect(await horizontalOverflow(phone)).toBeLessThanOrEqual(0);
    await phone.close();

    // The trainee resubmits (no recording this time)
    await learner
      .getByLabel('Transcript')
      .fill(`${TRANSCRIPT}\nTherapist: How did it feel to stop the tablets?`);
    await learner.getByLabel('Reflection').fill(`${REFLECTION} This time I explored first.`);
    await learner.getByRole('button', { name: 'Submit for grading' }).click();
    await status(learner).getByText('Waiting for a grade.').waitFor();

    // The instructor passes the new attempt
    await openFromQueue(grader, attemptNumber + 1);
    await chooseLevelsByKeyboard(grader, 2);
    await grader.getByTestId('live-total').getByText('Meets the pass mark.').waitFor();
    await grader.getByRole('radio', { name: 'Pass' }).check();
    await grader
      .getByLabel('Feedback for the trainee')
      .fill('You explored before explaining. Passed.');
    await grader.getByRole('button', { name: 'Save grade' }).click();
    await grader.getByTestId('grade-outcome').getByText('Passed').waitFor();

    // The trainee has passed: no form any more
    await learner.reload();
    await status(learner).getByText('Passed.').waitFor();
    await learner
      .getByTestId('attempt')
      .first()
      .getByTestId('grade-outcome')
      .getByText('Passed')
      .waitFor();
    expect(await learner.getByRole('button', { name: 'Submit for grading' }).count()).toBe(0);
  }, 180_000);
});
