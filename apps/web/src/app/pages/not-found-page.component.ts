import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { SessionStore } from '@lms/identity/web';
import { EmptyStateComponent, PageHeaderComponent } from '@lms/platform/web-ui';

@Component({
  selector: 'lms-not-found-page',
  imports: [MatButtonModule, RouterLink, EmptyStateComponent, PageHeaderComponent],
  template: `
    <lms-page-header heading="Page not found" />
    <lms-empty-state
      icon="compass"
      heading="We could not find that page"
      message="The address may be mistyped, or the page may have moved."
    >
      <a mat-flat-button [routerLink]="home()">
        {{ session.isSignedIn() ? 'Go to your home page' : 'Go to sign in' }}
      </a>
    </lms-empty-state>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotFoundPageComponent {
  protected readonly session = inject(SessionStore);
  protected readonly home = computed(() =>
    this.session.isSignedIn() ? this.session.landingPath() : '/login',
  );
}
