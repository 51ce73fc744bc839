import type { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import { FormArray, FormControl, FormGroup, Validators } from '@angular/forms';
import type {
  CourseOutline,
  CreateCourseRequest,
  CreditDesignation,
  CreditType,
} from '@lms/shared/contracts';

/** API limits (libs/curriculum/api DTOs), checked here first for quicker feedback. */
export const LIMITS = {
  title: 200,
  summary: 2000,
  objectives: 12,
  objectiveLength: 300,
  maxCredits: 100,
  minutesMin: 1,
  minutesMax: 600,
  body: 100_000,
  resources: 20,
} as const;

/** One entry per non-empty line. */
export function linesOf(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/** "One objective per line": at most 12 lines of at most 300 characters. */
export const objectivesValidator: ValidatorFn = (
  control: AbstractControl,
): ValidationErrors | null => {
  const lines = linesOf(typeof control.value === 'string' ? control.value : '');
  if (lines.length > LIMITS.objectives) return { tooMany: { max: LIMITS.objectives } };
  if (lines.some((line) => line.length > LIMITS.objectiveLength)) {
    return { lineTooLong: { max: LIMITS.objectiveLength } };
  }
  return null;
};

/** CE credit is recorded in quarter-hour steps. */
export const quarterStepValidator: ValidatorFn = (
  control: AbstractControl,
): ValidationErrors | null => {
  const value: unknown = control.value;
  if (typeof value !== 'number' || Number.isNaN(value)) return null;
  return Number.isInteger(value * 4) ? null : { quarterStep: true };
};

export type CreditForm = FormGroup<{
  creditType: FormControl<CreditType | null>;
  maxCredits: FormControl<number | null>;
}>;

export function creditForm(designation?: CreditDesignation): CreditForm {
  return new FormGroup({
    creditType: new FormControl<CreditType | null>(designation?.creditType ?? null, {
      validators: [Validators.required],
    }),
    maxCredits: new FormControl<number | null>(designation?.maxCredits ?? null, {
      validators: [
        Validators.required,
        Validators.min(0.25),
        Validators.max(LIMITS.maxCredits),
        quarterStepValidator,
      ],
    }),
  });
}

/** A credit type may be designated once. */
const uniqueCreditTypes: ValidatorFn = (control: AbstractControl): ValidationErrors | null => {
  const types = (control as FormArray<CreditForm>).controls
    .map((c) => c.controls.creditType.value)
    .filter((t): t is CreditType => t !== null);
  return new Set(types).size === types.length ? null : { duplicateCreditType: true };
};

export type CourseDetailsForm = FormGroup<{
  title: FormControl<string>;
  summary: FormControl<string>;
  objectives: FormControl<string>;
  credits: FormArray<CreditForm>;
}>;

export function courseDetailsForm(): CourseDetailsForm {
  return new FormGroup({
    title: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(LIMITS.title)],
    }),
    summary: new FormControl('', {
      nonNullable: true,
      validators: [Validators.maxLength(LIMITS.summary)],
    }),
    objectives: new FormControl('', { nonNullable: true, validators: [objectivesValidator] }),
    credits: new FormArray<CreditForm>([], { validators: [uniqueCreditTypes] }),
  });
}

export function fillCourseDetails(form: CourseDetailsForm, outline: CourseOutline): void {
  form.controls.credits.clear();
  for (const designation of outline.creditDesignations) {
    form.controls.credits.push(creditForm(designation));
  }
  form.patchValue({
    title: outline.title,
    summary: outline.summary,
    objectives: outline.learningObjectives.join('\n'),
  });
  form.markAsPristine();
}

/** The request for a valid form (check `form.valid` first). */
export function toCourseRequest(form: CourseDetailsForm): CreateCourseRequest {
  const value = form.getRawValue();
  return {
    title: value.title.trim(),
    summary: value.summary.trim(),
    learningObjectives: linesOf(value.objectives),
    creditDesignations: value.credits.flatMap((c) =>
      c.creditType !== null && c.maxCredits !== null
        ? [{ creditType: c.creditType, maxCredits: c.maxCredits }]
        : [],
    ),
  };
}
