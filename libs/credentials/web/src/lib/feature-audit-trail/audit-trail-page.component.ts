import { ChangeDetectionStrategy, Component, type OnInit, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { AlertComponent, EmptyStateComponent, PageHeaderComponent } from '@lms/platform/web-ui';
import { AuditTrailStore } from '../data-access/audit-trail.store';
import { AUDIT_EVENT_TYPES, auditTypeLabel, payloadSummary } from '../ui/audit-format';
import { formatMoment } from '../ui/credit-format';

/** The audit trail for an accreditor's request: filters, the events, each payload on demand. */
@Component({
  selector: 'lms-audit-trail-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatSelectModule,
    AlertComponent,
    EmptyStateComponent,
    PageHeaderComponent,
  ],
  providers: [AuditTrailStore],
  templateUrl: './audit-trail-page.component.html',
  styleUrl: './audit-trail-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuditTrailPageComponent implements OnInit {
  protected readonly store = inject(AuditTrailStore);
  protected readonly types = AUDIT_EVENT_TYPES;
  protected readonly typeLabel = auditTypeLabel;
  protected readonly summary = payloadSummary;
  protected readonly moment = formatMoment;
  protected readonly form = new FormGroup({
    type: new FormControl<string | null>(null),
    since: new FormControl('', { nonNullable: true }),
    until: new FormControl('', { nonNullable: true }),
    subjectId: new FormControl('', { nonNullable: true }),
    actorId: new FormControl('', { nonNullable: true }),
  });

  ngOnInit(): void {
    this.store.load();
  }

  protected apply(): void {
    this.store.filter(this.form.getRawValue());
  }

  protected clear(): void {
    this.form.reset();
    this.apply();
  }

  protected changePage(event: PageEvent): void {
    this.store.changePage(event.pageIndex, event.pageSize);
  }

  /** "credentials.certificate.revoked" in parts, to offer a line break after each dot. */
  protected typeParts(type: string): string[] {
    return type.split('.');
  }

  /** The first block of a UUID: enough to tell rows apart; the full id is in the details. */
  protected shortId(id: string): string {
    return id.length > 12 ? `${id.slice(0, 8)}…` : id;
  }

  protected json(payload: Record<string, unknown>): string {
    return JSON.stringify(payload, null, 2);
  }
}
