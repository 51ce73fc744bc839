import {
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { NotificationResponse, Page } from '@lms/shared/contracts';
import { DataSource, IsNull } from 'typeorm';
import type { Actor } from '../auth/actor';
import { CurrentUser } from '../auth/auth.decorators';
import { PageQueryDto } from '../validation/pagination.dto';
import { NotificationEntity } from './notification.entities';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('me/notifications')
export class NotificationsController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get()
  @ApiOperation({ summary: 'My notifications, newest first, with the unread count' })
  async list(
    @CurrentUser() actor: Actor,
    @Query() query: PageQueryDto,
  ): Promise<Page<NotificationResponse> & { unread: number }> {
    const repo = this.dataSource.getRepository(NotificationEntity);
    const [rows, total] = await repo.findAndCount({
      where: { userId: actor.id },
      order: { createdAt: 'DESC' },
      take: query.limit,
      skip: query.offset,
    });
    const unread = await repo.countBy({ userId: actor.id, readAt: IsNull() });
    return {
      total,
      unread,
      items: rows.map((n) => ({
        id: n.id,
        title: n.title,
        body: n.body,
        link: n.link,
        createdAt: n.createdAt.toISOString(),
        readAt: n.readAt?.toISOString() ?? null,
      })),
    };
  }

  @Post(':id/read')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Mark one of my notifications read' })
  async read(
    @CurrentUser() actor: Actor,
    @Param('id', new ParseUUIDPipe({ version: '4' })) id: string,
  ): Promise<void> {
    await this.dataSource
      .getRepository(NotificationEntity)
      .update({ id, userId: actor.id, readAt: IsNull() }, { readAt: new Date() });
  }
}
