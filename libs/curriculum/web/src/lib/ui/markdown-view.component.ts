import {
  ChangeDetectionStrategy,
  Component,
  ViewEncapsulation,
  computed,
  input,
} from '@angular/core';
import { renderMarkdown } from './markdown';

/**
 * Renders lesson Markdown. The HTML is bound with `[innerHTML]`, so Angular's sanitizer strips
 * scripts, `on*` handlers and unsafe URLs from whatever an author wrote.
 */
@Component({
  selector: 'lms-markdown-view',
  template: `<div class="lms-markdown" [innerHTML]="html()"></div>`,
  styleUrl: './markdown-view.component.scss',
  // The rendered HTML is not part of the template, so its styles cannot be emulated.
  encapsulation: ViewEncapsulation.None,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MarkdownViewComponent {
  readonly markdown = input.required<string>();
  protected readonly html = computed(() => renderMarkdown(this.markdown()));
}
