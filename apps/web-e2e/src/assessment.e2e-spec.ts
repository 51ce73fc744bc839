import type { AttemptStartResponse, CourseOutline } from '@lms/shared/contracts';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
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
  dialogSettled,
  horizontalOverflow,
  registerTrainee,
  screenshotWholePage,
} from './support/curriculum';
import {
  INSTRUCTOR_EMAIL,
  SCREENING_QUESTIONS,
  answerAll,
  instructorToken,
  publishedCourseWithQuiz,
  quizKey,
  submitQuizViaApi,
} from './support/assessment';

const LOCKED = 'Locked — complete the previous module to unlock';
const UUID = '[0-9a-f-]{36}';

describe('quizzes', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let token: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    token = await instructorToken();
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

  /** From the review step: submit, confirming when questions are unanswered. */
  async function reviewAndSubmit(): Promise<void> {
    await page.getByRole('button', { name: 'Review answers' }).click();
    await page.getByRole('heading', { name: 'Review your answers' }).waitFor();
    await page.getByRole('button', { name: 'Submit answers' }).click();
    await page.waitForURL(new RegExp(`/attempts/${UUID}/results$`));
    await page.getByTestId('quiz-score').waitFor();
  }

  it('a trainee fails module 1’s quiz, reads the rationales, retakes it, passes and unlocks module 2', async () => {
    const trainee = await registerTrainee('Quinn Quiz');
    const course = await courseByTitle(trainee.token, DEMO_COURSE);
    await signIn(page, trainee.email, trainee.password);
    await page.waitForURL('**/my-courses');

    // Enroll from the outline: module 1 lists its quiz, module 2 is locked
    await page.goto(`/courses/${course.id}`);
    await page.getByRole('button', { name: 'Enroll' }).click();
    const modules = page.getByTestId('outline-module');
    await page.getByRole('link', { name: 'Start' }).waitFor();
    await modules.nth(1).getByText(LOCKED).waitFor();
    const module1Title = (await modules.nth(0).getByRole('heading').innerText()).trim();
    const quizTitle = `Check your understanding: ${module1Title}`;
    const quizItem = modules.nth(0).getByTestId('outline-quiz');
    await quizItem.getByRole('link', { name: quizTitle }).waitFor();
    expect((await quizItem.innerText()).replace(/\s+/g, ' ')).toContain('Quiz');

    // Read module 1: "Mark complete and continue" on its last lesson opens the quiz
    await page.getByRole('link', { name: 'Start' }).click();
    await page.waitForURL('**/lessons/**');
    while (!page.url().includes('/quizzes/')) {
      const before = page.url();
      await page.getByRole('button', { name: 'Mark complete and continue' }).click();
      await page.waitForURL((url) => url.toString() !== before);
    }

    // The intro announces the pass mark before starting
    await page.waitForURL(new RegExp(`/courses/${course.id}/quizzes/${UUID}$`));
    const quizId = page.url().split('/').pop() ?? '';
    expect(await h1Text(page)).toBe(quizTitle);
    await page.getByTestId('pass-mark').getByText('You need 75% to pass.').waitFor();
    expect(await page.getByTestId('attempts-left').innerText()).toBe('3 of 3 attempts left');
    await page.getByText('5 questions, drawn at random from 7').waitFor();
    expect(await seriousA11yProblems(page)).toEqual([]);
    await screenshotWholePage(page, 'quiz-intro');

    const key = await quizKey(token, quizId);
    expect(key).toHaveLength(7);

    // Attempt 1: wrong on purpose
    await page.getByRole('button', { name: 'Start quiz' }).click();
    await page.waitForURL(new RegExp(`/quizzes/${quizId}/attempts/${UUID}$`));
    expect(await h1Text(page)).toBe(quizTitle);
    expect(await page.locator('lms-question-field fieldset').count()).toBe(5);
    await answerAll(page, key, false);
    await page.getByTestId('save-status').getByText('All answers saved').waitFor();
    await page.getByText('5 of 5 answered').waitFor();
    await reviewAndSubmit();

    // Results: not passed, with the correct answers and the rationales
    const score = page.getByTestId('quiz-score');
    await score.getByText('Not passed').waitFor();
    await score.getByText('You need 75% to pass.').waitFor();
    expect(await score.getByText('0%', { exact: true }).count()).toBe(1);
    expect(await page.locator('lms-question-review').count()).toBe(5);
    expect(await page.locator('.review__rationale').count()).toBe(5);
    expect(await page.getByText('Your answer', { exact: true }).count()).toBe(5);
    expect(await page.getByText('Correct answer', { exact: true }).count()).toBeGreaterThanOrEqual(
      5,
    );
    expect(await page.getByTestId('attempts-left').innerText()).toBe('2 of 3 attempts left');
    expect(await seriousA11yProblems(page)).toEqual([]);
    await screenshotWholePage(page, 'quiz-results');

    // Attempt 2: with the key
    const firstResults = page.url();
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.waitForURL(new RegExp(`/quizzes/${quizId}/attempts/${UUID}$`));
    expect(firstResults).not.toContain(page.url());
    await answerAll(page, key, true);
    await page.getByTestId('save-status').getByText('All answers saved').waitFor();
    await reviewAndSubmit();
    await score.getByText('Passed', { exact: true }).waitFor();
    await score.getByText('100%', { exact: true }).waitFor();
    expect(await page.getByRole('button', { name: 'Try again' }).count()).toBe(0);
    await page.getByRole('link', { name: /^Continue: / }).waitFor();

    // The outline: module 1 complete, its quiz passed, module 2 open
    await page.getByRole('link', { name: 'Back to course' }).click();
    await page.waitForURL(`**/courses/${course.id}`);
    await modules.first().getByText('Module complete').waitFor();
    await quizItem.getByText('Passed').waitFor();
    expect(await modules.nth(1).getByText(LOCKED).count()).toBe(0);
    expect(await modules.nth(1).getByRole('link').count()).toBeGreaterThan(0);
    await modules.nth(2).getByText(LOCKED).waitFor();
  });

  it('an instructor reviews the quiz, previews it as a trainee and reads its statistics', async () => {
    const course = await courseByTitle(token, DEMO_COURSE);
    const outline = await callApi<CourseOutline>(token, 'GET', `/api/courses/${course.id}`);
    const quiz = outline.modules[0]?.quizzes[0];
    if (!quiz) throw new Error('module 1 has no quiz');
    // Submitted attempts to analyse, whichever spec ran before: one passes, two fail
    const key = await quizKey(token, quiz.id);
    for (const right of [true, false, false]) {
      const trainee = await registerTrainee('Stat Sample');
      await callApi(trainee.token, 'POST', `/api/courses/${course.id}/enrollments`);
      await submitQuizViaApi(trainee.token, key, quiz.id, right);
    }

    await signIn(page, INSTRUCTOR_EMAIL);
    await page.waitForURL('**/authoring');
    await page.goto(`/authoring/courses/${course.id}`);
    const editorQuiz = page.getByTestId('editor-module').first().getByTestId('editor-quiz');
    await editorQuiz.getByRole('link', { name: quiz.title, exact: true }).click();

    // Quiz editor: settings, questions with their key and tags, a tag filter
    await page.waitForURL(`**/authoring/quizzes/${quiz.id}`);
    expect(await h1Text(page)).toBe(quiz.title);
    await page.getByRole('heading', { name: 'Questions (7)' }).waitFor();
    expect(await page.getByTestId('editor-question').count()).toBe(7);
    const filter = page.getByRole('listbox', { name: 'Filter questions by tag' });
    const firstTag = filter.getByRole('option').nth(1);
    const tag = (await firstTag.innerText()).trim();
    await firstTag.click();
    const note = page.getByRole('status').filter({ hasText: 'questions tagged' });
    expect((await note.innerText()).replace(/\s+/g, ' ').trim()).toMatch(
      new RegExp(`^Showing \\d of 7 questions tagged “${tag}”\\.$`),
    );
    const shown = await page.getByTestId('editor-question').count();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(7);
    await filter.getByRole('option', { name: 'All tags' }).click();
    await page.getByTestId('editor-question').nth(6).waitFor();
    expect(await seriousA11yProblems(page)).toEqual([]);
    await screenshotWholePage(page, 'quiz-editor');

    // Preview as trainee: the questions without the key
    await page.getByRole('button', { name: 'Preview as trainee' }).click();
    await page.getByRole('heading', { name: 'Preview as trainee' }).waitFor();
    expect(await page.locator('lms-question-field fieldset').count()).toBe(7);
    expect(await page.getByText('Rationale:').count()).toBe(0);
    expect(await page.getByText('Correct', { exact: true }).count()).toBe(0);
    await page.getByRole('button', { name: 'Back to editing' }).click();

    // Statistics of the attempts trainees submitted
    await page.getByRole('link', { name: 'Statistics' }).click();
    await page.waitForURL(`**/authoring/quizzes/${quiz.id}/statistics`);
    expect(await h1Text(page)).toBe(quiz.title);
    const attempts = Number(await page.getByTestId('stat-attempts').innerText());
    expect(attempts).toBeGreaterThanOrEqual(3);
    expect(await page.locator('canvas[role="img"]').count()).toBe(2);
    expect(await page.getByTestId('stat-question').count()).toBe(7);
    await page.getByText('Score distribution as a table').click();
    await page.getByRole('table', { name: 'Attempts per score band' }).waitFor();
    expect(await seriousA11yProblems(page)).toEqual([]);
    await screenshotWholePage(page, 'quiz-statistics');
  });

  it('a timed quiz shows a countdown, autosaves and confirms before submitting with questions unanswered', async () => {
    const { courseId, quizId } = await publishedCourseWithQuiz(token, {
      title: `Timed screening ${Date.now().toString(36)}`,
      quiz: 'Screening check',
      timeLimitMinutes: 10,
      questions: SCREENING_QUESTIONS,
    });
    const trainee = await registerTrainee('Tam Timer');
    await callApi(trainee.token, 'POST', `/api/courses/${courseId}/enrollments`);
    await signIn(page, trainee.email, trainee.password);
    await page.waitForURL('**/my-courses');

    await page.goto(`/courses/${courseId}/quizzes/${quizId}`);
    expect(await h1Text(page)).toBe('Screening check');
    await page.getByText('10 minutes', { exact: true }).waitFor();
    await page.getByText('When time runs out, the answers you have saved are submitted').waitFor();
    await page.getByRole('button', { name: 'Start quiz' }).click();
    await page.waitForURL(new RegExp(`/attempts/${UUID}$`));

    const timer = page.getByRole('timer');
    await timer.waitFor();
    expect(await timer.getAttribute('aria-live')).toBe('off');
    expect(await timer.innerText()).toMatch(/(10:00|9:\d\d)/);
    expect(await page.getByTestId('time-announcer').getAttribute('aria-live')).toBe('polite');
    await page
      .locator('lms-question-field fieldset')
      .first()
      .getByRole('radio', { name: 'Uncontrolled hypertension' })
      .check();
    await page.getByTestId('save-status').getByText('All answers saved').waitFor();
    await page.getByText('Select all that apply.').waitFor();
    expect(await seriousA11yProblems(page)).toEqual([]);
    await screenshotWholePage(page, 'quiz-taking');

    // The same attempt on a phone: resumed with the saved answer, nothing wider than the screen
    const phone = await context.newPage();
    await phone.setViewportSize(PHONE);
    await phone.goto(page.url());
    await phone.getByRole('timer').waitFor();
    expect(await phone.getByRole('radio', { name: 'Uncontrolled hypertension' }).isChecked()).toBe(
      true,
    );
    expect(await horizontalOverflow(phone)).toBeLessThanOrEqual(0);
    await phone.close();

    // Review lists the unanswered questions; submitting asks first
    await page.getByRole('button', { name: 'Review answers' }).click();
    await page.getByText('You answered 1 of 3 questions.').waitFor();
    await page.getByRole('button', { name: /^Question 2: / }).waitFor();
    await page.getByRole('button', { name: 'Submit answers' }).click();
    const confirm = dialog('Submit with 2 questions unanswered?');
    await confirm.getByText('Unanswered questions earn no points.').waitFor();
    await dialogSettled(page);
    expect(await seriousA11yProblems(page)).toEqual([]);
    await confirm.getByRole('button', { name: 'Submit answers' }).click();
    await page.waitForURL(new RegExp(`/attempts/${UUID}/results$`));
    await page.getByTestId('quiz-score').getByText('Not passed').waitFor();
    await page.getByText('You did not answer this question.').first().waitFor();
  });

  it('an instructor adds a quiz and a question, corrects a key and regrades past attempts', async () => {
    const { courseId, quizId } = await publishedCourseWithQuiz(token, {
      title: `Regrade practice ${Date.now().toString(36)}`,
      quiz: 'Screening check',
      questions: SCREENING_QUESTIONS,
    });
    // A trainee answers question 1 with an option the key will later accept as well
    const trainee = await registerTrainee('Riley Regrade');
    await callApi(trainee.token, 'POST', `/api/courses/${courseId}/enrollments`);
    const attempt = await callApi<AttemptStartResponse>(
      trainee.token,
      'POST',
      `/api/quizzes/${quizId}/attempts`,
    );
    const allergy = attempt.questions[0]?.options.find((o) => o.text === 'Mild seasonal allergies');
    await callApi(trainee.token, 'POST', `/api/attempts/${attempt.id}/submit`, {
      answers: [{ questionId: attempt.questions[0]?.id, optionIds: [allergy?.id] }],
    });

    await signIn(page, INSTRUCTOR_EMAIL);
    await page.waitForURL('**/authoring');
    await page.goto(`/authoring/courses/${courseId}`);
    expect(await h1Text(page)).toContain('Regrade practice');

    // Add quiz: default pass mark 75, APA's advice for a post-test
    await page.getByRole('button', { name: 'Add a quiz to Medical screening' }).click();
    const add = dialog('Add a quiz');
    expect(await add.getByLabel('Pass mark (%)').inputValue()).toBe('75');
    await add.getByLabel('Quiz title').fill('Course post-test');
    await add.getByRole('checkbox', { name: /course post-test/ }).check();
    await add
      .getByText('APA recommends 6–8 questions per credit hour and a pass mark of at least 75%.')
      .waitFor();
    await add.getByLabel('Time limit in minutes (optional)').fill('30');
    await add.getByRole('button', { name: 'Add quiz' }).click();
    await add.waitFor({ state: 'detached' });
    // The course was published: the quiz went into the draft of version 2
    await page.getByText('Version 2 is now a draft').waitFor();
    const quizzes = page.getByTestId('editor-quiz');
    await quizzes.getByRole('link', { name: 'Course post-test', exact: true }).click();

    // Quiz editor: the first question through the dialog
    await page.waitForURL(new RegExp(`/authoring/quizzes/${UUID}$`));
    expect(await h1Text(page)).toBe('Course post-test');
    await page.getByText('No questions yet').waitFor();
    await page.getByRole('button', { name: 'Add question' }).click();
    const question = dialog('Add a question');
    await question
      .getByLabel('Question', { exact: true })
      .fill('Which receptor does ketamine block?');
    const options = question.getByTestId('option-row');
    for (const [i, text] of ['NMDA', 'GABA-A', '5-HT2A', 'Mu opioid'].entries()) {
      await options
        .nth(i)
        .getByLabel(`Option ${i + 1}`, { exact: true })
        .fill(text);
    }
    await question.getByRole('button', { name: 'Add question' }).click();
    await question.getByText('Mark the one correct option.').waitFor();
    await options.nth(0).getByRole('radio', { name: 'Correct' }).check();
    await options
      .nth(0)
      .getByLabel('Feedback for option 1 (optional)')
      .fill('Yes: an NMDA antagonist.');
    await question
      .getByLabel('Rationale (optional)')
      .fill('Ketamine is an NMDA-receptor antagonist.');
    await question.getByLabel('Tags (optional)').fill('nmda, mechanism');
    await dialogSettled(page);
    expect(await seriousA11yProblems(page)).toEqual([]);
    await question.getByRole('button', { name: 'Add question' }).click();
    await question.waitFor({ state: 'detached' });
    await page.getByRole('heading', { name: 'Questions (1)' }).waitFor();
    await page.getByText('Which receptor does ketamine block?').waitFor();

    // Correct the key of the screening quiz's first question, then regrade
    await page.goto(`/authoring/courses/${courseId}`);
    await quizzes.getByRole('link', { name: 'Screening check', exact: true }).click();
    await page.waitForURL(new RegExp(`/authoring/quizzes/${UUID}$`));
    await page.getByRole('button', { name: 'Edit question 1' }).click();
    const edit = dialog('Edit question');
    await edit.getByText(/applies wherever it is used/).waitFor();
    await edit.getByTestId('option-row').nth(1).getByRole('radio', { name: 'Correct' }).check();
    await edit.getByRole('button', { name: 'Save question' }).click();
    await edit.waitFor({ state: 'detached' });
    const panel = page.getByTestId('regrade-panel');
    await panel.getByRole('heading', { name: 'The answer key changed' }).waitFor();
    await panel.getByRole('button', { name: 'Regrade past attempts' }).click();
    const regrade = dialog('Regrade past attempts?');
    await regrade.getByText(/recorded in the audit trail/).waitFor();
    await regrade.getByRole('button', { name: 'Regrade past attempts' }).click();
    const done = page.getByTestId('regrade-result');
    await done.getByText(/1 past attempt was checked; 1 score changed\./).waitFor();
    await done.getByText('Not passed → Not passed').waitFor();
  });
});
