import type { Observable } from 'rxjs';

/**
 * What the auth interceptor needs from the identity domain, which platform may not import.
 * `@lms/identity/web` provides it (`provideIdentity()`).
 */
export abstract class AuthSessionHandler {
  /** Exchanges the refresh cookie for a new access token. Errors when the cookie is gone. */
  abstract refreshAccessToken(): Observable<string>;
  /** Called once the refresh failed: forget the user and send them to sign in. */
  abstract sessionExpired(returnUrl: string): void;
}
