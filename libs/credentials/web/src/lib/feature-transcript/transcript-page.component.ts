import { ChangeDetectionStrategy, Component, type OnInit, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { AlertComponent, EmptyStateComponent, PageHeaderComponent } from '@lms/platform/web-ui';
import type { Certificate, TranscriptResponse } from '@lms/shared/contracts';
import { CREDIT_TYPE_LABELS } from '@lms/shared/contracts';
import { TranscriptStore } from '../data-access/transcript.store';
import { CertificateStatusComponent } from '../ui/certificate-status.component';
import { formatCredits, formatDay } from '../ui/credit-format';

/** "My certificates and transcript": totals for licence renewal, every certificate, downloads. */
@Component({
  selector: 'lms-transcript-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    AlertComponent,
    EmptyStateComponent,
    PageHeaderComponent,
    CertificateStatusComponent,
  ],
  providers: [TranscriptStore],
  templateUrl: './transcript-page.component.html',
  styleUrl: './transcript-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TranscriptPageComponent implements OnInit {
  protected readonly store = inject(TranscriptStore);
  protected readonly labels = CREDIT_TYPE_LABELS;
  protected readonly credits = formatCredits;
  protected readonly day = formatDay;

  ngOnInit(): void {
    void this.store.load();
  }

  protected totalCredits(transcript: TranscriptResponse): string {
    return formatCredits(transcript.totalsByCreditType.reduce((sum, row) => sum + row.credits, 0));
  }

  protected async download(format: 'csv' | 'pdf'): Promise<void> {
    await this.store.downloadTranscript(format);
  }

  protected async downloadCertificate(certificate: Certificate): Promise<void> {
    await this.store.downloadCertificate(certificate);
  }
}
