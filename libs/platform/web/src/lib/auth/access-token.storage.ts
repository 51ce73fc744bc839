import { Injectable, computed, signal } from '@angular/core';

/**
 * Holds the access token in memory only (never localStorage). A reload loses it; the app
 * restores it from the httpOnly refresh cookie at start.
 */
@Injectable({ providedIn: 'root' })
export class AccessTokenStorage {
  private readonly state = signal<string | null>(null);

  readonly token = this.state.asReadonly();
  readonly hasToken = computed(() => this.state() !== null);

  set(token: string): void {
    this.state.set(token);
  }

  clear(): void {
    this.state.set(null);
  }
}
