import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import type { CertificateStatus } from '@lms/shared/contracts';
import { CERTIFICATE_STATUS_LABELS } from './credit-format';

const ICONS: Record<CertificateStatus, string> = {
  active: 'check_circle',
  revoked: 'block',
  expired: 'event_busy',
};

/** A certificate's status as a chip: an icon and the word, never colour alone. */
@Component({
  selector: 'lms-certificate-status',
  imports: [MatIconModule],
  template: `
    <span [class]="'status status--' + status()" data-testid="certificate-status">
      <mat-icon [svgIcon]="icon()" aria-hidden="true" />
      {{ label() }}
    </span>
  `,
  styles: `
    :host {
      display: inline-block;
    }
    .status {
      display: inline-flex;
      align-items: center;
      gap: 4px;
      padding: 2px 10px 2px 6px;
      border-radius: var(--mat-sys-corner-full);
      font: var(--mat-sys-label-large);
      white-space: nowrap;
    }
    .status mat-icon {
      width: 18px;
      height: 18px;
    }
    .status--active {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    .status--revoked {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .status--expired {
      background: var(--mat-sys-surface-container-highest);
      color: var(--mat-sys-on-surface);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CertificateStatusComponent {
  readonly status = input.required<CertificateStatus>();
  protected readonly label = computed(() => CERTIFICATE_STATUS_LABELS[this.status()]);
  protected readonly icon = computed(() => ICONS[this.status()]);
}
