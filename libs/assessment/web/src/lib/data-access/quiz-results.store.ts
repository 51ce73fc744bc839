import { Injectable, computed, inject, signal } from '@angular/core';
import { CurriculumApi } from '@lms/curriculum/web';
import { httpStatusOf } from '@lms/platform/web';
import type {
  AttemptResponse,
  CourseOutline,
  QuestionResult,
  QuizResponse,
  TraineeQuestion,
} from '@lms/shared/contracts';
import { firstValueFrom } from 'rxjs';
import { AssessmentApi } from './assessment.api';
import { AssessmentErrorCode, apiErrorCode, assessmentErrorMessages } from './assessment-errors';

export type ResultsBlock = 'not-found' | 'not-yours';

/** One question of a graded attempt, with what the trainee chose and the key. */
export interface ReviewedQuestion {
  question: TraineeQuestion;
  result: QuestionResult | null;
}

interface QuizResultsState {
  attempt: AttemptResponse | null;
  quiz: QuizResponse | null;
  outline: CourseOutline | null;
  loading: boolean;
  blocked: ResultsBlock | null;
  errors: readonly string[];
  starting: boolean;
}

/** The results of a submitted attempt, and "try again" / "continue". Provide it per page. */
@Injectable()
export class QuizResultsStore {
  private readonly api = inject(AssessmentApi);
  private readonly curriculum = inject(CurriculumApi);
  private readonly state = signal<QuizResultsState>({
    attempt: null,
    quiz: null,
    outline: null,
    loading: false,
    blocked: null,
    errors: [],
    starting: false,
  });
  private loadCall = 0;

  readonly attempt = computed(() => this.state().attempt);
  readonly quiz = computed(() => this.state().quiz);
  readonly outline = computed(() => this.state().outline);
  readonly loading = computed(() => this.state().loading);
  readonly blocked = computed(() => this.state().blocked);
  readonly errors = computed(() => this.state().errors);
  readonly starting = computed(() => this.state().starting);
  /** The attempt is still open: the page sends the trainee back to it. */
  readonly stillOpen = computed(() => this.attempt()?.status === 'open');

  readonly reviewed = computed<ReviewedQuestion[]>(() => {
    const attempt = this.attempt();
    if (!attempt) return [];
    const results = new Map((attempt.results ?? []).map((r) => [r.questionId, r]));
    return attempt.questions.map((question) => ({
      question,
      result: results.get(question.id) ?? null,
    }));
  });
  readonly correctCount = computed(() => this.reviewed().filter((r) => r.result?.correct).length);
  /** "Try again": not passed yet (by any attempt) and attempts left. */
  readonly canRetry = computed(() => {
    const quiz = this.quiz();
    return quiz !== null && !quiz.passed && !quiz.locked && quiz.attemptsLeft > 0;
  });
  /** What comes after the quiz, when the trainee may move on (not the quiz itself). */
  readonly nextItem = computed(() => {
    const next = this.outline()?.nextItem ?? null;
    return next && next.id !== this.attempt()?.quizId ? next : null;
  });

  async load(courseId: string, quizId: string, attemptId: string): Promise<void> {
    const call = ++this.loadCall;
    this.state.update((s) => ({
      ...s,
      attempt: null,
      loading: true,
      blocked: null,
      errors: [],
    }));
    const [attempt, quiz, outline] = await Promise.allSettled([
      firstValueFrom(this.api.getAttempt(attemptId)),
      firstValueFrom(this.api.getQuiz(quizId)),
      firstValueFrom(this.curriculum.getCourse(courseId)),
    ]);
    if (call !== this.loadCall) return;
    const blocked = attempt.status === 'rejected' ? blockOf(attempt.reason) : null;
    this.state.update((s) => ({
      ...s,
      loading: false,
      attempt: attempt.status === 'fulfilled' ? attempt.value : null,
      quiz: quiz.status === 'fulfilled' ? quiz.value : null,
      outline: outline.status === 'fulfilled' ? outline.value : null,
      blocked,
      errors:
        attempt.status === 'rejected' && blocked === null
          ? assessmentErrorMessages(attempt.reason)
          : [],
    }));
  }

  /** Starts the next attempt; resolves its id, or null (with the reason shown). */
  async retry(): Promise<string | null> {
    const quiz = this.quiz();
    if (!quiz || this.starting()) return null;
    this.state.update((s) => ({ ...s, starting: true, errors: [] }));
    try {
      const attempt = await firstValueFrom(this.api.startAttempt(quiz.id));
      this.state.update((s) => ({ ...s, starting: false }));
      return attempt.id;
    } catch (error: unknown) {
      this.state.update((s) => ({
        ...s,
        starting: false,
        errors: assessmentErrorMessages(error),
      }));
      return null;
    }
  }
}

function blockOf(error: unknown): ResultsBlock | null {
  if (apiErrorCode(error) === AssessmentErrorCode.NotYourAttempt) return 'not-yours';
  return httpStatusOf(error) === 404 ? 'not-found' : null;
}
