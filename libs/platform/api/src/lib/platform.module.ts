import { Global, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { AuditEventsController } from './audit/audit-events.controller';
import { AuditTrail } from './audit/audit-trail';
import { CacheInvalidation } from './database/invalidation';
import { ReadYourWritesInterceptor } from './database/read-your-writes.interceptor';
import { NotificationsController } from './notify/notifications.controller';
import { Notifier } from './notify/notifier';

/** Cross-cutting services every domain may inject. */
@Global()
@Module({
  controllers: [NotificationsController, AuditEventsController],
  providers: [
    AuditTrail,
    Notifier,
    CacheInvalidation,
    { provide: APP_INTERCEPTOR, useClass: ReadYourWritesInterceptor },
  ],
  exports: [AuditTrail, Notifier, CacheInvalidation],
})
export class PlatformModule {}
