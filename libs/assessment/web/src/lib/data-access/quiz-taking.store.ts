import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import { httpStatusOf } from '@lms/platform/web';
import type {
  AttemptResponse,
  QuizResponse,
  SubmitAttemptResponse,
  TraineeQuestion,
} from '@lms/shared/contracts';
import { firstValueFrom } from 'rxjs';
import { formatTimeInWords, newIdempotencyKey } from '../ui/quiz-format';
import { AssessmentApi } from './assessment.api';
import { AssessmentErrorCode, apiErrorCode, assessmentErrorMessages } from './assessment-errors';

/** Why an attempt cannot be taken here. */
export type TakingBlock = 'not-found' | 'not-yours';

/** What the polite "Saved" status says. */
export type SaveStatus = 'idle' | 'saving' | 'saved' | 'error';

/** Seconds left at which the time is announced to screen readers (the last one is "time up"). */
export const TIME_ANNOUNCEMENTS = [300, 60] as const;

const TICK_MS = 1000;

type Answers = Readonly<Partial<Record<string, readonly string[]>>>;

interface TakingState {
  attempt: AttemptResponse | null;
  /** The quiz (title, pass mark); the page works without it. */
  quiz: QuizResponse | null;
  answers: Answers;
  loading: boolean;
  blocked: TakingBlock | null;
  errors: readonly string[];
  /** Questions whose latest answer is on its way to the server (or waiting to be sent). */
  pendingSaves: readonly string[];
  /** Questions whose latest answer the server did not take; submit sends them anyway. */
  failedSaves: readonly string[];
  savedOnce: boolean;
  submitting: boolean;
  /** The graded attempt, once submitted from this page. */
  result: SubmitAttemptResponse | null;
  /** The attempt was submitted before (elsewhere, or before a reload): show its results. */
  alreadySubmitted: boolean;
  /** Now, for the countdown (ticks every second while the attempt has a time limit). */
  now: number;
  /** The latest message for the polite time announcer (5 min, 1 min, time up). */
  timeAnnouncement: string;
}

/**
 * Taking one attempt: its questions, answers autosaved as they change, a countdown when the
 * quiz has a time limit (submitting automatically when it runs out), and submit with an
 * Idempotency-Key that a retry reuses, so a lost response never grades twice. Per page.
 */
@Injectable()
export class QuizTakingStore {
  private readonly api = inject(AssessmentApi);
  private readonly state = signal<TakingState>(initialState());
  private readonly inFlight = new Map<string, Promise<void>>();
  private readonly dirty = new Set<string>();
  private timer: ReturnType<typeof setInterval> | null = null;
  private announced = new Set<number>();
  /** The key of the submission not yet confirmed by the server; reused when retrying. */
  private submitKey: string | null = null;
  private loadCall = 0;

  readonly attempt = computed(() => this.state().attempt);
  readonly quiz = computed(() => this.state().quiz);
  readonly questions = computed<readonly TraineeQuestion[]>(
    () => this.state().attempt?.questions ?? [],
  );
  readonly answers = computed(() => this.state().answers);
  readonly loading = computed(() => this.state().loading);
  readonly blocked = computed(() => this.state().blocked);
  readonly errors = computed(() => this.state().errors);
  readonly submitting = computed(() => this.state().submitting);
  readonly result = computed(() => this.state().result);
  readonly alreadySubmitted = computed(() => this.state().alreadySubmitted);
  /** Submitted: from here or before. The page moves on to the results. */
  readonly done = computed(() => this.result() !== null || this.alreadySubmitted());
  readonly timeAnnouncement = computed(() => this.state().timeAnnouncement);

  readonly unanswered = computed(() =>
    this.questions().filter((q) => (this.answers()[q.id] ?? []).length === 0),
  );
  readonly answeredCount = computed(() => this.questions().length - this.unanswered().length);

