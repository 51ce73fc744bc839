import { Injectable, computed, inject, signal } from '@angular/core';
import { CurriculumApi } from '@lms/curriculum/web';
import { httpStatusOf } from '@lms/platform/web';
import type { CourseOutline, QuizResponse } from '@lms/shared/contracts';
import { firstValueFrom } from 'rxjs';
import { AssessmentApi } from './assessment.api';
import { AssessmentErrorCode, apiErrorCode, assessmentErrorMessages } from './assessment-errors';

/** Why a quiz cannot be shown at all. */
export type QuizBlock = 'not-enrolled' | 'not-found';

interface QuizIntroState {
  quiz: QuizResponse | null;
  /** The course around the quiz (title, next item); the page works without it. */
  outline: CourseOutline | null;
  loading: boolean;
  blocked: QuizBlock | null;
  errors: readonly string[];
  starting: boolean;
}

/**
 * The quiz before an attempt: what it takes to pass (announced before starting, as CE rules
 * require), the attempts left, and start or resume. Provide it per page.
 */
@Injectable()
export class QuizIntroStore {
  private readonly api = inject(AssessmentApi);
  private readonly curriculum = inject(CurriculumApi);
  private readonly state = signal<QuizIntroState>({
    quiz: null,
    outline: null,
    loading: false,
    blocked: null,
    errors: [],
    starting: false,
  });
  private loadCall = 0;

  readonly quiz = computed(() => this.state().quiz);
  readonly outline = computed(() => this.state().outline);
  readonly loading = computed(() => this.state().loading);
  readonly blocked = computed(() => this.state().blocked);
  readonly errors = computed(() => this.state().errors);
  readonly starting = computed(() => this.state().starting);

  /** A trainee taking the quiz (enrolled in its version); staff see it as a preview. */
  readonly isTrainee = computed(() => {
    const quiz = this.quiz();
    return quiz !== null && quiz.questions === undefined && this.outline()?.enrolled !== false;
  });
  readonly canStart = computed(() => {
    const quiz = this.quiz();
    return (
      quiz !== null &&
      this.isTrainee() &&
      !quiz.locked &&
      !quiz.passed &&
      (quiz.openAttemptId !== null || quiz.attemptsLeft > 0) &&
      quiz.questionCount > 0
    );
  });
  readonly outOfAttempts = computed(() => {
    const quiz = this.quiz();
    return (
      quiz !== null &&
      this.isTrainee() &&
      !quiz.passed &&
      quiz.openAttemptId === null &&
      quiz.attemptsLeft === 0
    );
  });

  async load(courseId: string, quizId: string): Promise<void> {
    const call = ++this.loadCall;
    const needsOutline = this.state().outline?.id !== courseId;
    this.state.update((s) => ({
      ...s,
      quiz: null,
      outline: needsOutline ? null : s.outline,
      loading: true,
      blocked: null,
      errors: [],
    }));
    const [quiz, outline] = await Promise.allSettled([
      firstValueFrom(this.api.getQuiz(quizId)),
      needsOutline ? firstValueFrom(this.curriculum.getCourse(courseId)) : Promise.resolve(null),
    ]);
    if (call !== this.loadCall) return;
    const blocked = quiz.status === 'rejected' ? blockOf(quiz.reason) : null;
    this.state.update((s) => ({
      ...s,
      loading: false,
      outline: outline.status === 'fulfilled' && outline.value ? outline.value : s.outline,
      quiz: quiz.status === 'fulfilled' ? quiz.value : null,
      blocked,
      errors:
        quiz.status === 'rejected' && blocked === null ? assessmentErrorMessages(quiz.reason) : [],
    }));
  }

  /**
   * Starts an attempt, or resumes the open one (the API returns it with its saved answers).
   * Resolves the attempt's id; null when refused, with the quiz reloaded to say why.
   */
  async start(): Promise<string | null> {
    const quiz = this.quiz();
    if (!quiz || this.starting()) return null;
    this.state.update((s) => ({ ...s, starting: true, errors: [] }));
    try {
      const attempt = await firstValueFrom(this.api.startAttempt(quiz.id));
      this.state.update((s) => ({ ...s, starting: false }));
      return attempt.id;
    } catch (error: unknown) {
      const errors = assessmentErrorMessages(error);
      if (isStateConflict(error)) {
        // Passed, out of attempts or locked meanwhile: show the quiz as it is now.
        await this.refreshQuiz(quiz.id);
      }
      this.state.update((s) => ({ ...s, starting: false, errors }));
      return null;
    }
  }

  private async refreshQuiz(quizId: string): Promise<void> {
    try {
      const quiz = await firstValueFrom(this.api.getQuiz(quizId));
      this.state.update((s) => ({ ...s, quiz }));
    } catch {
      // Keep what is shown; the error explains the refusal.
    }
  }
}

function blockOf(error: unknown): QuizBlock | null {
  if (apiErrorCode(error) === AssessmentErrorCode.NotEnrolled) return 'not-enrolled';
  return httpStatusOf(error) === 404 ? 'not-found' : null;
}

function isStateConflict(error: unknown): boolean {
  const code = apiErrorCode(error);
  return (
    code === AssessmentErrorCode.AlreadyPassed ||
    code === AssessmentErrorCode.AttemptLimitReached ||
    code === AssessmentErrorCode.QuizLocked
  );
}
