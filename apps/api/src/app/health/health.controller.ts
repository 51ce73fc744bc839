import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Public } from '@lms/platform/api';
import type { HealthResponse } from '@lms/shared/contracts';
import type { FastifyReply } from 'fastify';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
  ) {}

  @Public()
  @Get()
  @ApiOperation({ summary: 'Liveness and database reachability' })
  @ApiResponse({ status: 200, description: '{ status: "ok", db: "up" }' })
  @ApiResponse({ status: 503, description: '{ status: "error", db: "down" }' })
  async check(@Res({ passthrough: true }) res: FastifyReply): Promise<HealthResponse> {
    try {
      await this.health.check([() => this.db.pingCheck('db', { timeout: 2000 })]);
      return { status: 'ok', db: 'up' };
    } catch {
      void res.status(HttpStatus.SERVICE_UNAVAILABLE);
      return { status: 'error', db: 'down' };
    }
  }
}
