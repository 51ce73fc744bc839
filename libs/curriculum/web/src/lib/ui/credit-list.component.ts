import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { CreditDesignation } from '@lms/shared/contracts';
import { CREDIT_TYPE_LABELS } from '@lms/shared/contracts';

/** The CE credit a course designates, one line per credit type. */
@Component({
  selector: 'lms-credit-list',
  template: `
    @if (designations().length > 0) {
      <ul class="credit-list">
        @for (designation of designations(); track designation.creditType) {
          <li class="credit-list__item">
            <span class="credit-list__type">{{ labels[designation.creditType] }}</span>
            <span class="credit-list__amount">up to {{ designation.maxCredits }}</span>
          </li>
        }
      </ul>
    } @else {
      <p class="credit-list__none">No CE credit designated yet.</p>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .credit-list {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .credit-list__item {
      display: inline-flex;
      flex-wrap: wrap;
      gap: 0 6px;
      padding: 4px 12px;
      border-radius: var(--mat-sys-corner-small);
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
      font: var(--mat-sys-label-large);
    }
    .credit-list__amount {
      font-weight: 400;
    }
    .credit-list__none {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CreditListComponent {
  readonly designations = input.required<readonly CreditDesignation[]>();
  protected readonly labels = CREDIT_TYPE_LABELS;
}
