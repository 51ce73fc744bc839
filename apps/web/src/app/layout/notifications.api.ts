import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { NotificationResponse, Page } from '@lms/shared/contracts';
import type { Observable } from 'rxjs';
import { map } from 'rxjs';

/** GET /api/me/notifications: a page of the caller's notifications, newest first. */
export interface NotificationsPage extends Page<NotificationResponse> {
  unread: number;
}

/** The caller's in-app notifications (a graded role-play, …), shown by the toolbar's bell. */
@Injectable({ providedIn: 'root' })
export class NotificationsApi {
  private readonly http = inject(HttpClient);

  list(limit: number, offset = 0): Observable<NotificationsPage> {
    const params = new HttpParams().set('limit', limit).set('offset', offset);
    return this.http.get<NotificationsPage>('/api/me/notifications', { params });
  }

  markRead(notificationId: string): Observable<void> {
    return this.http
      .post(`/api/me/notifications/${encodeURIComponent(notificationId)}/read`, null)
      .pipe(map((): void => undefined));
  }
}
