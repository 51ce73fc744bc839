import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import {
  DESKTOP,
  PHONE,
  h1Text,
  launchBrowser,
  newContext,
  screenshot,
  seriousA11yProblems,
  signIn,
} from './support/e2e';
import type { ApiUser } from './support/curriculum';
import {
  DEMO_COURSE,
  dialogSettled,
  horizontalOverflow,
  registerTrainee,
  screenshotWholePage,
} from './support/curriculum';
import { instructorToken } from './support/assessment';
import {
  ADMIN_EMAIL,
  completeDemoCourse,
  downloadedBytes,
  eligibilityOf,
  renderPdfScreenshot,
} from './support/credentials';

/**
 * CE credit from end to end on the shared server: a trainee who completed the demo course
 * evaluates it and claims credit, the admin issues the certificate, the trainee downloads it,
 * anyone verifies it by its code, the admin revokes it and the verification page says so.
 *
 * The trainee is registered for this file: the demo trainee is used by other spec files at
 * the same time, and finishing the course (every lesson, quiz, the post-test and four graded
 * role-plays) is done through the API, the instructor reading quiz keys and grading role-plays.
 * The steps share the trainee and the certificate, so they run in order.
 */
describe('CE credit and certificates', () => {
  let browser: Browser;
  let context: BrowserContext | undefined;
  let page: Page;
  let trainee: ApiUser;
  let courseId = '';
  let code = '';

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
  });

  afterEach(async () => {
    await context?.close();
    context = undefined;
  });

  async function open(viewport = DESKTOP): Promise<Page> {
    await context?.close();
    context = await newContext(browser, viewport);
    page = await context.newPage();
    return page;
  }

  /** Axe reads colours mid-transition (a message fading in), so let finite animations end first. */
  async function expectAccessible(): Promise<void> {
    await page.waitForFunction(() =>
      document
        .getAnimations()
        .every(
          (a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity,
        ),
    );
    expect(await seriousA11yProblems(page)).toEqual([]);
  }

  function region(name: string): Locator {
    return page.getByRole('region', { name, exact: true });
  }

  it('prepares a trainee who completed the demo course, through the API', async () => {
    trainee = await registerTrainee('Morgan Ellis');
    const prepared = await completeDemoCourse(trainee, await instructorToken());
    courseId = prepared.courseId;
    expect(prepared.outline.percentComplete).toBe(100);
    const eligibility = await eligibilityOf(trainee.token, courseId);
    expect(eligibility.eligible).toBe(false);
    expect(eligibility.missing).toEqual([
      'Submit the course evaluation',
      'Attest to your participation and claim your credit',
    ]);
  }, 180_000);

  it('the trainee evaluates the course, attests and claims credit', async () => {
    await open();
    await signIn(page, trainee.email, trainee.password);
    await page.waitForURL('**/my-courses');
    await page.goto(`/courses/${courseId}/credit`);
    expect(await h1Text(page)).toBe('Complete your course');
    await page.getByText(DEMO_COURSE, { exact: true }).first().waitFor();
    const steps = page.getByTestId('step');
    await steps.nth(0).getByText('Done', { exact: true }).waitFor();
    await steps
      .nth(0)
      .getByText('Every required module, quiz and role-play is complete.')
      .waitFor();
    await expectAccessible();

    // The evaluation: a rating for every rating question, text where asked
    const questions = page.getByTestId('evaluation-question');
    const count = await questions.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      const question = questions.nth(i);
      if ((await question.getByRole('radio').count()) > 0) {
        await question.getByRole('radio', { name: '4 Agree', exact: true }).check();
      } else {
        await question
          .getByRole('textbox')
          .fill('I will screen for hypertension and plan integration sessions more carefully.');
      }
    }
    await page.getByRole('button', { name: 'Submit evaluation' }).click();
    await page
      .getByTestId('evaluation-submitted')
      .filter({ hasText: /Submitted on \w{3} \d{1,2}, \d{4}/ })
      .waitFor();

    // The claim: one credit type, the designation by default, beside the time recorded
    const claim = region('Step 3: Attestation and claim');
    // Lessons completed through the API a moment ago: the server credits little or no time.
    await claim
      .getByText(/^Time recorded in this course: (\d+ h|\d+ h \d+ min|\d+ min)$/)
      .waitFor();
    await claim.getByRole('radio', { name: /^APA CE credits — up to [\d.]+$/ }).check();
    const credits = claim.getByRole('spinbutton', { name: 'Credits claimed' });
    // The bound and the default follow the chosen type once the page has re-rendered.
    await page.waitForFunction(
      (input) =>
        input instanceof HTMLInputElement &&
        Number(input.max) > 0 &&
        Number(input.value) === Number(input.max),
      await credits.elementHandle(),
    );
    const max = Number(await credits.getAttribute('max'));
    expect(max).toBeGreaterThan(0);
    expect(Number(await credits.inputValue())).toBe(max);
    await claim
      .getByRole('checkbox', {
        name: 'I attest that the credit I claim is commensurate with the extent of my participation in the activity.',
      })
      .check();
    await expectAccessible();
    await screenshotWholePage(page, 'credit-claim');
    await claim.getByRole('button', { name: 'Attest and claim credit' }).click();
    await page
      .getByTestId('eligible')
      .getByText('Eligible — your CE administrator will issue your certificate.')
      .waitFor();
    expect(await page.getByTestId('claim-summary').innerText()).toMatch(
      /^You claimed [\d.]+ APA CE credits and attested on /,
    );
    await expectAccessible();
  });

  it('the admin issues the certificate from /admin/certificates', async () => {
    await open();
    await signIn(page, ADMIN_EMAIL);
    await page.waitForURL('**/admin/users');
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Certificates' })
      .click();
    await page.waitForURL('**/admin/certificates');
    expect(await h1Text(page)).toBe('Certificates');

    const panel = region('Issue a certificate');
    const issue = panel.getByRole('button', { name: 'Issue certificate' });
    expect(await issue.isDisabled()).toBe(true);
    await panel.getByRole('combobox', { name: 'Course' }).click();
    await page.getByRole('option', { name: DEMO_COURSE, exact: true }).click();
    await panel.getByRole('combobox', { name: 'Trainee' }).fill(trainee.email);
    await page.getByRole('option', { name: new RegExp(`Morgan Ellis ${trainee.email}`) }).click();
    await panel.getByText('Morgan Ellis is eligible.').waitFor();
    await issue.click();
    const notice = page.getByTestId('notice');
    await notice.getByText(/^Certificate \S+ issued to Morgan Ellis/).waitFor();
    code = (/^Certificate (\S+) issued/.exec(await notice.innerText()) ?? [])[1] ?? '';
    expect(code).not.toBe('');
    await panel.getByText('Morgan Ellis holds an active certificate for this course.').waitFor();
    expect(await issue.isDisabled()).toBe(true);

    const row = page.getByTestId('certificate-row').filter({ hasText: code });
    await row.getByText('Active', { exact: true }).waitFor();
    await expectAccessible();
    await screenshotWholePage(page, 'admin-certificates');
  });

  it('the trainee downloads the certificate as a PDF', async () => {
    await open();
    await signIn(page, trainee.email, trainee.password);
    await page.waitForURL('**/my-courses');
    await page.goto(`/courses/${courseId}/credit`);
    const certificateStep = page.getByTestId('certificate-step');
    await certificateStep.getByText(`Verification code: ${code}`).waitFor();
    await page.getByTestId('step').nth(3).getByText('Issued', { exact: true }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      certificateStep.getByRole('button', { name: 'Download PDF' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`certificate-${code}.pdf`);
    const pdf = await downloadedBytes(download);
    expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
    expect(renderPdfScreenshot(pdf, 'certificate')).toBe(true);

    // The transcript lists it, with its status in words
    await page.goto('/transcript');
    expect(await h1Text(page)).toBe('My certificates and transcript');
    const row = page.getByTestId('certificate-row').filter({ hasText: code });
    await row.getByText('Active', { exact: true }).waitFor();
    await expectAccessible();
  });

  it('anyone verifies it by its code on a phone, without signing in', async () => {
    await open(PHONE);
    await page.goto(`/verify/${code}`);
    await page.getByTestId('verdict').waitFor();
    expect(await h1Text(page)).toBe('Valid certificate');
    await page.getByTestId('holder').filter({ hasText: 'Morgan Ellis' }).waitFor();
    await page.getByText(DEMO_COURSE, { exact: true }).waitFor();
    expect(await page.getByRole('button', { name: 'Sign out' }).count()).toBe(0);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await expectAccessible();
    await screenshot(page, 'verify-valid');

    await page.goto('/verify/NO-SUCH-CODE');
    await page.getByTestId('verdict').waitFor();
    expect(await h1Text(page)).toBe('No certificate has this code');
    await expectAccessible();
  });

  it('the admin revokes it with a reason, and the verification page says "Revoked"', async () => {
    await open();
    await signIn(page, ADMIN_EMAIL);
    await page.waitForURL('**/admin/users');
    await page.goto('/admin/certificates');
    await page.getByRole('searchbox', { name: 'Search name or code' }).fill(code);
    const row = page.getByTestId('certificate-row').filter({ hasText: code });
    await row.getByRole('button', { name: `Revoke ${code}` }).click();
    const dialog = page.getByRole('dialog', { name: `Revoke certificate ${code}?` });
    await dialogSettled(page);
    await dialog.getByRole('button', { name: 'Revoke certificate' }).click();
    await dialog.getByText('Give the reason.').waitFor();
    await expectAccessible();
    await dialog
      .getByRole('textbox', { name: 'Reason' })
      .fill('The attestation was made on behalf of the trainee by a colleague.');
    await dialog.getByRole('button', { name: 'Revoke certificate' }).click();
    await dialog.waitFor({ state: 'detached' });
    await row.getByText('Revoked', { exact: true }).waitFor();
    await row.getByText(/The attestation was made on behalf/).waitFor();
    await page
      .getByTestId('notice')
      .getByText(`Certificate ${code} of Morgan Ellis revoked.`)
      .waitFor();

    await open(PHONE);
    await page.goto(`/verify/${code}`);
    await page.getByTestId('verdict').waitFor();
    expect(await h1Text(page)).toMatch(/^Revoked on [A-Z][a-z]{2} \d{1,2}, \d{4}$/);
    await page.getByText('This certificate is not valid. The provider revoked it.').waitFor();
    expect(await page.getByText('Valid certificate').count()).toBe(0);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await expectAccessible();
    await screenshot(page, 'verify-revoked');
  });
});
