import { Injectable } from '@nestjs/common';
import type { AuditEventType } from '@lms/shared/contracts';
import type { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { currentRequestId } from '../http/request-context';
import { AuditEventEntity } from './audit-event.entity';

export interface AuditRecord {
  type: AuditEventType;
  actorId: string | null;
  subjectType?: string;
  subjectId?: string;
  payload?: Record<string, unknown>;
  requestId?: string;
}

/**
 * Records audit events. Always pass the EntityManager of the transaction that makes the
 * change, so the event commits or rolls back with it.
 */
@Injectable()
export class AuditTrail {
  async record(manager: EntityManager, event: AuditRecord): Promise<void> {
    await manager.insert(AuditEventEntity, {
      type: event.type,
      actorId: event.actorId,
      subjectType: event.subjectType ?? null,
      subjectId: event.subjectId ?? null,
      payload: event.payload ?? {},
      requestId: event.requestId ?? currentRequestId() ?? null,
    } as QueryDeepPartialEntity<AuditEventEntity>);
  }
}
