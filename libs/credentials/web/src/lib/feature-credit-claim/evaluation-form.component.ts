import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import type { AbstractControl, ValidationErrors } from '@angular/forms';
import {
  FormControl,
  FormGroup,
  FormRecord,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import type { EvaluationQuestion, SubmitEvaluationRequest } from '@lms/shared/contracts';

/** The five points of every rating question, 1 to 5. */
export const RATING_SCALE: readonly { value: number; label: string }[] = [
  { value: 1, label: 'Strongly disagree' },
  { value: 2, label: 'Disagree' },
  { value: 3, label: 'Neutral' },
  { value: 4, label: 'Agree' },
  { value: 5, label: 'Strongly agree' },
];

const TEXT_MAX_LENGTH = 2000;

function notBlank(control: AbstractControl<string>): ValidationErrors | null {
  return control.value.trim() === '' ? { required: true } : null;
}

interface EvaluationControls {
  ratings: FormRecord<FormControl<number | null>>;
  texts: FormRecord<FormControl<string>>;
}

/**
 * The course evaluation as the trainee answers it: each rating question a group of five
 * radio buttons (1 Strongly disagree … 5 Strongly agree), each text question a textarea.
 * Required questions say so in words; a failed submit moves focus to the first unanswered one.
 */
@Component({
  selector: 'lms-evaluation-form',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
  ],
  templateUrl: './evaluation-form.component.html',
  styleUrl: './evaluation-form.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EvaluationFormComponent {
  readonly questions = input.required<readonly EvaluationQuestion[]>();
  readonly submitting = input(false);
  readonly submitted = output<SubmitEvaluationRequest>();

  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly scale = RATING_SCALE;
  protected readonly maxLength = TEXT_MAX_LENGTH;
  protected readonly tried = signal(false);

  protected readonly form = computed(() => {
    const ratings = new FormRecord<FormControl<number | null>>({});
    const texts = new FormRecord<FormControl<string>>({});
    for (const question of this.questions()) {
      if (question.kind === 'rating') {
        ratings.addControl(
          question.id,
          new FormControl<number | null>(null, question.required ? Validators.required : null),
        );
      } else {
        texts.addControl(
          question.id,
          new FormControl('', {
            nonNullable: true,
            validators: [
              Validators.maxLength(TEXT_MAX_LENGTH),
              ...(question.required ? [notBlank] : []),
            ],
          }),
        );
      }
    }
    return new FormGroup<EvaluationControls>({ ratings, texts });
  });

  protected readonly numbered = computed(() =>
    this.questions().map((question, index) => ({ question, number: index + 1 })),
  );

  protected ratingInvalid(questionId: string): boolean {
    const control = this.form().controls.ratings.get(questionId);
    return control !== null && control.invalid && (control.touched || this.tried());
  }

  protected submit(): void {
    const form = this.form();
    this.tried.set(true);
    if (form.invalid) {
      form.markAllAsTouched();
      // After the errors render: focus the first unanswered question.
      setTimeout(() => {
        this.host.nativeElement
          .querySelector<HTMLElement>('.question--invalid, textarea.ng-invalid')
          ?.focus();
      });
      return;
    }
    // Read as partial records: a question id may be missing from either.
    const raw = form.getRawValue();
    const ratings: Partial<Record<string, number | null>> = raw.ratings;
    const texts: Partial<Record<string, string>> = raw.texts;
    const answers: SubmitEvaluationRequest['answers'] = [];
    for (const question of this.questions()) {
      if (question.kind === 'rating') {
        const rating = ratings[question.id];
        if (rating !== null && rating !== undefined)
          answers.push({ questionId: question.id, rating });
      } else {
        const text = texts[question.id]?.trim() ?? '';
        if (text !== '') answers.push({ questionId: question.id, text });
      }
    }
    this.submitted.emit({ answers });
  }
}
