import { TestBed } from '@angular/core/testing';
import { Subject, of } from 'rxjs';
import {
  attemptResponse,
  failWith,
  offline,
  quizResponse,
  submitResponse,
} from '../testing/assessment-fixtures';
import { AssessmentApi } from './assessment.api';
import { QuizTakingStore } from './quiz-taking.store';

describe('QuizTakingStore', () => {
  const api = {
    getAttempt: jest.fn(),
    getQuiz: jest.fn(),
    saveAnswer: jest.fn(),
    submitAttempt: jest.fn(),
  };
  let store: QuizTakingStore;
  let uuid: jest.SpyInstance;

  beforeEach(() => {
    api.getAttempt.mockReturnValue(of(attemptResponse()));
    api.getQuiz.mockReturnValue(of(quizResponse()));
    api.saveAnswer.mockReturnValue(of(undefined));
    api.submitAttempt.mockReturnValue(of(submitResponse()));
    uuid = jest
      .spyOn(crypto, 'randomUUID')
      .mockReturnValueOnce('00000000-0000-4000-8000-000000000001')
      .mockReturnValueOnce('00000000-0000-4000-8000-000000000002');
    TestBed.configureTestingModule({
      providers: [QuizTakingStore, { provide: AssessmentApi, useValue: api }],
    });
    store = TestBed.inject(QuizTakingStore);
  });

  afterEach(() => {
    TestBed.resetTestingModule();
    jest.useRealTimers();
    jest.restoreAllMocks();
    jest.clearAllMocks();
  });

  describe('opening an attempt', () => {
    it('resumes an open attempt with its autosaved answers', async () => {
      api.getAttempt.mockReturnValue(of(attemptResponse({ answers: { x1: ['x1-b'] } })));
      await store.load('q1', 'a1');
      expect(api.getAttempt).toHaveBeenCalledWith('a1');
      expect(store.quiz()?.title).toBe('Check your understanding: Pharmacology');
      expect(store.questions().map((q) => q.id)).toEqual(['x1', 'x2', 'x3']);
      expect(store.answers()['x1']).toEqual(['x1-b']);
      expect(store.answeredCount()).toBe(1);
      expect(store.unanswered().map((q) => q.id)).toEqual(['x2', 'x3']);
      expect(store.done()).toBe(false);
      expect(store.secondsLeft()).toBeNull();
    });

    it('sends a submitted attempt on to its results', async () => {
      api.getAttempt.mockReturnValue(of(attemptResponse({ status: 'submitted', score: 80 })));
      await store.load('q1', 'a1');
      expect(store.done()).toBe(true);
      store.answer('x1', ['x1-a']);
      expect(api.saveAnswer).not.toHaveBeenCalled();
    });

    it.each([
      [404, 'ATTEMPT_NOT_FOUND', 'not-found'],
      [403, 'NOT_YOUR_ATTEMPT', 'not-yours'],
    ])('explains why an attempt cannot open (%i %s)', async (status, code, blocked) => {
      api.getAttempt.mockReturnValue(failWith(status, code));
      await store.load('q1', 'a1');
      expect(store.attempt()).toBeNull();
      expect(store.blocked()).toBe(blocked);
    });
  });

  describe('autosave', () => {
    it('saves each change and says so politely', async () => {
      await store.load('q1', 'a1');
      const saved = new Subject<void>();
      api.saveAnswer.mockReturnValue(saved);
      store.answer('x1', ['x1-a']);
      expect(store.answers()['x1']).toEqual(['x1-a']);
      expect(api.saveAnswer).toHaveBeenCalledWith('a1', 'x1', ['x1-a']);
      expect(store.saveStatus()).toBe('saving');
      saved.next();
      saved.complete();
      await flush();
      expect(store.saveStatus()).toBe('saved');
    });

    it('sends only the latest answer after a save in flight, in order', async () => {
      await store.load('q1', 'a1');
      const first = new Subject<void>();
      api.saveAnswer.mockReturnValueOnce(first).mockReturnValue(of(undefined));
      store.answer('x2', ['x2-a']);
      store.answer('x2', ['x2-a', 'x2-b']);
      store.answer('x2', ['x2-b']);
      expect(api.saveAnswer).toHaveBeenCalledTimes(1);
      first.next();
      first.complete();
      await flush();
      expect(api.saveAnswer).toHaveBeenCalledTimes(2);
      expect(api.saveAnswer).toHaveBeenLastCalledWith('a1', 'x2', ['x2-b']);
      expect(store.saveStatus()).toBe('saved');
    });

    it('reports a failed save and still submits that answer', async () => {
      await store.load('q1', 'a1');
      api.saveAnswer.mockReturnValue(offline());
      store.answer('x3', ['x3-t']);
      await flush();
      expect(store.saveStatus()).toBe('error');
      expect(store.unsavedNumbers()).toEqual([3]);
      await store.submit();
      expect(api.submitAttempt).toHaveBeenCalledWith(
        'a1',
        { answers: [{ questionId: 'x3', optionIds: ['x3-t'] }] },
        expect.any(String),
      );
    });

    it('submits what was saved when the server says the attempt is closed', async () => {
      await store.load('q1', 'a1');
      api.saveAnswer.mockReturnValue(failWith(409, 'ATTEMPT_CLOSED'));
      store.answer('x1', ['x1-a']);
      await flush();
      expect(api.submitAttempt).toHaveBeenCalledTimes(1);
      expect(store.result()?.score).toBe(66.67);
      expect(store.done()).toBe(true);
    });
  });

  describe('submit', () => {
    it('sends every answer with an Idempotency-Key', async () => {
      api.getAttempt.mockReturnValue(of(attemptResponse({ answers: { x1: ['x1-a'] } })));
      await store.load('q1', 'a1');
      store.answer('x2', ['x2-a', 'x2-b']);
      await expect(store.submit()).resolves.toBe(true);
      expect(api.submitAttempt).toHaveBeenCalledWith(
        'a1',
        {
          answers: [
            { questionId: 'x1', optionIds: ['x1-a'] },
            { questionId: 'x2', optionIds: ['x2-a', 'x2-b'] },
          ],
        },
        '00000000-0000-4000-8000-000000000001',
      );
      expect(store.result()?.passed).toBe(false);
      expect(store.done()).toBe(true);
    });

    it('reuses the same key when retrying after a lost response', async () => {
      await store.load('q1', 'a1');
      api.submitAttempt.mockReturnValueOnce(offline());
      await expect(store.submit()).resolves.toBe(false);
      expect(store.errors()).toEqual([
        'Threshold cannot be reached. Check your connection and try again.',
      ]);
      expect(store.done()).toBe(false);

      await expect(store.submit()).resolves.toBe(true);
      const keys = api.submitAttempt.mock.calls.map((call: unknown[]) => call[2]);
      expect(keys).toEqual([
        '00000000-0000-4000-8000-000000000001',
        '00000000-0000-4000-8000-000000000001',
      ]);
      expect(uuid).toHaveBeenCalledTimes(1);
      expect(store.errors()).toEqual([]);
    });

    it('treats ALREADY_SUBMITTED as done (submitted in another tab)', async () => {
      await store.load('q1', 'a1');
      api.submitAttempt.mockReturnValue(failWith(409, 'ALREADY_SUBMITTED'));
      await expect(store.submit()).resolves.toBe(true);
      expect(store.alreadySubmitted()).toBe(true);
      expect(store.done()).toBe(true);
    });
  });

  describe('time limit', () => {
    const start = Date.parse('2026-01-05T10:00:00Z');

    beforeEach(() => {
      jest.useFakeTimers({ now: start });
    });

    it('counts down, announces 5 minutes, 1 minute and time up, then submits', async () => {
      api.getAttempt.mockReturnValue(
        of(attemptResponse({ expiresAt: new Date(start + 6 * 60_000).toISOString() })),
      );
      await store.load('q1', 'a1');
      expect(store.secondsLeft()).toBe(360);
      expect(store.timeAnnouncement()).toBe('');

      await jest.advanceTimersByTimeAsync(30_000);
      expect(store.secondsLeft()).toBe(330);
      expect(store.timeAnnouncement()).toBe('');

      await jest.advanceTimersByTimeAsync(30_000);
      expect(store.timeAnnouncement()).toBe('5 minutes left.');

      await jest.advanceTimersByTimeAsync(4 * 60_000);
      expect(store.timeAnnouncement()).toBe('1 minute left.');
      expect(api.submitAttempt).not.toHaveBeenCalled();

      await jest.advanceTimersByTimeAsync(60_000);
      expect(store.timeUp()).toBe(true);
      expect(store.timeAnnouncement()).toBe('Time is up. Your answers are being submitted.');
      expect(api.submitAttempt).toHaveBeenCalledTimes(1);
      expect(store.done()).toBe(true);

      await jest.advanceTimersByTimeAsync(10_000);
      expect(api.submitAttempt).toHaveBeenCalledTimes(1);
    });

    it('does not announce thresholds already passed when resuming', async () => {
      api.getAttempt.mockReturnValue(
        of(attemptResponse({ expiresAt: new Date(start + 3 * 60_000).toISOString() })),
      );
      await store.load('q1', 'a1');
      await jest.advanceTimersByTimeAsync(60_000);
      expect(store.timeAnnouncement()).toBe('');
      await jest.advanceTimersByTimeAsync(60_000);
      expect(store.timeAnnouncement()).toBe('1 minute left.');
    });

    it('submits at once when the time ran out while away, and takes no more answers', async () => {
      api.getAttempt.mockReturnValue(
        of(attemptResponse({ expiresAt: new Date(start - 1000).toISOString() })),
      );
      api.submitAttempt.mockReturnValue(of(submitResponse({ late: true })));
      await store.load('q1', 'a1');
      await flush();
      expect(api.submitAttempt).toHaveBeenCalledTimes(1);
      expect(store.result()?.late).toBe(true);
      store.answer('x1', ['x1-a']);
      expect(api.saveAnswer).not.toHaveBeenCalled();
    });

    it('stops the timer when the page goes away', async () => {
      api.getAttempt.mockReturnValue(
        of(attemptResponse({ expiresAt: new Date(start + 60_000).toISOString() })),
      );
      await store.load('q1', 'a1');
      TestBed.resetTestingModule();
      await jest.advanceTimersByTimeAsync(120_000);
      expect(api.submitAttempt).not.toHaveBeenCalled();
    });
  });
});

/** Lets pending promise chains (firstValueFrom, awaits) settle. */
async function flush(): Promise<void> {
  for (let i = 0; i < 10; i++) await Promise.resolve();
}
