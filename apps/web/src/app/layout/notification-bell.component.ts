import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  signal,
} from '@angular/core';
import { MatBadgeModule } from '@angular/material/badge';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule, MatIconRegistry } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { DomSanitizer } from '@angular/platform-browser';
import { Router } from '@angular/router';
import type { NotificationResponse } from '@lms/shared/contracts';
import { NotificationsStore } from './notifications.store';

/** Material Icons "notifications" (Apache 2.0), bundled like the other icons. */
const BELL_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="currentColor" focusable="false" aria-hidden="true"><path d="M12 22c1.1 0 2-.9 2-2h-4c0 1.1.89 2 2 2zm6-6v-5c0-3.07-1.64-5.64-4.5-6.32V4c0-.83-.67-1.5-1.5-1.5s-1.5.67-1.5 1.5v.68C7.63 5.36 6 7.92 6 11v5l-2 2v1h16v-1l-2-2z"/></svg>';

const RELATIVE = new Intl.RelativeTimeFormat('en-US', { numeric: 'auto' });
const DAY = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' });

/** "just now", "5 minutes ago", "3 hours ago", "yesterday", else the date. */
export function formatWhen(iso: string, now = Date.now()): string {
  const minutes = Math.round((now - new Date(iso).getTime()) / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return RELATIVE.format(-minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (hours < 24) return RELATIVE.format(-hours, 'hour');
  const days = Math.round(hours / 24);
  if (days < 7) return RELATIVE.format(-days, 'day');
  return DAY.format(new Date(iso));
}

/**
 * The toolbar's bell: the unread count in its name and badge, a menu of recent notifications;
 * choosing one marks it read and opens its page. New ones are announced politely.
 */
@Component({
  selector: 'lms-notification-bell',
  imports: [MatBadgeModule, MatButtonModule, MatIconModule, MatMenuModule],
  providers: [NotificationsStore],
  templateUrl: './notification-bell.component.html',
  styleUrl: './notification-bell.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotificationBellComponent {
  protected readonly store = inject(NotificationsStore);
  private readonly router = inject(Router);

  protected readonly when = formatWhen;
  protected readonly label = computed(() => {
    const unread = this.store.unread();
    return unread === 0 ? 'Notifications' : `Notifications, ${unread} unread`;
  });
  protected readonly badge = computed(() => {
    const unread = this.store.unread();
    return unread > 99 ? '99+' : String(unread);
  });
  /** Said by the polite live region when the unread count grows after the first load. */
  protected readonly announcement = signal('');

  constructor() {
    inject(MatIconRegistry).addSvgIconLiteral(
      'notifications',
      // A constant defined above, never user input.
      inject(DomSanitizer).bypassSecurityTrustHtml(BELL_SVG),
    );
    let known: number | null = null;
    effect(() => {
      if (!this.store.loaded()) return;
      const unread = this.store.unread();
      if (known !== null && unread > known) {
        const added = unread - known;
        this.announcement.set(
          `${added} new ${added === 1 ? 'notification' : 'notifications'}. ${this.label()}.`,
        );
      }
      known = unread;
    });
  }

  protected opened(): void {
    void this.store.refresh();
  }

  protected async open(notification: NotificationResponse): Promise<void> {
    await this.store.markRead(notification);
    // Only our own pages: a link is a path of this app, never another site.
    if (notification.link.startsWith('/') && !notification.link.startsWith('//')) {
      await this.router.navigateByUrl(notification.link);
    }
  }
}
