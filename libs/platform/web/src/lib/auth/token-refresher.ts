import { Injectable, inject } from '@angular/core';
import { Router } from '@angular/router';
import type { Observable } from 'rxjs';
import { finalize, shareReplay, tap } from 'rxjs';
import { AccessTokenStorage } from './access-token.storage';
import { AuthSessionHandler } from './auth-session-handler';

/**
 * Runs at most one refresh at a time; concurrent callers share the in-flight one. When the
 * refresh fails the token is cleared and the session expired once, however many requests
 * were waiting on it.
 */
@Injectable({ providedIn: 'root' })
export class TokenRefresher {
  private readonly tokens = inject(AccessTokenStorage);
  private readonly handler = inject(AuthSessionHandler);
  private readonly router = inject(Router);
  private inFlight: Observable<string> | null = null;

  refresh(): Observable<string> {
    this.inFlight ??= this.handler.refreshAccessToken().pipe(
      tap({
        next: (token) => {
          this.tokens.set(token);
        },
        error: () => {
          this.tokens.clear();
          this.handler.sessionExpired(this.router.url);
        },
      }),
      finalize(() => {
        this.inFlight = null;
      }),
      shareReplay({ bufferSize: 1, refCount: false }),
    );
    return this.inFlight;
  }
}
