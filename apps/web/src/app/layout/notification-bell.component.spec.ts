import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { Router, provideRouter } from '@angular/router';
import { SessionStore } from '@lms/identity/web';
import { provideLmsIcons } from '@lms/platform/web-ui';
import type { NotificationResponse } from '@lms/shared/contracts';
import { of, throwError } from 'rxjs';
import { NotificationBellComponent, formatWhen } from './notification-bell.component';
import { NotificationsApi } from './notifications.api';
import { NOTIFICATIONS_POLL_MS } from './notifications.store';

function notification(
  id: string,
  changes: Partial<NotificationResponse> = {},
): NotificationResponse {
  return {
    id,
    title: `Your role-play "Screening" was graded`,
    body: 'Your instructor asks you to revise and resubmit. Read the feedback.',
    link: '/courses/c1/roleplays/r1',
    createdAt: new Date(Date.now() - 5 * 60_000).toISOString(),
    readAt: null,
    ...changes,
  };
}

const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('NotificationBellComponent', () => {
  const api = { list: jest.fn(), markRead: jest.fn() };
  let signedIn = true;

  beforeEach(() => {
    signedIn = true;
    api.list.mockReturnValue(
      of({
        total: 3,
        unread: 2,
        items: [
          notification('n1'),
          notification('n2', { title: 'Welcome', link: '/my-courses' }),
          notification('n3', { title: 'Older', readAt: '2026-01-01T00:00:00.000Z' }),
        ],
      }),
    );
    api.markRead.mockReturnValue(of(undefined));
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: '**', children: [] }]),
        provideLmsIcons(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
        { provide: NotificationsApi, useValue: api },
        { provide: NOTIFICATIONS_POLL_MS, useValue: 100 },
        {
          provide: SessionStore,
          useValue: { isSignedIn: () => signedIn } satisfies Partial<SessionStore>,
        },
      ],
    });
  });

  afterEach(() => {
    TestBed.resetTestingModule();
    jest.clearAllMocks();
  });

  async function render(): Promise<{ bell: HTMLButtonElement; settle: () => Promise<void> }> {
    const fixture = TestBed.createComponent(NotificationBellComponent);
    const settle = async (): Promise<void> => {
      await wait(80);
      await fixture.whenStable();
    };
    await settle();
    const bell = (fixture.nativeElement as HTMLElement).querySelector('button');
    if (!bell) throw new Error('no bell');
    return { bell, settle };
  }

  it('names the unread count and badges it', async () => {
    const { bell } = await render();
    expect(api.list).toHaveBeenCalledWith(10);
    expect(bell.getAttribute('aria-label')).toBe('Notifications, 2 unread');
    expect(bell.getAttribute('aria-haspopup')).toBe('menu');
    expect(bell.querySelector('.mat-badge-content')?.textContent?.trim()).toBe('2');
  });

  it('lists the recent notifications; opening one marks it read and follows its link', async () => {
    const { bell, settle } = await render();
    bell.click();
    await settle();
    const items = Array.from(
      document.querySelectorAll<HTMLButtonElement>('[data-testid="notification"]'),
    );
    expect(items).toHaveLength(3);
    expect(items[0]?.textContent).toContain('Unread:');
    expect(items[0]?.textContent).toContain('Your instructor asks you to revise and resubmit.');
    expect(items[0]?.textContent).toContain('5 minutes ago');
    expect(items[2]?.textContent).not.toContain('Unread:');

    // The server's view after the read, for the next poll
    api.list.mockReturnValue(
      of({
        total: 3,
        unread: 1,
        items: [notification('n1', { readAt: new Date().toISOString() })],
      }),
    );
    items[0]?.click();
    const router = TestBed.inject(Router);
    await settle();
    expect(api.markRead).toHaveBeenCalledWith('n1');
    expect(router.url).toBe('/courses/c1/roleplays/r1');
    expect(bell.getAttribute('aria-label')).toBe('Notifications, 1 unread');
  });

  it('polls while signed in and stops asking once signed out', async () => {
    await render();
    const calls = api.list.mock.calls.length;
    await wait(250);
    expect(api.list.mock.calls.length).toBeGreaterThan(calls);
    signedIn = false;
    await wait(60);
    const afterSignOut = api.list.mock.calls.length;
    await wait(250);
    expect(api.list.mock.calls.length).toBe(afterSignOut);
  });

  it('keeps quiet when the notifications cannot be fetched', async () => {
    api.list.mockReturnValue(throwError(() => new Error('offline')));
    const { bell, settle } = await render();
    expect(bell.getAttribute('aria-label')).toBe('Notifications');
    bell.click();
    await settle();
    expect(document.querySelector('.mat-mdc-menu-panel')?.textContent).toContain(
      'No notifications yet',
    );
  });

  it.each([
    [0.2, 'just now'],
    [5, '5 minutes ago'],
    [180, '3 hours ago'],
    [26 * 60, 'yesterday'],
  ])('says %p minutes ago as "%s"', (minutes, text) => {
    const now = Date.parse('2026-03-10T12:00:00Z');
    expect(formatWhen(new Date(now - minutes * 60_000).toISOString(), now)).toBe(text);
  });
});
