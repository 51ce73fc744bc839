import type { EnvironmentProviders } from '@angular/core';
import { inject, makeEnvironmentProviders, provideAppInitializer } from '@angular/core';
import { AuthSessionHandler } from '@lms/platform/web';
import { SessionStore } from './session.store';

/** Wires the session into the auth interceptor and restores it from the cookie at start. */
export function provideIdentity(): EnvironmentProviders {
  return makeEnvironmentProviders([
    { provide: AuthSessionHandler, useExisting: SessionStore },
    provideAppInitializer(() => inject(SessionStore).restore()),
  ]);
}
