import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  type Signal,
  inject,
  signal,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import type { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { AlertComponent, focusFirstInvalid } from '@lms/platform/web-ui';
import type { CreateQuizRequest, OutlineModule } from '@lms/shared/contracts';
import { DEFAULT_PASSING_SCORE } from '@lms/shared/contracts';
import { LIMITS } from './authoring-forms';

export interface QuizDialogData {
  module: OutlineModule;
  /** A course has one post-test: the option is off when it already has one. */
  hasPostTest: boolean;
  submit: (request: CreateQuizRequest) => Promise<boolean>;
  errors: Signal<readonly string[]>;
}

/** The API's limits (CreateQuizDto). */
export const QUIZ_LIMITS = {
  maxAttempts: 20,
  timeLimit: 600,
  questionsPerAttempt: 200,
} as const;

const WHOLE = /^\d+$/;
const TAG_COUNT = /^([a-z0-9]+(?:-[a-z0-9]+)*)\s*:\s*(\d+)$/;

function whole(min: number, max: number, required = false): ValidatorFn[] {
  return [
    ...(required ? [Validators.required] : []),
    Validators.min(min),
    Validators.max(max),
    Validators.pattern(WHOLE),
  ];
}

/** "contraindications: 2, informed-consent: 1" → `{ contraindications: 2, … }`; null if invalid. */
export function questionsPerTagOf(text: string): Record<string, number> | null {
  const entries = text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
  const result: Record<string, number> = {};
  for (const entry of entries) {
    const match = TAG_COUNT.exec(entry.toLowerCase());
    const tag = match?.[1];
    const count = Number(match?.[2]);
    if (!tag || !Number.isInteger(count) || count < 1) return null;
    result[tag] = count;
  }
  return result;
}

const perTagValidator: ValidatorFn = (control: AbstractControl): ValidationErrors | null =>
  typeof control.value === 'string' && questionsPerTagOf(control.value) === null
    ? { perTag: true }
    : null;

/**
 * Adds a quiz to a module: pass mark (75% by default, as APA recommends for a post-test),
 * attempts, optional time limit and random draw, shuffling, and whether it is the post-test.
 */
@Component({
  selector: 'lms-quiz-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    AlertComponent,
  ],
  templateUrl: './quiz-dialog.component.html',
  styles: `
    .fields {
      display: flex;
      flex-direction: column;
      gap: 16px;
    }
    .module {
      margin: 0;
      font: var(--mat-sys-label-large);
      color: var(--mat-sys-on-surface-variant);
    }
    .row {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(180px, 1fr));
      gap: 16px;
    }
    .hint {
      margin: -8px 0 0 40px;
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class QuizDialogComponent {
  protected readonly data = inject<QuizDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<QuizDialogComponent, boolean>>(MatDialogRef);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly limits = { ...LIMITS, ...QUIZ_LIMITS };
  protected readonly pending = signal(false);
  protected readonly form = new FormGroup({
    title: new FormControl(`Check your understanding: ${this.data.module.title}`, {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(LIMITS.title)],
    }),
    passingScore: new FormControl<number | null>(DEFAULT_PASSING_SCORE, {
      validators: whole(0, 100, true),
    }),
    maxAttempts: new FormControl<number | null>(3, {
      validators: whole(1, QUIZ_LIMITS.maxAttempts, true),
    }),
    timeLimitMinutes: new FormControl<number | null>(null, {
      validators: whole(1, QUIZ_LIMITS.timeLimit),
    }),
    questionsPerAttempt: new FormControl<number | null>(null, {
      validators: whole(1, QUIZ_LIMITS.questionsPerAttempt),
    }),
    questionsPerTag: new FormControl('', { nonNullable: true, validators: [perTagValidator] }),
    shuffle: new FormControl(true, { nonNullable: true }),
    isPostTest: new FormControl(
      { value: false, disabled: this.data.hasPostTest },
      { nonNullable: true },
    ),
  });
  protected readonly isPostTest = toSignal(this.form.controls.isPostTest.valueChanges, {
    initialValue: false,
  });

  protected async save(): Promise<void> {
    const value = this.form.getRawValue();
    if (this.pending()) return;
    if (this.form.invalid || value.passingScore === null || value.maxAttempts === null) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement);
      return;
    }
    const perTag = questionsPerTagOf(value.questionsPerTag) ?? {};
    const request: CreateQuizRequest = {
      title: value.title.trim(),
      passingScore: value.passingScore,
      maxAttempts: value.maxAttempts,
      shuffle: value.shuffle,
      isPostTest: value.isPostTest,
      ...(value.timeLimitMinutes === null ? {} : { timeLimitMinutes: value.timeLimitMinutes }),
      ...(value.questionsPerAttempt === null
        ? {}
        : { questionsPerAttempt: value.questionsPerAttempt }),
      ...(Object.keys(perTag).length === 0 ? {} : { questionsPerTag: perTag }),
    };
    this.pending.set(true);
    const saved = await this.data.submit(request);
    this.pending.set(false);
    if (saved) this.ref.close(true);
  }
}
