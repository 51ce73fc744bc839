import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { of } from 'rxjs';
import { attemptResponse, courseOutline, quizResponse } from '../testing/assessment-fixtures';
import {
  buttonNamed,
  configurePages,
  linkNamed,
  openPage,
  settle,
  text,
} from '../testing/page-harness';

const graded = attemptResponse({
  status: 'submitted',
  score: 33.33,
  passed: false,
  late: true,
  results: [
    {
      questionId: 'x1',
      correct: false,
      earned: 0,
      possible: 1,
      selectedOptionIds: ['x1-b'],
      correctOptionIds: ['x1-a'],
      rationale: 'Ketamine blocks the NMDA receptor.',
      feedback: [
        { optionId: 'x1-a', text: 'Correct: the open channel.' },
        { optionId: 'x1-b', text: 'That is how SSRIs work.' },
      ],
    },
    {
      questionId: 'x2',
      correct: true,
      earned: 1,
      possible: 1,
      selectedOptionIds: ['x2-a', 'x2-b'],
      correctOptionIds: ['x2-a', 'x2-b'],
      rationale: null,
      feedback: [],
    },
    {
      questionId: 'x3',
      correct: false,
      earned: 0,
      possible: 1,
      selectedOptionIds: [],
      correctOptionIds: ['x3-t'],
      rationale: null,
      feedback: [],
    },
  ],
});

describe('QuizResultsPageComponent', () => {
  const api = { getAttempt: jest.fn(), getQuiz: jest.fn(), startAttempt: jest.fn() };
  const curriculum = { getCourse: jest.fn() };
  const url = '/courses/c1/quizzes/q1/attempts/a1/results';

  beforeEach(() => {
    api.getAttempt.mockReturnValue(of(graded));
    api.getQuiz.mockReturnValue(of(quizResponse()));
    api.startAttempt.mockReturnValue(of({ id: 'a2' }));
    curriculum.getCourse.mockReturnValue(of(courseOutline()));
    configurePages(api, curriculum);
  });

  afterEach(() => {
    TestBed.resetTestingModule();
    jest.clearAllMocks();
  });

  it('shows the score against the pass mark, and the late flag', async () => {
    const { root } = await openPage(url);
    const score = root.querySelector('[data-testid="quiz-score"]');
    expect(text(score)).toContain('33.33%');
    expect(text(score)).toContain('Not passed');
    expect(text(score)).toContain('You need 75% to pass.');
    expect(text(root.querySelector('[data-testid="late-flag"]'))).toContain('after the time limit');
    expect(text(root.querySelector('[data-testid="attempts-left"]'))).toBe('2 of 3 attempts left');
  });

  it('shows each answer with the correct one, the feedback and the rationale', async () => {
    const { root } = await openPage(url);
    const reviews = Array.from(root.querySelectorAll('lms-question-review'));
    expect(reviews).toHaveLength(3);
    const first = reviews[0];
    expect(text(first.querySelector('.review__outcome'))).toBe('Incorrect');
    const options = Array.from(first.querySelectorAll('li')).map((li) => [
      text(li.querySelector('.option__text')) + text(li.querySelector('.option__tags')),
      text(li.querySelector('.option__feedback')),
    ]);
    expect(options).toEqual([
      ['Option x1-a: Correct answer', 'Correct: the open channel.'],
      ['Option x1-b: Your answer', 'That is how SSRIs work.'],
    ]);
    expect(text(first.querySelector('.review__rationale p'))).toBe(
      'Ketamine blocks the NMDA receptor.',
    );
    expect(text(reviews[1]?.querySelector('.review__outcome'))).toBe('Correct');
    expect(text(reviews[2])).toContain('You did not answer this question.');
  });

  it('starts another attempt with “Try again”', async () => {
    const { harness, root } = await openPage(url);
    api.getAttempt.mockReturnValue(of(attemptResponse({ id: 'a2' })));
    buttonNamed(root, 'Try again').click();
    const router = TestBed.inject(Router);
    await settle(harness, () => router.url !== url);
    expect(router.url).toBe('/courses/c1/quizzes/q1/attempts/a2');
  });

  it('continues to the next item once passed, without “Try again”', async () => {
    api.getAttempt.mockReturnValue(of({ ...graded, passed: true, score: 80, late: false }));
    api.getQuiz.mockReturnValue(of(quizResponse({ passed: true })));
    curriculum.getCourse.mockReturnValue(
      of(
        courseOutline({
          nextItem: { kind: 'lesson', id: 'l5', title: 'Set and setting', moduleId: 'm2' },
        }),
      ),
    );
    const { root } = await openPage(url);
    expect(text(root.querySelector('[data-testid="quiz-score"]'))).toContain('Passed');
    expect(() => buttonNamed(root, 'Try again')).toThrow();
    expect(linkNamed(root, 'Continue: Set and setting')?.getAttribute('href')).toBe(
      '/courses/c1/lessons/l5',
    );
    expect(linkNamed(root, 'Back to course')?.getAttribute('href')).toBe('/courses/c1');
  });
});
