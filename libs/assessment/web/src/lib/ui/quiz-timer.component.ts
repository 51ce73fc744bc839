import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { formatClock, formatTimeInWords } from './quiz-format';

/** Below this many seconds the timer turns to the warning style. */
const LOW_SECONDS = 300;

/**
 * The visible countdown. Deliberately not a live region (role="timer" is aria-live off):
 * the page announces only 5 minutes, 1 minute and time up, through its own polite region.
 */
@Component({
  selector: 'lms-quiz-timer',
  imports: [MatIconModule],
  template: `
    <div
      class="timer"
      [class.timer--low]="low()"
      role="timer"
      aria-live="off"
      [attr.aria-label]="'Time left: ' + words()"
    >
      <mat-icon svgIcon="schedule" aria-hidden="true" />
      <span class="timer__label" aria-hidden="true">Time left</span>
      <span class="timer__clock" aria-hidden="true">{{ clock() }}</span>
    </div>
  `,
  styles: `
    .timer {
      display: inline-flex;
      align-items: center;
      gap: 8px;
      padding: 6px 14px;
      border-radius: var(--mat-sys-corner-full);
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
      font: var(--mat-sys-label-large);
    }
    .timer--low {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .timer__clock {
      min-width: 5ch;
      font: var(--mat-sys-title-medium);
      font-variant-numeric: tabular-nums;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class QuizTimerComponent {
  readonly secondsLeft = input.required<number>();

  protected readonly clock = computed(() => formatClock(this.secondsLeft()));
  protected readonly words = computed(() => formatTimeInWords(this.secondsLeft()));
  protected readonly low = computed(() => this.secondsLeft() <= LOW_SECONDS);
}