  readonly saveStatus = computed<SaveStatus>(() => {
    const s = this.state();
    if (s.pendingSaves.length > 0) return 'saving';
    if (s.failedSaves.length > 0) return 'error';
    return s.savedOnce ? 'saved' : 'idle';
  });
  /** Numbers (1-based) of the questions whose answer is not saved. */
  readonly unsavedNumbers = computed(() => {
    const failed = new Set(this.state().failedSaves);
    return this.questions().flatMap((q, i) => (failed.has(q.id) ? [i + 1] : []));
  });

  readonly expiresAt = computed(() => {
    const iso = this.attempt()?.expiresAt;
    return iso ? Date.parse(iso) : null;
  });
  /** Whole seconds left, or null without a time limit. */
  readonly secondsLeft = computed(() => {
    const expiresAt = this.expiresAt();
    if (expiresAt === null) return null;
    return Math.max(0, Math.ceil((expiresAt - this.state().now) / 1000));
  });
  readonly timeUp = computed(() => this.secondsLeft() === 0);

  constructor() {
    inject(DestroyRef).onDestroy(() => {
      this.stopTimer();
    });
  }

  /** Opens an attempt (a fresh one or one being resumed, with its autosaved answers). */
  async load(quizId: string, attemptId: string): Promise<void> {
    const call = ++this.loadCall;
    this.stopTimer();
    this.inFlight.clear();
    this.dirty.clear();
    this.submitKey = null;
    this.state.set({ ...initialState(), loading: true });
    const [attempt, quiz] = await Promise.allSettled([
      firstValueFrom(this.api.getAttempt(attemptId)),
      firstValueFrom(this.api.getQuiz(quizId)),
    ]);
    if (call !== this.loadCall) return;
    if (attempt.status === 'rejected') {
      const blocked = blockOf(attempt.reason);
      this.state.update((s) => ({
        ...s,
        loading: false,
        blocked,
        errors: blocked ? [] : assessmentErrorMessages(attempt.reason),
      }));
      return;
    }
    const submitted = attempt.value.status === 'submitted';
    this.state.update((s) => ({
      ...s,
      attempt: attempt.value,
      quiz: quiz.status === 'fulfilled' ? quiz.value : null,
      answers: attempt.value.answers,
      loading: false,
      alreadySubmitted: submitted,
      now: Date.now(),
    }));
    if (!submitted) this.startTimer();
  }

  /** Records an answer at once and autosaves it; later changes to a question win. */
  answer(questionId: string, optionIds: readonly string[]): void {
    const attempt = this.attempt();
    if (!attempt || this.done() || this.submitting() || this.timeUp()) return;
    if (!attempt.questions.some((q) => q.id === questionId)) return;
    this.state.update((s) => ({
      ...s,
      answers: { ...s.answers, [questionId]: [...optionIds] },
    }));
    this.queueSave(attempt.id, questionId);
  }

  /**
   * Submits every answer (merged over the autosave by the server). The Idempotency-Key is made
   * for this submission and kept until the server confirms it, so "try again" after a lost
   * response returns the first result instead of grading twice. True once submitted.
   */
  async submit(): Promise<boolean> {
    const attempt = this.attempt();
    if (!attempt || this.submitting()) return false;
    if (this.done()) return true;
    this.submitKey ??= newIdempotencyKey();
    const key = this.submitKey;
    this.state.update((s) => ({ ...s, submitting: true, errors: [] }));
    // Let autosaves land first: a save arriving after the submit would only be refused.
    await Promise.allSettled([...this.inFlight.values()]);
    const answers = Object.entries(this.state().answers).map(([questionId, optionIds]) => ({
      questionId,
      optionIds: [...(optionIds ?? [])],
    }));
    try {
      const result = await firstValueFrom(this.api.submitAttempt(attempt.id, { answers }, key));
      this.submitKey = null;
      this.stopTimer();
      this.state.update((s) => ({ ...s, submitting: false, result }));
      return true;
    } catch (error: unknown) {
      if (apiErrorCode(error) === AssessmentErrorCode.AlreadySubmitted) {
        this.submitKey = null;
        this.stopTimer();
        this.state.update((s) => ({ ...s, submitting: false, alreadySubmitted: true }));
        return true;
      }
      this.state.update((s) => ({
        ...s,
        submitting: false,
        errors: assessmentErrorMessages(error),
      }));
      return false;
    }
  }

