import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { AlertComponent } from '@lms/platform/web-ui';
import type { CourseSummary } from '@lms/shared/contracts';
import { CertificateIssuanceStore } from '../data-access/certificate-issuance.store';

/**
 * "Bulk issue for a course": a determinate progress bar while the job runs (its value read by
 * assistive technology on demand), and a polite live region that announces the start and the
 * summary only, not every second's progress.
 */
@Component({
  selector: 'lms-bulk-panel',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatProgressBarModule,
    MatSelectModule,
    AlertComponent,
  ],
  templateUrl: './bulk-panel.component.html',
  styleUrl: './panels.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BulkPanelComponent {
  readonly courses = input.required<readonly CourseSummary[]>();
  protected readonly store = inject(CertificateIssuanceStore);

  protected readonly announcement = computed(() => {
    if (this.store.bulkStarting()) return 'Starting bulk issuance…';
    if (this.store.bulkRunning())
      return 'Bulk issuance running. The summary follows here when it ends.';
    return this.store.bulkSummary();
  });

  protected async start(): Promise<void> {
    await this.store.startBulk();
  }
}
