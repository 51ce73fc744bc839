import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';

/** The product mark and name, linking home. */
@Component({
  selector: 'lms-brand',
  imports: [RouterLink],
  template: `
    <a class="brand" [routerLink]="link()" aria-label="Threshold, home">
      <svg class="brand__mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
        <rect width="32" height="32" rx="8" fill="currentColor" />
        <path
          d="M10 25V14a6 6 0 0 1 12 0v11"
          fill="none"
          stroke="#fff"
          stroke-width="2.5"
          stroke-linecap="round"
        />
        <path d="M7 25h18" stroke="#fff" stroke-width="2.5" stroke-linecap="round" />
      </svg>
      <span class="brand__name">Threshold</span>
    </a>
  `,
  styles: `
    .brand {
      display: inline-flex;
      align-items: center;
      gap: 10px;
      color: var(--mat-sys-primary);
      text-decoration: none;
      border-radius: var(--mat-sys-corner-small);
    }
    .brand__mark {
      width: 32px;
      height: 32px;
      flex: none;
    }
    .brand__name {
      font: var(--mat-sys-title-large);
      font-weight: 600;
      letter-spacing: 0.01em;
      color: var(--mat-sys-on-surface);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BrandComponent {
  readonly link = input<string>('/');
}
