import { BreakpointObserver } from '@angular/cdk/layout';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatListModule } from '@angular/material/list';
import { MatSidenav, MatSidenavModule } from '@angular/material/sidenav';
import { MatToolbarModule } from '@angular/material/toolbar';
import { NavigationEnd, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { SessionStore } from '@lms/identity/web';
import { SkipLinkComponent } from '@lms/platform/web-ui';
import { filter, map } from 'rxjs';
import { BrandComponent } from './brand.component';
import { navSectionsFor } from './nav-sections';
import { NotificationBellComponent } from './notification-bell.component';

/** Below this width the navigation becomes a drawer opened from the menu button. */
const HANDSET_QUERY = '(max-width: 959.98px)';

/** Layout of the signed-in app: toolbar, role-aware navigation, main content. */
@Component({
  selector: 'lms-shell',
  imports: [
    RouterOutlet,
    RouterLink,
    RouterLinkActive,
    MatButtonModule,
    MatIconModule,
    MatListModule,
    MatSidenavModule,
    MatToolbarModule,
    BrandComponent,
    NotificationBellComponent,
    SkipLinkComponent,
  ],
  templateUrl: './shell.component.html',
  styleUrl: './shell.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ShellComponent {
  protected readonly session = inject(SessionStore);
  private readonly breakpoints = inject(BreakpointObserver);
  private readonly sidenav = viewChild.required(MatSidenav);

  protected readonly handset = toSignal(
    this.breakpoints.observe(HANDSET_QUERY).pipe(map((state) => state.matches)),
    { initialValue: this.breakpoints.isMatched(HANDSET_QUERY) },
  );
  protected readonly sections = computed(() => navSectionsFor(this.session.roles()));
  protected readonly navOpen = signal(false);

  constructor() {
    // On a phone the drawer covers the page: close it once a link was followed.
    inject(Router)
      .events.pipe(
        filter((event) => event instanceof NavigationEnd),
        takeUntilDestroyed(),
      )
      .subscribe(() => {
        if (this.handset()) void this.sidenav().close();
      });
  }

  protected toggleNav(): void {
    void this.sidenav().toggle();
  }

  protected signOut(): Promise<void> {
    return this.session.signOut();
  }
}
