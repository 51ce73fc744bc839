import { Controller, Get, Query } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiBearerAuth, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { type AuditEventResponse, type Page, Permission } from '@lms/shared/contracts';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { DataSource } from 'typeorm';
import { RequirePermission } from '../auth/auth.decorators';
import { IsIsoDate } from '../validation/is-iso-date';
import { PageQueryDto } from '../validation/pagination.dto';

export class AuditEventsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'An event type, e.g. credentials.certificate.issued' })
  @IsOptional()
  @IsString({ message: 'type must be a string' })
  @MaxLength(100)
  type?: string;

  @ApiPropertyOptional({ description: 'From this time on (ISO 8601)' })
  @IsOptional()
  @IsIsoDate()
  since?: string;

  @ApiPropertyOptional({ description: 'Before this time (ISO 8601)' })
  @IsOptional()
  @IsIsoDate()
  until?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID('4', { message: 'actorId must be a UUID' })
  actorId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID('4', { message: 'subjectId must be a UUID' })
  subjectId?: string;
}

/** The audit trail for admins and accreditors: newest first, filtered. */
@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit-events')
export class AuditEventsController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get()
  @RequirePermission(Permission.AuditRead)
  @ApiOperation({
    summary: 'Audit events, newest first (?type=&since=&until=&actorId=&subjectId=)',
  })
  async list(@Query() query: AuditEventsQueryDto): Promise<Page<AuditEventResponse>> {
    const params = [
      query.type ?? null,
      query.since ?? null,
      query.until ?? null,
      query.actorId ?? null,
      query.subjectId ?? null,
    ];
    const where = `WHERE ($1::text IS NULL OR e.type = $1)
         AND ($2::timestamptz IS NULL OR e.created_at >= $2)
         AND ($3::timestamptz IS NULL OR e.created_at < $3)
         AND ($4::uuid IS NULL OR e.actor_id = $4)
         AND ($5::uuid IS NULL OR e.subject_id = $5)`;
    const [{ total } = { total: 0 }] = await this.dataSource.query<{ total: number }[]>(
      `SELECT count(*)::int AS total FROM audit.audit_event e ${where}`,
      params,
    );
    const rows = await this.dataSource.query<
      {
        id: string;
        type: string;
        actor_id: string | null;
        actor_name: string | null;
        subject_type: string | null;
        subject_id: string | null;
        payload: Record<string, unknown>;
        request_id: string | null;
        occurred_at: Date;
      }[]
    >(
      `SELECT e.id, e.type, e.actor_id, u.full_name AS actor_name, e.subject_type, e.subject_id,
              e.payload, e.request_id, e.created_at AS occurred_at
         FROM audit.audit_event e
         LEFT JOIN identity."user" u ON u.id = e.actor_id
        ${where}
        ORDER BY e.created_at DESC, e.id DESC
        LIMIT ${query.limit} OFFSET ${query.offset}`,
      params,
    );
    return {
      total,
      items: rows.map((r) => ({
        id: r.id,
        type: r.type,
        actorId: r.actor_id,
        actorName: r.actor_name,
        subjectType: r.subject_type,
        subjectId: r.subject_id,
        payload: r.payload,
        requestId: r.request_id,
        occurredAt: new Date(r.occurred_at).toISOString(),
      })),
    };
  }
}
