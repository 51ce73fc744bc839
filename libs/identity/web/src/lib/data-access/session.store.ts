import { Injectable, computed, inject, signal } from '@angular/core';
import { Router } from '@angular/router';
import type { AuthSessionHandler } from '@lms/platform/web';
import { AccessTokenStorage } from '@lms/platform/web';
import type {
  LoginRequest,
  MeResponse,
  Permission,
  RegisterRequest,
  Role,
  UserSummary,
} from '@lms/shared/contracts';
import { hasPermission, landingPathFor } from '@lms/shared/contracts';
import type { Observable } from 'rxjs';
import { firstValueFrom, map } from 'rxjs';
import { IdentityApi } from './identity.api';
import { safeReturnUrl } from './return-url';

export type SessionStatus = 'unknown' | 'signed-in' | 'signed-out';

interface SessionState {
  status: SessionStatus;
  user: UserSummary | null;
}

function summaryOf(me: MeResponse): UserSummary {
  return { id: me.id, email: me.email, fullName: me.fullName, roles: me.roles };
}

/**
 * Who is signed in. The access token lives in `AccessTokenStorage` (memory only); the refresh
 * token in an httpOnly cookie that only the API reads.
 */
@Injectable({ providedIn: 'root' })
export class SessionStore implements AuthSessionHandler {
  private readonly api = inject(IdentityApi);
  private readonly tokens = inject(AccessTokenStorage);
  private readonly router = inject(Router);
  private readonly state = signal<SessionState>({ status: 'unknown', user: null });

  readonly status = computed(() => this.state().status);
  readonly user = computed(() => this.state().user);
  readonly isSignedIn = computed(() => this.state().status === 'signed-in');
  readonly roles = computed<readonly Role[]>(() => this.state().user?.roles ?? []);
  readonly landingPath = computed(() => landingPathFor(this.roles()));

  can(permission: Permission): boolean {
    return hasPermission(this.roles(), permission);
  }

  /** At app start: trade the refresh cookie for a token, then load the user. Never throws. */
  async restore(): Promise<void> {
    try {
      const { accessToken } = await firstValueFrom(this.api.refresh());
      this.tokens.set(accessToken);
      this.setUser(summaryOf(await firstValueFrom(this.api.me())));
    } catch {
      this.clear();
    }
  }

  async signIn(request: LoginRequest): Promise<UserSummary> {
    const { user, accessToken } = await firstValueFrom(this.api.login(request));
    this.tokens.set(accessToken);
    this.setUser(user);
    return user;
  }

  async register(request: RegisterRequest): Promise<UserSummary> {
    const { user, accessToken } = await firstValueFrom(this.api.register(request));
    this.tokens.set(accessToken);
    this.setUser(user);
    return user;
  }

  /** Ends the session on the server (best effort) and here, then shows sign-in. */
  async signOut(): Promise<void> {
    try {
      await firstValueFrom(this.api.logout());
    } catch {
      // Signing out locally is what matters; the cookie expires on its own.
    }
    this.clear();
    await this.router.navigateByUrl('/login');
  }

  /** Keeps the toolbar in step after the user edits their profile. */
  updateUser(me: MeResponse): void {
    if (this.state().user?.id === me.id) this.setUser(summaryOf(me));
  }

  refreshAccessToken(): Observable<string> {
    return this.api.refresh().pipe(map((response) => response.accessToken));
  }

  sessionExpired(returnUrl: string): void {
    this.clear();
    const target = safeReturnUrl(returnUrl);
    void this.router.navigate(['/login'], target ? { queryParams: { returnUrl: target } } : {});
  }

  private setUser(user: UserSummary): void {
    this.state.set({ status: 'signed-in', user });
  }

  private clear(): void {
    this.tokens.clear();
    this.state.set({ status: 'signed-out', user: null });
  }
}
