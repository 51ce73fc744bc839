import { TestBed } from '@angular/core/testing';
import { CurriculumApi } from '@lms/curriculum/web';
import { of } from 'rxjs';
import { courseOutline, failWith, quizResponse } from '../testing/assessment-fixtures';
import { AssessmentApi } from './assessment.api';
import { QuizIntroStore } from './quiz-intro.store';

describe('QuizIntroStore', () => {
  const api = { getQuiz: jest.fn(), startAttempt: jest.fn() };
  const curriculum = { getCourse: jest.fn() };
  let store: QuizIntroStore;

  beforeEach(() => {
    api.getQuiz.mockReturnValue(of(quizResponse()));
    api.startAttempt.mockReturnValue(of({ id: 'a2' }));
    curriculum.getCourse.mockReturnValue(of(courseOutline()));
    TestBed.configureTestingModule({
      providers: [
        QuizIntroStore,
        { provide: AssessmentApi, useValue: api },
        { provide: CurriculumApi, useValue: curriculum },
      ],
    });
    store = TestBed.inject(QuizIntroStore);
  });

  afterEach(() => {
    jest.clearAllMocks();
  });

  it('loads the quiz with its course, ready to start', async () => {
    await store.load('c1', 'q1');
    expect(store.quiz()?.passingScore).toBe(75);
    expect(store.outline()?.title).toBe('Foundations of Ketamine-Assisted Psychotherapy');
    expect(store.isTrainee()).toBe(true);
    expect(store.canStart()).toBe(true);
  });

  it('starts a new attempt and resolves its id', async () => {
    await store.load('c1', 'q1');
    await expect(store.start()).resolves.toBe('a2');
    expect(api.startAttempt).toHaveBeenCalledWith('q1');
  });

  it('resumes the open attempt even with no attempts left', async () => {
    api.getQuiz.mockReturnValue(of(quizResponse({ attemptsLeft: 0, openAttemptId: 'a3' })));
    api.startAttempt.mockReturnValue(of({ id: 'a3' }));
    await store.load('c1', 'q1');
    expect(store.canStart()).toBe(true);
    expect(store.outOfAttempts()).toBe(false);
    await expect(store.start()).resolves.toBe('a3');
  });

  it('explains a refusal and shows the quiz as it is now', async () => {
    await store.load('c1', 'q1');
    api.startAttempt.mockReturnValue(failWith(409, 'ATTEMPT_LIMIT_REACHED'));
    api.getQuiz.mockReturnValue(of(quizResponse({ attemptsLeft: 0, attemptsUsed: 3 })));
    await expect(store.start()).resolves.toBeNull();
    expect(store.errors()).toEqual(['You have used every attempt this quiz allows.']);
    expect(store.outOfAttempts()).toBe(true);
    expect(store.canStart()).toBe(false);
  });

  it.each([
    [{ passed: true }, 'passed'],
    [{ locked: true }, 'locked'],
  ])('does not offer to start a quiz that is %p', async (changes) => {
    api.getQuiz.mockReturnValue(of(quizResponse(changes)));
    await store.load('c1', 'q1');
    expect(store.canStart()).toBe(false);
  });

  it('treats staff (who get the key) as a preview', async () => {
    api.getQuiz.mockReturnValue(of(quizResponse({ questions: [] })));
    curriculum.getCourse.mockReturnValue(of(courseOutline({ enrolled: false, canEdit: true })));
    await store.load('c1', 'q1');
    expect(store.isTrainee()).toBe(false);
    expect(store.canStart()).toBe(false);
  });

  it.each([
    [403, 'NOT_ENROLLED', 'not-enrolled'],
    [404, 'QUIZ_NOT_FOUND', 'not-found'],
  ])('explains why a quiz cannot open (%i %s)', async (status, code, blocked) => {
    api.getQuiz.mockReturnValue(failWith(status, code));
    await store.load('c1', 'q1');
    expect(store.quiz()).toBeNull();
    expect(store.blocked()).toBe(blocked);
    expect(store.errors()).toEqual([]);
  });
});
