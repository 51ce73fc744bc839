import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { of } from 'rxjs';
import {
  attemptResponse,
  courseOutline,
  failWith,
  quizResponse,
} from '../testing/assessment-fixtures';
import {
  buttonNamed,
  configurePages,
  linkNamed,
  openPage,
  settle,
  text,
} from '../testing/page-harness';

describe('QuizIntroPageComponent', () => {
  const api = { getQuiz: jest.fn(), startAttempt: jest.fn(), getAttempt: jest.fn() };
  const curriculum = { getCourse: jest.fn() };
  const url = '/courses/c1/quizzes/q1';

  beforeEach(() => {
    api.getQuiz.mockReturnValue(of(quizResponse()));
    api.startAttempt.mockReturnValue(of({ id: 'a2' }));
    api.getAttempt.mockReturnValue(of(attemptResponse({ id: 'a2' })));
    curriculum.getCourse.mockReturnValue(of(courseOutline()));
    configurePages(api, curriculum);
  });

  afterEach(() => {
    TestBed.resetTestingModule();
    jest.clearAllMocks();
  });

  it('announces the pass mark, questions, attempts left and time limit before starting', async () => {
    api.getQuiz.mockReturnValue(of(quizResponse({ timeLimitMinutes: 40 })));
    const { root } = await openPage(url);
    expect(root.querySelectorAll('h1')).toHaveLength(1);
    expect(text(root.querySelector('h1'))).toBe('Check your understanding: Pharmacology');
    expect(text(root.querySelector('[data-testid="pass-mark"]'))).toBe('You need 75% to pass.');
    expect(text(root.querySelector('.facts'))).toContain('5 questions, drawn at random from 7');
    expect(text(root.querySelector('[data-testid="attempts-left"]'))).toBe('2 of 3 attempts left');
    expect(text(root.querySelector('.facts'))).toContain('Time limit40 minutes');
    expect(text(root)).toContain('When time runs out, the answers you have saved are submitted');
    expect(text(root.querySelector('nav'))).toContain(
      'Foundations of Ketamine-Assisted Psychotherapy',
    );
  });

  it('starts an attempt and opens it', async () => {
    const { harness, root } = await openPage(url);
    buttonNamed(root, 'Start quiz').click();
    const router = TestBed.inject(Router);
    await settle(harness, () => router.url !== url);
    expect(api.startAttempt).toHaveBeenCalledWith('q1');
    expect(router.url).toBe('/courses/c1/quizzes/q1/attempts/a2');
  });

  it('offers to resume an open attempt', async () => {
    api.getQuiz.mockReturnValue(of(quizResponse({ openAttemptId: 'a1' })));
    const { root } = await openPage(url);
    expect(buttonNamed(root, 'Resume attempt')).toBeTruthy();
    expect(text(root)).toContain('Your saved answers are kept.');
  });

  it('badges the post-test', async () => {
    api.getQuiz.mockReturnValue(of(quizResponse({ isPostTest: true, title: 'Course post-test' })));
    const { root } = await openPage(url);
    expect(text(root.querySelector('lms-post-test-badge'))).toBe('Post-test');
  });

  it('explains a locked quiz and links back to the outline', async () => {
    api.getQuiz.mockReturnValue(of(quizResponse({ locked: true })));
    const { root } = await openPage(url);
    expect(text(root.querySelector('[data-testid="quiz-locked"]'))).toContain('locked');
    expect(linkNamed(root, 'Back to the course outline')?.getAttribute('href')).toBe('/courses/c1');
    expect(root.querySelector('button.start')).toBeNull();
  });

  it('shows a passed quiz with a way on', async () => {
    api.getQuiz.mockReturnValue(of(quizResponse({ passed: true })));
    curriculum.getCourse.mockReturnValue(
      of(
        courseOutline({
          nextItem: { kind: 'lesson', id: 'l5', title: 'Set and setting', moduleId: 'm2' },
        }),
      ),
    );
    const { root } = await openPage(url);
    expect(text(root.querySelector('[data-testid="quiz-passed"]'))).toBe('You passed this quiz.');
    expect(linkNamed(root, 'Continue: Set and setting')?.getAttribute('href')).toBe(
      '/courses/c1/lessons/l5',
    );
  });

  it('asks a trainee who is not enrolled to enroll', async () => {
    api.getQuiz.mockReturnValue(failWith(403, 'NOT_ENROLLED'));
    const { root } = await openPage(url);
    expect(text(root.querySelector('h1'))).toBe('Enroll to take this quiz');
    expect(linkNamed(root, 'Go to the course outline')?.getAttribute('href')).toBe('/courses/c1');
  });
});