  private queueSave(attemptId: string, questionId: string): void {
    this.setPending(questionId, true);
    if (this.inFlight.has(questionId)) {
      this.dirty.add(questionId);
      return;
    }
    const run = async (): Promise<void> => {
      do {
        this.dirty.delete(questionId);
        const optionIds = [...(this.state().answers[questionId] ?? [])];
        try {
          await firstValueFrom(this.api.saveAnswer(attemptId, questionId, optionIds));
          this.state.update((s) => ({
            ...s,
            savedOnce: true,
            failedSaves: s.failedSaves.filter((id) => id !== questionId),
          }));
        } catch (error: unknown) {
          if (apiErrorCode(error) === AssessmentErrorCode.AttemptClosed) {
            // Time is up on the server, or submitted elsewhere: submit what was saved.
            this.dirty.delete(questionId);
            this.state.update((s) => ({
              ...s,
              failedSaves: s.failedSaves.filter((id) => id !== questionId),
            }));
            this.inFlight.delete(questionId);
            this.setPending(questionId, false);
            void this.submit();
            return;
          }
          this.state.update((s) => ({
            ...s,
            failedSaves: s.failedSaves.includes(questionId)
              ? s.failedSaves
              : [...s.failedSaves, questionId],
          }));
        }
      } while (this.dirty.has(questionId));
      this.inFlight.delete(questionId);
      this.setPending(questionId, false);
    };
    this.inFlight.set(questionId, run());
  }

  private setPending(questionId: string, pending: boolean): void {
    this.state.update((s) => {
      const others = s.pendingSaves.filter((id) => id !== questionId);
      return { ...s, pendingSaves: pending ? [...others, questionId] : others };
    });
  }

  private startTimer(): void {
    const left = this.secondsLeft();
    if (left === null) return;
    // Thresholds already behind us when the page opens are not announced.
    this.announced = new Set(TIME_ANNOUNCEMENTS.filter((t) => left <= t));
    if (left === 0) {
      this.onTimeUp();
      return;
    }
    this.timer = setInterval(() => {
      this.tick();
    }, TICK_MS);
  }

  private tick(): void {
    this.state.update((s) => ({ ...s, now: Date.now() }));
    const left = this.secondsLeft();
    if (left === null) return;
    if (left === 0) {
      this.onTimeUp();
      return;
    }
    const due = TIME_ANNOUNCEMENTS.filter((t) => left <= t && !this.announced.has(t));
    if (due.length > 0) {
      for (const t of due) this.announced.add(t);
      const t = Math.min(...due);
      this.state.update((s) => ({
        ...s,
        timeAnnouncement: `${formatTimeInWords(t)} left.`,
      }));
    }
  }

  private onTimeUp(): void {
    this.stopTimer();
    if (this.done()) return;
    this.state.update((s) => ({
      ...s,
      timeAnnouncement: 'Time is up. Your answers are being submitted.',
    }));
    void this.submit();
  }

  private stopTimer(): void {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
  }
}

function initialState(): TakingState {
  return {
    attempt: null,
    quiz: null,
    answers: {},
    loading: false,
    blocked: null,
    errors: [],
    pendingSaves: [],
    failedSaves: [],
    savedOnce: false,
    submitting: false,
    result: null,
    alreadySubmitted: false,
    now: Date.now(),
    timeAnnouncement: '',
  };
}

function blockOf(error: unknown): TakingBlock | null {
  const code = apiErrorCode(error);
  if (code === AssessmentErrorCode.NotYourAttempt) return 'not-yours';
  return httpStatusOf(error) === 404 ? 'not-found' : null;
}
