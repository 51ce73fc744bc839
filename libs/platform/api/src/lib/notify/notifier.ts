import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { NotificationEntity, OutboxEmailEntity } from './notification.entities';

export interface Notice {
  userId: string;
  email: string;
  title: string;
  body: string;
  /** A path in the web app, e.g. `/roleplays/…/submissions/…`. */
  link: string;
}

/**
 * Tells a user something: an in-app notification and an email in the outbox, written with
 * the caller's EntityManager so both commit or roll back with the change they announce.
 * A background job sends the outbox.
 */
@Injectable()
export class Notifier {
  async notify(manager: EntityManager, notice: Notice): Promise<void> {
    await manager.insert(NotificationEntity, {
      userId: notice.userId,
      title: notice.title,
      body: notice.body,
      link: notice.link,
      readAt: null,
    });
    await manager.insert(OutboxEmailEntity, {
      to: notice.email,
      subject: `Threshold: ${notice.title}`,
      body: `${notice.body}\n\nOpen Threshold: ${notice.link}\n`,
      status: 'pending',
      tries: 0,
      sentAt: null,
    });
  }
}
