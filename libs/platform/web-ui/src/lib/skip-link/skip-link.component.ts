import { ChangeDetectionStrategy, Component, DOCUMENT, inject, input } from '@angular/core';

/**
 * The first focusable element of a layout: jumps past the header and navigation to the
 * element with id `target` (which should have `tabindex="-1"`). Focus is moved by script
 * because a bare `#fragment` link would be resolved against `<base href>` by the router.
 */
@Component({
  selector: 'lms-skip-link',
  template: `<a class="skip-link" [attr.href]="'#' + target()" (click)="skip($event)">
    <ng-content>Skip to main content</ng-content>
  </a>`,
  styleUrl: './skip-link.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SkipLinkComponent {
  private readonly document = inject(DOCUMENT);
  readonly target = input<string>('main-content');

  protected skip(event: Event): void {
    event.preventDefault();
    const target = this.document.getElementById(this.target());
    target?.focus();
    target?.scrollIntoView();
  }
}
