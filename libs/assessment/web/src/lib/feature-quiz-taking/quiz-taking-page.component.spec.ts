import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { Router } from '@angular/router';
import { of } from 'rxjs';
import {
  attemptResponse,
  courseOutline,
  quizResponse,
  submitResponse,
} from '../testing/assessment-fixtures';
import { buttonNamed, configurePages, openPage, settle, text } from '../testing/page-harness';

describe('QuizTakingPageComponent', () => {
  const api = {
    getAttempt: jest.fn(),
    getQuiz: jest.fn(),
    saveAnswer: jest.fn(),
    submitAttempt: jest.fn(),
  };
  const url = '/courses/c1/quizzes/q1/attempts/a1';

  beforeEach(() => {
    api.getAttempt.mockReturnValue(of(attemptResponse()));
    api.getQuiz.mockReturnValue(of(quizResponse()));
    api.saveAnswer.mockReturnValue(of(undefined));
    api.submitAttempt.mockReturnValue(of(submitResponse()));
    // jsdom has no layout: the dialog's initial focus target counts as not focusable.
    jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    configurePages(api, { getCourse: jest.fn(() => of(courseOutline())) });
  });

  afterEach(() => {
    TestBed.inject(MatDialog).closeAll();
    TestBed.resetTestingModule();
    jest.restoreAllMocks();
    jest.clearAllMocks();
  });

  it('shows every question as a fieldset: radios for single and true/false, checkboxes for multiple', async () => {
    const { root } = await openPage(url);
    expect(root.querySelectorAll('h1')).toHaveLength(1);
    expect(text(root.querySelector('h1'))).toBe('Check your understanding: Pharmacology');
    expect(text(root)).toContain('You need 75% to pass.');
    const fieldsets = Array.from(root.querySelectorAll('fieldset'));
    expect(fieldsets).toHaveLength(3);
    expect(text(fieldsets[0]?.querySelector('legend'))).toContain('Question 1 of 3');
    expect(text(fieldsets[0]?.querySelector('legend'))).toContain('Prompt x1');
    expect(fieldsets[0]?.querySelectorAll('input[type="radio"]')).toHaveLength(2);
    expect(fieldsets[1]?.querySelectorAll('input[type="checkbox"]')).toHaveLength(2);
    expect(text(fieldsets[1]?.querySelector('legend'))).toContain('Select all that apply.');
    expect(fieldsets[2]?.querySelectorAll('input[type="radio"]')).toHaveLength(2);
    expect(root.querySelector('[role="timer"]')).toBeNull();
  });

  it('autosaves a choice and says “All answers saved” in a polite status', async () => {
    const { harness, root } = await openPage(url);
    root
      .querySelectorAll<HTMLInputElement>('fieldset')[1]
      ?.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')[1]
      ?.click();
    await harness.fixture.whenStable();
    expect(api.saveAnswer).toHaveBeenCalledWith('a1', 'x2', ['x2-b']);
    const status = root.querySelector('[data-testid="save-status"]');
    expect(status?.getAttribute('role')).toBe('status');
    expect(text(status)).toBe('All answers saved');
    expect(text(root)).toContain('1 of 3 answered');
  });

  it('lists unanswered questions in the review, confirms, submits and shows the results', async () => {
    const { harness, root } = await openPage(url);
    root.querySelector<HTMLInputElement>('fieldset input[type="radio"]')?.click();
    await harness.fixture.whenStable();
    buttonNamed(root, 'Review answers').click();
    await harness.fixture.whenStable();
    expect(text(root.querySelector('#review-heading'))).toBe('Review your answers');
    expect(text(root)).toContain('You answered 1 of 3 questions.');
    const unanswered = Array.from(root.querySelectorAll('.review__list button')).map(text);
    expect(unanswered).toEqual(['Question 2: Prompt x2', 'Question 3: Prompt x3']);

    // The results page then reads the graded attempt.
    api.getAttempt.mockReturnValue(of(attemptResponse({ status: 'submitted', score: 33.33 })));
    buttonNamed(root, 'Submit answers').click();
    await harness.fixture.whenStable();
    expect(text(document.querySelector('mat-dialog-container h2'))).toBe(
      'Submit with 2 questions unanswered?',
    );
    buttonNamed(document.querySelector('mat-dialog-container')!, 'Submit answers').click();
    const router: Router = TestBed.inject(Router);
    await settle(harness, () => router.url.endsWith('/results'));
    expect(api.submitAttempt).toHaveBeenCalledWith(
      'a1',
      { answers: [{ questionId: 'x1', optionIds: ['x1-a'] }] },
      expect.any(String),
    );
    expect(TestBed.inject(Router).url).toBe('/courses/c1/quizzes/q1/attempts/a1/results');
  });

  it('shows a countdown that is not a live region, and a separate polite announcer', async () => {
    api.getAttempt.mockReturnValue(
      of(attemptResponse({ expiresAt: new Date(Date.now() + 40 * 60_000).toISOString() })),
    );
    const { root } = await openPage(url);
    const timer = root.querySelector('[role="timer"]');
    expect(timer?.getAttribute('aria-live')).toBe('off');
    expect(timer?.getAttribute('aria-label')).toMatch(
      /^Time left: (40 minutes|39 minutes 59 seconds)$/,
    );
    expect(text(timer?.querySelector('.timer__clock'))).toMatch(/^(40:00|39:59)$/);
    const announcer = root.querySelector('[data-testid="time-announcer"]');
    expect(announcer?.getAttribute('aria-live')).toBe('polite');
    expect(text(announcer)).toBe('');
  });

  it('goes straight to the results of an attempt already submitted', async () => {
    api.getAttempt.mockReturnValue(of(attemptResponse({ status: 'submitted' })));
    await openPage(url);
    expect(TestBed.inject(Router).url).toBe('/courses/c1/quizzes/q1/attempts/a1/results');
  });
});
