import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { AlertComponent } from '@lms/platform/web-ui';
import type { VerificationResponse } from '@lms/shared/contracts';
import { CREDIT_TYPE_LABELS } from '@lms/shared/contracts';
import { map } from 'rxjs';
import { VerifyStore } from '../data-access/verify.store';
import { formatCredits, formatDay } from '../ui/credit-format';

interface Verdict {
  kind: 'valid' | 'revoked' | 'expired';
  heading: string;
  icon: string;
  detail: string;
}

/** The big answer first: valid, revoked (never valid again) or expired. */
function verdictOf(result: VerificationResponse): Verdict {
  if (result.status === 'revoked') {
    return {
      kind: 'revoked',
      heading: result.revokedAt ? `Revoked on ${formatDay(result.revokedAt)}` : 'Revoked',
      icon: 'block',
      detail: 'This certificate is not valid. The provider revoked it.',
    };
  }
  if (result.status === 'expired' || !result.valid) {
    return {
      kind: 'expired',
      heading: result.expiresAt ? `Expired on ${formatDay(result.expiresAt)}` : 'Expired',
      icon: 'event_busy',
      detail: 'This certificate was valid until its expiry date and is no longer current.',
    };
  }
  return {
    kind: 'valid',
    heading: 'Valid certificate',
    icon: 'verified',
    detail: `Issued by ${result.providerName}.`,
  };
}

/**
 * Public verification (no sign-in): /verify/:code answers for one certificate, /verify asks
 * for a code. Boards and employers land here from the certificate's QR code, often on a phone.
 */
@Component({
  selector: 'lms-verify-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    AlertComponent,
  ],
  providers: [VerifyStore],
  templateUrl: './verify-page.component.html',
  styleUrl: './verify-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class VerifyPageComponent {
  protected readonly store = inject(VerifyStore);
  private readonly router = inject(Router);
  protected readonly labels = CREDIT_TYPE_LABELS;
  protected readonly credits = formatCredits;
  protected readonly day = formatDay;
  protected readonly lookup = new FormGroup({
    code: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.pattern(/\S/)],
    }),
  });
  protected readonly verdict = computed(() => {
    const result = this.store.result();
    return result ? verdictOf(result) : null;
  });

  constructor() {
    inject(ActivatedRoute)
      .paramMap.pipe(
        map((params) => params.get('code')?.trim() ?? ''),
        takeUntilDestroyed(),
      )
      .subscribe((code) => {
        if (code === '') {
          this.store.clear();
        } else {
          this.lookup.setValue({ code });
          void this.store.verify(code);
        }
      });
  }

  protected async check(): Promise<void> {
    const code = this.lookup.getRawValue().code.trim();
    if (code === '') {
      this.lookup.markAllAsTouched();
      return;
    }
    await this.router.navigate(['/verify', code]);
  }
}
