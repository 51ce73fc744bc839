import { Global, Module } from '@nestjs/common';
import { AuditEventsController } from './audit/audit-events.controller';
import { AuditTrail } from './audit/audit-trail';
import { CacheInvalidation } from './database/invalidation';
import { NotificationsController } from './notify/notifications.controller';
import { Notifier } from './notify/notifier';

/** Cross-cutting services every domain may inject. */
@Global()
@Module({
  controllers: [NotificationsController, AuditEventsController],
  providers: [AuditTrail, Notifier, CacheInvalidation],
  exports: [AuditTrail, Notifier, CacheInvalidation],
})
export class PlatformModule {}
