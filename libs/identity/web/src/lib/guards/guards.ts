import { inject } from '@angular/core';
import type { CanActivateFn, CanMatchFn, UrlTree } from '@angular/router';
import { Router } from '@angular/router';
import type { Permission } from '@lms/shared/contracts';
import { SessionStore } from '../data-access/session.store';

/** Where a signed-in user is sent when a route needs a permission they lack. */
export const NOT_AUTHORISED_PATH = '/not-authorised';

function signInTree(router: Router, returnUrl: string): UrlTree {
  return router.createUrlTree(['/login'], { queryParams: { returnUrl } });
}

/** Signed-out users go to /login?returnUrl=<where they were going>. */
export const authGuard: CanActivateFn = (_route, state) => {
  return inject(SessionStore).isSignedIn() || signInTree(inject(Router), state.url);
};

/** Matches only for a signed-in user (e.g. the shell's not-found page). */
export const signedInMatch: CanMatchFn = () => inject(SessionStore).isSignedIn();

/** The sign-in and registration pages send a signed-in user to their landing page. */
export const guestGuard: CanActivateFn = () => {
  const session = inject(SessionStore);
  return !session.isSignedIn() || inject(Router).parseUrl(session.landingPath());
};

/**
 * Lets a user in when one of their roles grants `permission` (the shared `ROLE_PERMISSIONS`
 * map the API guards with); otherwise shows the not-authorised page.
 */
export function roleGuard(permission: Permission): CanActivateFn {
  return (_route, state) => {
    const session = inject(SessionStore);
    const router = inject(Router);
    if (!session.isSignedIn()) return signInTree(router, state.url);
    return session.can(permission) || router.parseUrl(NOT_AUTHORISED_PATH);
  };
}

/** For `redirectTo` on `/`: the landing page when signed in, sign-in otherwise. */
export function landingRedirect(): string {
  const session = inject(SessionStore);
  return session.isSignedIn() ? session.landingPath() : '/login';
}
