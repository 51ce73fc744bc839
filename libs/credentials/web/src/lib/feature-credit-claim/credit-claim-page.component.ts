import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ActivatedRoute, RouterLink } from '@angular/router';
import {
  AlertComponent,
  EmptyStateComponent,
  PageHeaderComponent,
  StatusNoticeComponent,
} from '@lms/platform/web-ui';
import type { AttestationRequest, SubmitEvaluationRequest } from '@lms/shared/contracts';
import { map } from 'rxjs';
import { CreditClaimStore } from '../data-access/credit-claim.store';
import { formatClaim, formatDay, formatDuration } from '../ui/credit-format';
import { AttestationFormComponent } from './attestation-form.component';
import { EvaluationFormComponent } from './evaluation-form.component';

/**
 * "Complete your course": the four steps to a CE certificate as a vertical list, each with
 * its state in words — course requirements, the evaluation, the attestation and claim, and
 * the certificate (download, verification link) once the CE administrator issued it.
 */
@Component({
  selector: 'lms-credit-claim-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    AlertComponent,
    EmptyStateComponent,
    PageHeaderComponent,
    StatusNoticeComponent,
    AttestationFormComponent,
    EvaluationFormComponent,
  ],
  providers: [CreditClaimStore],
  templateUrl: './credit-claim-page.component.html',
  styleUrl: './credit-claim-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CreditClaimPageComponent {
  protected readonly store = inject(CreditClaimStore);
  protected readonly day = formatDay;
  protected readonly claim = formatClaim;
  /** "Change claim" reopens the form over a recorded attestation. */
  protected readonly changingClaim = signal(false);

  protected readonly showClaimForm = computed(
    () => !this.store.claimLocked() && (!this.store.attested() || this.changingClaim()),
  );
  protected readonly timeRecorded = computed(() =>
    formatDuration(this.store.attestation()?.timeSpentMinutes ?? 0),
  );
  protected readonly doneCount = computed(
    () => this.store.steps().filter((step) => step.state === 'done').length,
  );

  constructor() {
    inject(ActivatedRoute)
      .paramMap.pipe(
        map((params) => params.get('courseId') ?? ''),
        takeUntilDestroyed(),
      )
      .subscribe((courseId) => {
        this.changingClaim.set(false);
        void this.store.load(courseId);
      });
  }

  protected stepOf(id: string): 'done' | 'todo' {
    return this.store.steps().find((step) => step.id === id)?.state ?? 'todo';
  }

  protected async submitEvaluation(body: SubmitEvaluationRequest): Promise<void> {
    await this.store.submitEvaluation(body);
  }

  protected async attest(body: AttestationRequest): Promise<void> {
    if (await this.store.attest(body)) this.changingClaim.set(false);
  }

  protected async download(): Promise<void> {
    await this.store.downloadCertificate();
  }
}
