import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatRadioModule } from '@angular/material/radio';
import type { TraineeQuestion } from '@lms/shared/contracts';

/**
 * One question as a trainee answers it: a fieldset whose legend is the question, radio
 * buttons for single-answer and true/false questions, checkboxes ("Select all that apply")
 * for multiple-answer ones. Stateless: the selection comes in and changes go out.
 */
@Component({
  selector: 'lms-question-field',
  imports: [MatCheckboxModule, MatRadioModule],
  templateUrl: './question-field.component.html',
  styleUrl: './question-field.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class QuestionFieldComponent {
  readonly question = input.required<TraineeQuestion>();
  readonly number = input.required<number>();
  readonly total = input.required<number>();
  readonly selected = input<readonly string[]>([]);
  readonly disabled = input(false);
  readonly selectedChange = output<string[]>();

  protected readonly isMultiple = computed(() => this.question().type === 'multiple');
  /** Some prompts already end with the instruction; do not say it twice. */
  protected readonly showHint = computed(
    () => this.isMultiple() && !/select all that apply/i.test(this.question().prompt),
  );
  protected readonly legendId = computed(() => `question-${this.question().id}-legend`);
  protected readonly radioValue = computed(() => this.selected()[0] ?? null);
  protected readonly answered = computed(() => this.selected().length > 0);

  protected choose(optionId: unknown): void {
    if (typeof optionId === 'string') this.selectedChange.emit([optionId]);
  }

  protected toggle(optionId: string, checked: boolean): void {
    const others = this.selected().filter((id) => id !== optionId);
    // Keep the options' order, whatever order they were ticked in.
    const next = checked ? [...others, optionId] : others;
    const order = this.question().options.map((o) => o.id);
    this.selectedChange.emit(next.sort((a, b) => order.indexOf(a) - order.indexOf(b)));
  }
}
