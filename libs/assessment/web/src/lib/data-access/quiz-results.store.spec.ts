import { TestBed } from '@angular/core/testing';
import { CurriculumApi } from '@lms/curriculum/web';
import { of } from 'rxjs';
import {
  attemptResponse,
  courseOutline,
  failWith,
  quizResponse,
} from '../testing/assessment-fixtures';
import { AssessmentApi } from './assessment.api';
import { QuizResultsStore } from './quiz-results.store';

const graded = attemptResponse({
  status: 'submitted',
  score: 33.33,
  passed: false,
  answers: { x1: ['x1-a'], x2: ['x2-a'] },
  results: [
    {
      questionId: 'x1',
      correct: true,
      earned: 1,
      possible: 1,
      selectedOptionIds: ['x1-a'],
      correctOptionIds: ['x1-a'],
      rationale: 'Because.',
      feedback: [],
    },
    {
      questionId: 'x2',
      correct: false,
      earned: 0,
      possible: 1,
      selectedOptionIds: ['x2-a'],
      correctOptionIds: ['x2-a', 'x2-b'],
      rationale: null,
      feedback: [],
    },
  ],
});

describe('QuizResultsStore', () => {
  const api = { getAttempt: jest.fn(), getQuiz: jest.fn(), startAttempt: jest.fn() };
  const curriculum = { getCourse: jest.fn() };
  let store: QuizResultsStore;

  beforeEach(() => {
    api.getAttempt.mockReturnValue(of(graded));
    api.getQuiz.mockReturnValue(of(quizResponse()));
    api.startAttempt.mockReturnValue(of({ id: 'a2' }));
    curriculum.getCourse.mockReturnValue(of(courseOutline()));
    TestBed.configureTestingModule({
      providers: [
        QuizResultsStore,
        { provide: AssessmentApi, useValue: api },
        { provide: CurriculumApi, useValue: curriculum },
      ],
    });
    store = TestBed.inject(QuizResultsStore);
  });

  afterEach(() => {
    jest.clearAllMocks();
  });

  it('pairs every question with its result, unanswered ones included', async () => {
    await store.load('c1', 'q1', 'a1');
    expect(store.reviewed().map((r) => [r.question.id, r.result?.correct ?? null])).toEqual([
      ['x1', true],
      ['x2', false],
      ['x3', null],
    ]);
    expect(store.correctCount()).toBe(1);
  });

  it('offers another attempt when not passed and attempts are left', async () => {
    await store.load('c1', 'q1', 'a1');
    expect(store.canRetry()).toBe(true);
    await expect(store.retry()).resolves.toBe('a2');
  });

  it('offers no retry once passed, and continues to the next item (not this quiz)', async () => {
    api.getQuiz.mockReturnValue(of(quizResponse({ passed: true })));
    await store.load('c1', 'q1', 'a1');
    expect(store.canRetry()).toBe(false);
    expect(store.nextItem()).toBeNull();
    curriculum.getCourse.mockReturnValue(
      of(courseOutline({ nextItem: { kind: 'lesson', id: 'l9', title: 'Next', moduleId: 'm2' } })),
    );
    await store.load('c1', 'q1', 'a1');
    expect(store.nextItem()?.id).toBe('l9');
  });

  it('sees an attempt still open (the page returns to it)', async () => {
    api.getAttempt.mockReturnValue(of(attemptResponse()));
    await store.load('c1', 'q1', 'a1');
    expect(store.stillOpen()).toBe(true);
  });

  it('shows why the next attempt cannot start', async () => {
    await store.load('c1', 'q1', 'a1');
    api.startAttempt.mockReturnValue(failWith(409, 'ALREADY_PASSED'));
    await expect(store.retry()).resolves.toBeNull();
    expect(store.errors()).toEqual(['You have already passed this quiz.']);
  });
});
