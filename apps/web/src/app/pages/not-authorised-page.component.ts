import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { SessionStore } from '@lms/identity/web';
import { EmptyStateComponent, PageHeaderComponent } from '@lms/platform/web-ui';

@Component({
  selector: 'lms-not-authorised-page',
  imports: [MatButtonModule, RouterLink, EmptyStateComponent, PageHeaderComponent],
  template: `
    <lms-page-header heading="Not authorised" />
    <lms-empty-state
      icon="lock"
      heading="This page is not part of your role"
      message="Your account does not have access to that page. If you think it should, ask your CE administrator to change your roles."
    >
      <a mat-flat-button [routerLink]="session.landingPath()">Go to your home page</a>
    </lms-empty-state>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotAuthorisedPageComponent {
  protected readonly session = inject(SessionStore);
}
