import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** The page's one h1, an optional lead paragraph, and projected actions (`[lmsPageActions]`). */
@Component({
  selector: 'lms-page-header',
  templateUrl: './page-header.component.html',
  styleUrl: './page-header.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PageHeaderComponent {
  readonly heading = input.required<string>();
  readonly description = input<string>('');
}
