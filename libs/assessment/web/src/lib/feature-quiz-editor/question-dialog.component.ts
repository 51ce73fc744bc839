import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  type Signal,
  inject,
  signal,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { type FormArray, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { AlertComponent, focusFirstInvalid } from '@lms/platform/web-ui';
import type { AuthorQuestion, QuestionKind, UpdateQuestionRequest } from '@lms/shared/contracts';
import { QUESTION_KINDS } from '@lms/shared/contracts';
import { QUESTION_KIND_LABELS } from '../ui/quiz-format';
import {
  type OptionForm,
  QUESTION_LIMITS,
  changeType,
  optionForm,
  questionForm,
  setOnlyCorrect,
  toQuestionRequest,
} from './question-form';

export interface QuestionDialogData {
  /** The question to edit; null to add one. */
  question: AuthorQuestion | null;
  quizTitle: string;
  /** Shown when editing: the change reaches every version that uses the question. */
  sharedNote: string;
  submit: (request: UpdateQuestionRequest) => Promise<boolean>;
  errors: Signal<readonly string[]>;
}

let nextDialogId = 0;

/**
 * Adds or edits a question: type, prompt, options with the key (a radio button for single and
 * true/false, checkboxes for multiple) and optional feedback, points, rationale, tags and
 * partial credit. Checks the key rules before sending; the API's message shows otherwise.
 */
@Component({
  selector: 'lms-question-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatDialogModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatRadioModule,
    MatSelectModule,
    AlertComponent,
  ],
  templateUrl: './question-dialog.component.html',
  styleUrl: './question-dialog.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class QuestionDialogComponent {
  protected readonly data = inject<QuestionDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<QuestionDialogComponent, boolean>>(MatDialogRef);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly limits = QUESTION_LIMITS;
  protected readonly kinds = QUESTION_KINDS.map((value) => ({
    value,
    label: QUESTION_KIND_LABELS[value],
  }));
  protected readonly uid = `question-dialog-${++nextDialogId}`;
  protected readonly pending = signal(false);
  protected readonly submitted = signal(false);
  protected readonly form = questionForm(this.data.question);
  protected readonly type = toSignal(this.form.controls.type.valueChanges, {
    initialValue: this.form.controls.type.value,
  });

  protected get options(): FormArray<OptionForm> {
    return this.form.controls.options;
  }

  protected keyError(): string | null {
    const error: unknown = this.form.errors?.['key'];
    return typeof error === 'string' ? error : null;
  }

  protected changeType(type: QuestionKind): void {
    changeType(this.form, type);
  }

  protected markCorrect(index: number): void {
    setOnlyCorrect(this.form, index);
  }

  protected addOption(): void {
    this.options.push(optionForm());
  }

  protected removeOption(index: number): void {
    this.options.removeAt(index);
    this.form.updateValueAndValidity();
  }

  protected async save(): Promise<void> {
    if (this.pending()) return;
    this.submitted.set(true);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement);
      return;
    }
    this.pending.set(true);
    const saved = await this.data.submit(toQuestionRequest(this.form));
    this.pending.set(false);
    if (saved) this.ref.close(true);
  }
}
