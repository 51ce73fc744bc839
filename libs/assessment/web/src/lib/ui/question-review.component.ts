import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import type { QuestionResult, TraineeQuestion } from '@lms/shared/contracts';

type Outcome = 'correct' | 'partial' | 'incorrect' | 'unanswered';

interface ReviewedOption {
  id: string;
  text: string;
  chosen: boolean;
  correct: boolean;
  feedback: string | null;
}

const OUTCOME_LABELS: Record<Outcome, string> = {
  correct: 'Correct',
  partial: 'Partly correct',
  incorrect: 'Incorrect',
  unanswered: 'Not answered',
};

/**
 * One graded question: what the trainee chose, the correct answer, the feedback on those
 * options and the rationale. Marks are words and icons, never colour alone.
 */
@Component({
  selector: 'lms-question-review',
  imports: [MatIconModule],
  templateUrl: './question-review.component.html',
  styleUrl: './question-review.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class QuestionReviewComponent {
  readonly question = input.required<TraineeQuestion>();
  readonly result = input.required<QuestionResult | null>();
  readonly number = input.required<number>();

  protected readonly outcome = computed<Outcome>(() => {
    const result = this.result();
    if (!result || result.selectedOptionIds.length === 0) return 'unanswered';
    if (result.correct) return 'correct';
    return result.earned > 0 ? 'partial' : 'incorrect';
  });
  protected readonly outcomeLabel = computed(() => OUTCOME_LABELS[this.outcome()]);
  protected readonly headingId = computed(() => `review-${this.question().id}`);
  protected readonly options = computed<ReviewedOption[]>(() => {
    const result = this.result();
    const chosen = new Set(result?.selectedOptionIds ?? []);
    const correct = new Set(result?.correctOptionIds ?? []);
    const feedback = new Map((result?.feedback ?? []).map((f) => [f.optionId, f.text]));
    return this.question().options.map((o) => ({
      id: o.id,
      text: o.text,
      chosen: chosen.has(o.id),
      correct: correct.has(o.id),
      feedback: feedback.get(o.id) ?? null,
    }));
  });

  protected points(value: number): string {
    return `${value} ${value === 1 ? 'point' : 'points'}`;
  }
}
