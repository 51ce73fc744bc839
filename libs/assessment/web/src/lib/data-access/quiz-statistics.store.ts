import { Injectable, computed, inject, signal } from '@angular/core';
import { httpStatusOf } from '@lms/platform/web';
import type { QuizResponse, QuizStatistics } from '@lms/shared/contracts';
import { firstValueFrom } from 'rxjs';
import { AssessmentApi } from './assessment.api';
import { assessmentErrorMessages } from './assessment-errors';

interface QuizStatisticsState {
  statistics: QuizStatistics | null;
  quiz: QuizResponse | null;
  loading: boolean;
  notFound: boolean;
  errors: readonly string[];
}

/** Item analysis of a quiz: score distribution, difficulty, discrimination, pick rates. */
@Injectable()
export class QuizStatisticsStore {
  private readonly api = inject(AssessmentApi);
  private readonly state = signal<QuizStatisticsState>({
    statistics: null,
    quiz: null,
    loading: false,
    notFound: false,
    errors: [],
  });

  readonly statistics = computed(() => this.state().statistics);
  readonly quiz = computed(() => this.state().quiz);
  readonly loading = computed(() => this.state().loading);
  readonly notFound = computed(() => this.state().notFound);
  readonly errors = computed(() => this.state().errors);
  readonly flaggedCount = computed(
    () => this.statistics()?.questions.filter((q) => q.flagged).length ?? 0,
  );

  async load(quizId: string): Promise<void> {
    this.state.update((s) => ({ ...s, loading: true, notFound: false, errors: [] }));
    const [statistics, quiz] = await Promise.allSettled([
      firstValueFrom(this.api.statistics(quizId)),
      firstValueFrom(this.api.getQuiz(quizId)),
    ]);
    const failure: unknown = statistics.status === 'rejected' ? statistics.reason : null;
    const notFound = failure !== null && httpStatusOf(failure) === 404;
    this.state.update((s) => ({
      ...s,
      loading: false,
      statistics: statistics.status === 'fulfilled' ? statistics.value : null,
      quiz: quiz.status === 'fulfilled' ? quiz.value : null,
      notFound,
      errors: failure !== null && !notFound ? assessmentErrorMessages(failure) : [],
    }));
  }
}
