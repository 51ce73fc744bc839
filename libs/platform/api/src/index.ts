export * from './lib/config/config-error';
export * from './lib/config/validate-environment';
export * from './lib/config/environment.config';
export * from './lib/database/snake-naming.strategy';
export * from './lib/database/embedded-postgres';
export * from './lib/errors/domain.exception';
export * from './lib/errors/api-exception.filter';
export * from './lib/validation/validation';
export * from './lib/validation/pagination.dto';
export * from './lib/auth/actor';
export * from './lib/auth/auth.decorators';
export * from './lib/auth/permissions.guard';
export * from './lib/audit/audit-event.entity';
export * from './lib/audit/audit-trail';
export * from './lib/platform.module';
export * from './lib/http/configure-http-app';
export * from './lib/notify/notification.entities';
export * from './lib/notify/notifier';

import { AuditEventEntity } from './lib/audit/audit-event.entity';
import { NotificationEntity, OutboxEmailEntity } from './lib/notify/notification.entities';
/** Entities owned by the platform (the audit trail's write side). */
export const platformEntities = [AuditEventEntity, NotificationEntity, OutboxEmailEntity];
export * from './lib/database/timestamped.entity';
export * from './lib/validation/transforms';
