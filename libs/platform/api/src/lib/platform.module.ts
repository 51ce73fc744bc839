import { Global, Module } from '@nestjs/common';
import { AuditTrail } from './audit/audit-trail';

/** Cross-cutting services every domain may inject. */
@Global()
@Module({
  providers: [AuditTrail],
  exports: [AuditTrail],
})
export class PlatformModule {}
