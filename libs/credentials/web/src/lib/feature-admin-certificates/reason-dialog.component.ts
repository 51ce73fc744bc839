import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import type { MatDialog } from '@angular/material/dialog';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { firstValueFrom } from 'rxjs';

export interface ReasonDialogData {
  heading: string;
  /** One paragraph per entry: say exactly what the action does. */
  paragraphs: readonly string[];
  confirmLabel: string;
  /** Styles the confirm button as destructive (revoke). */
  destructive?: boolean;
}

const REASON_MAX_LENGTH = 500;

/**
 * The confirm dialog of `@lms/platform/web-ui/confirm-dialog`, plus the reason that revoking
 * or reissuing requires (kept with the certificate and in the audit trail).
 */
@Component({
  selector: 'lms-reason-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
  ],
  template: `
    <h2 mat-dialog-title>{{ data.heading }}</h2>
    <form [formGroup]="form" (ngSubmit)="confirm()" novalidate>
      <mat-dialog-content>
        @for (paragraph of data.paragraphs; track $index) {
          <p class="reason-dialog__text">{{ paragraph }}</p>
        }
        <mat-form-field appearance="outline" class="reason-dialog__field">
          <mat-label>Reason</mat-label>
          <textarea
            matInput
            formControlName="reason"
            rows="3"
            required
            [attr.maxlength]="maxLength"
          ></textarea>
          <mat-hint>Kept with the certificate and in the audit trail.</mat-hint>
          <mat-error>Give the reason.</mat-error>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" [mat-dialog-close]="null">Cancel</button>
        <button mat-flat-button type="submit" [class.reason-dialog__destructive]="data.destructive">
          {{ data.confirmLabel }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .reason-dialog__text {
      margin: 0 0 12px;
      max-width: 60ch;
    }
    .reason-dialog__field {
      width: 100%;
      margin-top: 4px;
    }
    .reason-dialog__destructive {
      --mat-button-filled-container-color: var(--mat-sys-error);
      --mat-button-filled-label-text-color: var(--mat-sys-on-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReasonDialogComponent {
  protected readonly data = inject<ReasonDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<ReasonDialogComponent, string | null>>(MatDialogRef);
  protected readonly maxLength = REASON_MAX_LENGTH;
  protected readonly form = new FormGroup({
    reason: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.pattern(/\S/)],
    }),
  });

  protected confirm(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.ref.close(this.form.getRawValue().reason.trim());
  }
}

/** Opens the dialog; resolves the reason given, or null when cancelled. */
export async function askReason(dialog: MatDialog, data: ReasonDialogData): Promise<string | null> {
  const ref = dialog.open<ReasonDialogComponent, ReasonDialogData, string | null>(
    ReasonDialogComponent,
    { data, width: '560px', maxWidth: 'calc(100vw - 32px)', autoFocus: 'first-tabbable' },
  );
  return (await firstValueFrom(ref.afterClosed())) ?? null;
}
