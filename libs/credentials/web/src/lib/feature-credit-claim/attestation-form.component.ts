import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  inject,
  input,
  linkedSignal,
  output,
} from '@angular/core';
import type { AbstractControl, ValidationErrors } from '@angular/forms';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import type { AttestationRequest, AttestationResponse, CreditType } from '@lms/shared/contracts';
import { CREDIT_TYPE_LABELS } from '@lms/shared/contracts';
import { formatCredits, formatDuration, isQuarterStep } from '../ui/credit-format';

export const ATTESTATION_TEXT =
  'I attest that the credit I claim is commensurate with the extent of my participation in the activity.';

const MIN_CREDITS = 0.25;

function quarterSteps(control: AbstractControl<number | null>): ValidationErrors | null {
  return control.value === null || isQuarterStep(control.value) ? null : { quarter: true };
}

/**
 * The claim: one credit type among the course's designations, the credits (0.25 steps, at
 * most the designation, the designation by default) beside the time recorded, and the
 * attestation the accreditors require.
 */
@Component({
  selector: 'lms-attestation-form',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatRadioModule,
  ],
  templateUrl: './attestation-form.component.html',
  styleUrl: './attestation-form.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AttestationFormComponent {
  readonly attestation = input.required<AttestationResponse>();
  readonly submitting = input(false);
  readonly attested = output<AttestationRequest>();
  readonly cancelled = output();
  /** Shows "Cancel" (changing an earlier claim). */
  readonly cancellable = input(false);

  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly labels = CREDIT_TYPE_LABELS;
  protected readonly credits = formatCredits;
  protected readonly statement = ATTESTATION_TEXT;
  protected readonly minCredits = MIN_CREDITS;
  protected readonly timeRecorded = computed(() =>
    formatDuration(this.attestation().timeSpentMinutes),
  );

  protected readonly form = computed(() => {
    const attestation = this.attestation();
    const designations = attestation.designations;
    const offered = (type: CreditType | null): boolean =>
      designations.some((d) => d.creditType === type);
    const initialType: CreditType | null = offered(attestation.creditType)
      ? attestation.creditType
      : designations.length === 1
        ? (designations[0]?.creditType ?? null)
        : null;
    const creditType = new FormControl<CreditType | null>(initialType, Validators.required);
    const notAboveDesignation = (
      control: AbstractControl<number | null>,
    ): ValidationErrors | null => {
      const max = this.maxFor(creditType.value);
      return max !== null && control.value !== null && control.value > max
        ? { max: { max } }
        : null;
    };
    const initialCredits =
      initialType !== null && initialType === attestation.creditType
        ? attestation.creditsClaimed
        : this.maxFor(initialType);
    return new FormGroup({
      creditType,
      creditsClaimed: new FormControl<number | null>(initialCredits, [
        Validators.required,
        Validators.min(MIN_CREDITS),
        quarterSteps,
        notAboveDesignation,
      ]),
      confirm: new FormControl(false, { nonNullable: true, validators: Validators.requiredTrue }),
    });
  });

  protected readonly chosenType = linkedSignal(() => this.form().controls.creditType.value);
  /** The designation of the chosen type, for the hint and the input's max. */
  protected readonly max = computed(() => this.maxFor(this.chosenType()));

  protected maxFor(type: CreditType | null): number | null {
    return this.attestation().designations.find((d) => d.creditType === type)?.maxCredits ?? null;
  }

  /** A new credit type claims its full designation, which the trainee may lower. */
  protected chooseType(type: CreditType): void {
    const controls = this.form().controls;
    this.chosenType.set(type);
    controls.creditsClaimed.setValue(this.maxFor(type));
    controls.creditsClaimed.markAsTouched();
  }

  protected submit(): void {
    const form = this.form();
    if (form.invalid) {
      form.markAllAsTouched();
      setTimeout(() => {
        this.host.nativeElement
          .querySelector<HTMLElement>(
            '.credit-types.ng-invalid input, input.ng-invalid, mat-checkbox.ng-invalid input',
          )
          ?.focus();
      });
      return;
    }
    const { creditType, creditsClaimed } = form.getRawValue();
    if (creditType === null || creditsClaimed === null) return;
    this.attested.emit({ creditType, creditsClaimed });
  }
}
