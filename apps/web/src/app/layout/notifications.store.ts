import { DestroyRef, Injectable, InjectionToken, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router } from '@angular/router';
import { SessionStore } from '@lms/identity/web';
import type { NotificationResponse } from '@lms/shared/contracts';
import {
  EMPTY,
  catchError,
  debounceTime,
  filter,
  firstValueFrom,
  interval,
  merge,
  startWith,
  switchMap,
} from 'rxjs';
import type { NotificationsPage } from './notifications.api';
import { NotificationsApi } from './notifications.api';

/** How often the bell asks for new notifications while someone is signed in. */
export const NOTIFICATIONS_POLL_MS = new InjectionToken<number>('NOTIFICATIONS_POLL_MS', {
  factory: () => 60_000,
});

/** How many recent notifications the menu lists. */
export const RECENT_NOTIFICATIONS = 10;

interface NotificationsState {
  items: NotificationResponse[];
  unread: number;
  loaded: boolean;
}

/**
 * The signed-in user's recent notifications and unread count: polled every minute and after
 * each navigation (not while the tab is hidden); opening one marks it read. Provide it in the
 * component that shows them; polling stops when that component is destroyed.
 */
@Injectable()
export class NotificationsStore {
  private readonly api = inject(NotificationsApi);
  private readonly session = inject(SessionStore);
  private readonly state = signal<NotificationsState>({ items: [], unread: 0, loaded: false });

  readonly items = computed(() => this.state().items);
  readonly unread = computed(() => this.state().unread);
  readonly loaded = computed(() => this.state().loaded);

  constructor() {
    const router = inject(Router);
    merge(
      interval(inject(NOTIFICATIONS_POLL_MS)),
      router.events.pipe(filter((event) => event instanceof NavigationEnd)),
    )
      .pipe(
        startWith(null),
        // A navigation right after a tick (or the first navigation) asks once.
        debounceTime(50),
        filter(() => this.session.isSignedIn() && document.visibilityState !== 'hidden'),
        switchMap(() => this.api.list(RECENT_NOTIFICATIONS).pipe(catchError(() => EMPTY))),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe((page) => {
        this.apply(page);
      });
  }

  /** Asks now (e.g. when the menu opens); a failure keeps what is shown. */
  async refresh(): Promise<void> {
    if (!this.session.isSignedIn()) return;
    try {
      this.apply(await firstValueFrom(this.api.list(RECENT_NOTIFICATIONS)));
    } catch {
      // The bell is a convenience: keep the last known state.
    }
  }

  /** Marks one read (shown at once; the server is told in the background). */
  async markRead(notification: NotificationResponse): Promise<void> {
    if (notification.readAt !== null) return;
    const readAt = new Date().toISOString();
    this.state.update((s) => ({
      ...s,
      unread: Math.max(0, s.unread - 1),
      items: s.items.map((n) => (n.id === notification.id ? { ...n, readAt } : n)),
    }));
    try {
      await firstValueFrom(this.api.markRead(notification.id));
    } catch {
      // The next poll shows the server's truth.
    }
  }

  private apply(page: NotificationsPage): void {
    this.state.set({ items: page.items, unread: page.unread, loaded: true });
  }
}
