import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

export type AlertKind = 'error' | 'success';

/**
 * A live region for a form's outcome. The region is always rendered so screen readers
 * announce messages as they appear: `role="alert"` for errors, `role="status"` for success.
 */
@Component({
  selector: 'lms-alert',
  templateUrl: './alert.component.html',
  styleUrl: './alert.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AlertComponent {
  readonly messages = input<readonly string[]>([]);
  readonly kind = input<AlertKind>('error');
  protected readonly role = computed(() => (this.kind() === 'error' ? 'alert' : 'status'));
}
