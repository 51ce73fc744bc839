import type { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import { FormArray, FormControl, FormGroup, Validators } from '@angular/forms';
import type { AuthorQuestion, QuestionKind, UpdateQuestionRequest } from '@lms/shared/contracts';

/** The API's limits (CreateQuestionDto). */
export const QUESTION_LIMITS = {
  prompt: 4000,
  option: 1000,
  feedback: 2000,
  rationale: 4000,
  minOptions: 2,
  maxOptions: 10,
  minPoints: 1,
  maxPoints: 100,
  maxTags: 10,
} as const;

const TAG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export type OptionForm = FormGroup<{
  id: FormControl<string | null>;
  text: FormControl<string>;
  correct: FormControl<boolean>;
  feedback: FormControl<string>;
}>;

export type QuestionForm = FormGroup<{
  type: FormControl<QuestionKind>;
  prompt: FormControl<string>;
  options: FormArray<OptionForm>;
  points: FormControl<number | null>;
  rationale: FormControl<string>;
  tags: FormControl<string>;
  partialCredit: FormControl<boolean>;
}>;

export function optionForm(
  option: { id?: string; text: string; correct: boolean; feedback?: string | null } = {
    text: '',
    correct: false,
  },
): OptionForm {
  return new FormGroup({
    id: new FormControl<string | null>(option.id ?? null),
    text: new FormControl(option.text, {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(QUESTION_LIMITS.option)],
    }),
    correct: new FormControl(option.correct, { nonNullable: true }),
    feedback: new FormControl(option.feedback ?? '', {
      nonNullable: true,
      validators: [Validators.maxLength(QUESTION_LIMITS.feedback)],
    }),
  });
}

/** "contraindications, informed-consent" → the tags, trimmed, lower-cased, without repeats. */
export function tagsOf(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((t) => t.trim().toLowerCase())
        .filter((t) => t.length > 0),
    ),
  ];
}

const tagsValidator: ValidatorFn = (control: AbstractControl<string>): ValidationErrors | null => {
  const tags = tagsOf(control.value);
  if (tags.length > QUESTION_LIMITS.maxTags) return { tooMany: true };
  return tags.every((t) => TAG.test(t)) ? null : { tagFormat: true };
};

/** The API's key rules: one correct option for single and true/false, at least one for multiple. */
const keyValidator: ValidatorFn = (control: AbstractControl): ValidationErrors | null => {
  const form = control as QuestionForm;
  const type = form.controls.type.value;
  const correct = form.controls.options.controls.filter((o) => o.controls.correct.value).length;
  if (type === 'multiple')
    return correct >= 1 ? null : { key: 'Mark at least one correct option.' };
  return correct === 1 ? null : { key: 'Mark the one correct option.' };
};

export function questionForm(question: AuthorQuestion | null): QuestionForm {
  const options = question
    ? question.options.map((o) => optionForm(o))
    : [optionForm(), optionForm(), optionForm(), optionForm()];
  return new FormGroup(
    {
      type: new FormControl<QuestionKind>(question?.type ?? 'single', { nonNullable: true }),
      prompt: new FormControl(question?.prompt ?? '', {
        nonNullable: true,
        validators: [Validators.required, Validators.maxLength(QUESTION_LIMITS.prompt)],
      }),
      options: new FormArray(options),
      points: new FormControl<number | null>(question?.points ?? 1, {
        validators: [
          Validators.required,
          Validators.min(QUESTION_LIMITS.minPoints),
          Validators.max(QUESTION_LIMITS.maxPoints),
          Validators.pattern(/^\d+$/),
        ],
      }),
      rationale: new FormControl(question?.rationale ?? '', {
        nonNullable: true,
        validators: [Validators.maxLength(QUESTION_LIMITS.rationale)],
      }),
      tags: new FormControl(question?.tags.join(', ') ?? '', {
        nonNullable: true,
        validators: [tagsValidator],
      }),
      partialCredit: new FormControl(question?.partialCredit ?? false, { nonNullable: true }),
    },
    { validators: [keyValidator] },
  );
}

/**
 * Adapts the options to a new type: true/false gets exactly "True" and "False" (keeping the
 * correct one when the texts already were those), single keeps only the first correct mark.
 */
export function changeType(form: QuestionForm, type: QuestionKind): void {
  const options = form.controls.options;
  if (type === 'true_false') {
    const current = options.getRawValue();
    const trueWasCorrect = current.find((o) => o.text.trim().toLowerCase() === 'true')?.correct;
    const falseWasCorrect = current.find((o) => o.text.trim().toLowerCase() === 'false')?.correct;
    const keep = (text: string): string | undefined =>
      current.find((o) => o.text.trim().toLowerCase() === text)?.id ?? undefined;
    options.clear();
    options.push(optionForm({ id: keep('true'), text: 'True', correct: trueWasCorrect === true }));
    options.push(
      optionForm({
        id: keep('false'),
        text: 'False',
        correct: falseWasCorrect === true && trueWasCorrect !== true,
      }),
    );
  } else if (type === 'single') {
    let seen = false;
    for (const option of options.controls) {
      const correct: boolean = option.controls.correct.value && !seen;
      seen ||= correct;
      option.controls.correct.setValue(correct);
    }
  }
  if (type !== 'multiple') form.controls.partialCredit.setValue(false);
  form.updateValueAndValidity();
}

/** Marks option `index` as the one correct answer (single and true/false). */
export function setOnlyCorrect(form: QuestionForm, index: number): void {
  form.controls.options.controls.forEach((option, i) => {
    option.controls.correct.setValue(i === index);
  });
  form.updateValueAndValidity();
}

/** The request body; option ids are kept for an edit (new options have none). */
export function toQuestionRequest(form: QuestionForm): UpdateQuestionRequest {
  const value = form.getRawValue();
  const rationale = value.rationale.trim();
  return {
    type: value.type,
    prompt: value.prompt.trim(),
    options: value.options.map((o) => {
      const feedback = o.feedback.trim();
      return {
        ...(o.id ? { id: o.id } : {}),
        text: o.text.trim(),
        correct: o.correct,
        ...(feedback ? { feedback } : {}),
      };
    }),
    points: value.points ?? 1,
    ...(rationale ? { rationale } : {}),
    tags: tagsOf(value.tags),
    partialCredit: value.type === 'multiple' && value.partialCredit,
  };
}
