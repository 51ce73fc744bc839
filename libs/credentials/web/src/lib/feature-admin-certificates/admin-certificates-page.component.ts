import { ChangeDetectionStrategy, Component, type OnInit, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog, MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import {
  AlertComponent,
  EmptyStateComponent,
  PageHeaderComponent,
  StatusNoticeComponent,
} from '@lms/platform/web-ui';
import type { Certificate, CertificateStatus } from '@lms/shared/contracts';
import { CREDIT_TYPE_LABELS } from '@lms/shared/contracts';
import { debounceTime, distinctUntilChanged } from 'rxjs';
import { AdminCertificatesStore } from '../data-access/admin-certificates.store';
import { CertificateIssuanceStore } from '../data-access/certificate-issuance.store';
import { CertificateStatusComponent } from '../ui/certificate-status.component';
import { CERTIFICATE_STATUS_LABELS, formatCredits, formatDay } from '../ui/credit-format';
import { BulkPanelComponent } from './bulk-panel.component';
import { IssuePanelComponent } from './issue-panel.component';
import { askReason } from './reason-dialog.component';

const SEARCH_DEBOUNCE_MS = 300;

/** The CE administrator's certificates: issue one or in bulk, find, download, revoke, reissue. */
@Component({
  selector: 'lms-admin-certificates-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatSelectModule,
    AlertComponent,
    EmptyStateComponent,
    PageHeaderComponent,
    StatusNoticeComponent,
    CertificateStatusComponent,
    BulkPanelComponent,
    IssuePanelComponent,
  ],
  providers: [AdminCertificatesStore, CertificateIssuanceStore],
  templateUrl: './admin-certificates-page.component.html',
  styleUrl: './admin-certificates-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AdminCertificatesPageComponent implements OnInit {
  protected readonly store = inject(AdminCertificatesStore);
  private readonly issuance = inject(CertificateIssuanceStore);
  private readonly dialog = inject(MatDialog);

  protected readonly labels = CREDIT_TYPE_LABELS;
  protected readonly statusLabels = CERTIFICATE_STATUS_LABELS;
  protected readonly statuses: CertificateStatus[] = ['active', 'revoked', 'expired'];
  protected readonly credits = formatCredits;
  protected readonly day = formatDay;
  protected readonly search = new FormControl('', { nonNullable: true });
  protected readonly courseFilter = new FormControl<string | null>(null);
  protected readonly statusFilter = new FormControl<CertificateStatus | null>(null);

  constructor() {
    this.search.valueChanges
      .pipe(debounceTime(SEARCH_DEBOUNCE_MS), distinctUntilChanged(), takeUntilDestroyed())
      .subscribe((q) => {
        this.store.filter({ q });
      });
    this.courseFilter.valueChanges.pipe(takeUntilDestroyed()).subscribe((courseId) => {
      this.store.filter({ courseId });
    });
    this.statusFilter.valueChanges.pipe(takeUntilDestroyed()).subscribe((status) => {
      this.store.filter({ status });
    });
    this.issuance.bulkFinished.pipe(takeUntilDestroyed()).subscribe(() => {
      this.store.load();
    });
  }

  ngOnInit(): void {
    this.store.load();
    void this.store.loadCourses();
  }

  protected changePage(event: PageEvent): void {
    this.store.changePage(event.pageIndex, event.pageSize);
  }

  protected async download(certificate: Certificate): Promise<void> {
    await this.store.download(certificate);
  }

  protected async revoke(certificate: Certificate): Promise<void> {
    const reason = await askReason(this.dialog, {
      heading: `Revoke certificate ${certificate.verificationCode}?`,
      paragraphs: [
        `${certificate.holderName} — ${certificate.courseTitle}, ${formatCredits(certificate.credits)} ${CREDIT_TYPE_LABELS[certificate.creditType]}.`,
        'A revoked certificate is never valid again: the verification page will say “Revoked”. Issue a corrected one with Reissue instead if the trainee keeps the credit.',
      ],
      confirmLabel: 'Revoke certificate',
      destructive: true,
    });
    if (reason !== null) await this.store.revoke(certificate, reason);
  }

  protected async reissue(certificate: Certificate): Promise<void> {
    const reason = await askReason(this.dialog, {
      heading: `Reissue certificate ${certificate.verificationCode}?`,
      paragraphs: [
        `${certificate.holderName} — ${certificate.courseTitle}.`,
        'The current certificate is revoked with this reason and a new one is issued from the current records, with a new verification code.',
      ],
      confirmLabel: 'Revoke and reissue',
    });
    if (reason !== null) await this.store.reissue(certificate, reason);
  }
}
