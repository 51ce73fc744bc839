import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';

/** A course's completion: a determinate bar named "N% complete", with the number as text. */
@Component({
  selector: 'lms-course-progress',
  imports: [MatProgressBarModule],
  template: `
    <div class="course-progress">
      <mat-progress-bar
        class="course-progress__bar"
        mode="determinate"
        [value]="percent()"
        [attr.aria-label]="label()"
      />
      <span class="course-progress__text" aria-hidden="true">{{ label() }}</span>
    </div>
  `,
  styles: `
    :host {
      display: block;
    }
    .course-progress {
      display: flex;
      align-items: center;
      gap: 12px;
    }
    .course-progress__bar {
      flex: 1 1 auto;
      --mat-progress-bar-track-height: 8px;
      --mat-progress-bar-active-indicator-height: 8px;
      --mat-progress-bar-track-shape: 4px;
      border-radius: 4px;
    }
    .course-progress__text {
      flex: none;
      font: var(--mat-sys-label-large);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CourseProgressComponent {
  readonly percent = input.required<number>();
  protected readonly label = computed(() => `${Math.round(this.percent())}% complete`);
}
