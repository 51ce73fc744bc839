import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { ActivatedRoute } from '@angular/router';
import { EmptyStateComponent, PageHeaderComponent } from '@lms/platform/web-ui';

/** Route data of a page whose feature is still to come. */
export interface PlaceholderData {
  heading: string;
  description: string;
  icon: string;
  emptyHeading: string;
  emptyMessage: string;
}

/**
 * Stands in for the domain pages that later issues build (my courses, authoring, grading,
 * certificates): a real page with its h1 and an empty state saying what will appear there.
 */
@Component({
  selector: 'lms-placeholder-page',
  imports: [EmptyStateComponent, PageHeaderComponent],
  template: `
    <lms-page-header [heading]="page.heading" [description]="page.description" />
    <lms-empty-state
      [icon]="page.icon"
      [heading]="page.emptyHeading"
      [message]="page.emptyMessage"
    />
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PlaceholderPageComponent {
  // Each placeholder route has its own component instance, so the snapshot never goes stale.
  protected readonly page = inject(ActivatedRoute).snapshot.data as PlaceholderData;
}
