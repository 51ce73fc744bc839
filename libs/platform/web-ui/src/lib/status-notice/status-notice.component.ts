import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';

/**
 * What the last action did ("Provider settings saved."), read out by screen readers. The live
 * region stays in the page while there is nothing to say, so that the first message is
 * announced too; it then takes no room.
 */
@Component({
  selector: 'lms-status-notice',
  imports: [MatIconModule],
  template: `
    <p class="notice" role="status">
      @if (message()) {
        <mat-icon svgIcon="check_circle" aria-hidden="true" />
        <span>{{ message() }}</span>
      }
    </p>
  `,
  styleUrl: './status-notice.component.scss',
  host: { '[class.status-notice--empty]': '!message()' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StatusNoticeComponent {
  readonly message = input<string>('');
}
