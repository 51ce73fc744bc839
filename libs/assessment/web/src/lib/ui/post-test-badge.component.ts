import { ChangeDetectionStrategy, Component } from '@angular/core';

/** Marks the course post-test (the quiz that gates CE credit). */
@Component({
  selector: 'lms-post-test-badge',
  template: `<span class="badge">Post-test</span>`,
  styles: `
    :host {
      display: inline-flex;
    }
    .badge {
      padding: 2px 10px;
      border-radius: var(--mat-sys-corner-full);
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
      font: var(--mat-sys-label-medium);
      letter-spacing: 0.02em;
      white-space: nowrap;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PostTestBadgeComponent {}
