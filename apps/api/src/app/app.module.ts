import { type DynamicModule, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { APP_GUARD } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { TypeOrmModule } from '@nestjs/typeorm';
import { assessmentEntities, AssessmentModule } from '@lms/assessment/api';
import { credentialsEntities, CredentialsModule } from '@lms/credentials/api';
import { curriculumEntities, CurriculumModule } from '@lms/curriculum/api';
import { identityEntities, IdentityModule, JwtAuthGuard } from '@lms/identity/api';
import { roleplayEntities, RoleplayModule } from '@lms/roleplay/api';
import {
  type DatabasePoolConfig,
  JobsModule,
  loadPlatformConfig,
  MailModule,
  PermissionsGuard,
  platformEntities,
  PlatformModule,
  SnakeNamingStrategy,
} from '@lms/platform/api';
import { LoggerModule } from 'nestjs-pino';
import { migrations } from '@lms/migrations';
import { HealthController } from './health/health.controller';
import { loggerOptions } from './logging';
import { DemoSeed } from './seed/demo-seed';

export interface AppOptions {
  databaseUrl: string;
  /** Seed the demo accounts (and, later, the demo course) on start. */
  seedDemo: boolean;
  /** The built web app to serve at `/` (serveWebApp); skipped when absent. */
  webDistDir?: string;
  logLevel: string;
  logPretty: boolean;
  /** Pool limits and timeouts; from the environment (DB_*) when not given. */
  databasePool?: DatabasePoolConfig;
}

export const entities = [
  ...platformEntities,
  ...identityEntities,
  ...curriculumEntities,
  ...assessmentEntities,
  ...roleplayEntities,
  ...credentialsEntities,
];

/** The composition root: domain modules, the database, global guards. No business code here. */
@Module({})
export class AppModule {
  static register(options: AppOptions): DynamicModule {
    const pool = options.databasePool ?? loadPlatformConfig().databasePool;
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot({ isGlobal: true, ignoreEnvFile: true }),
        LoggerModule.forRoot(loggerOptions(options.logLevel, options.logPretty)),
        TypeOrmModule.forRoot({
          type: 'postgres',
          url: options.databaseUrl,
          entities,
          migrations,
          synchronize: false,
          migrationsRun: false,
          namingStrategy: new SnakeNamingStrategy(),
          retryAttempts: 3,
          retryDelay: 1000,
          // Fail fast while PostgreSQL is away: a connection is refused or times out, and the
          // request is answered 503 (ApiExceptionFilter); dead sockets are noticed (keepAlive).
          extra: {
            max: pool.max,
            application_name: 'threshold-api',
            connectionTimeoutMillis: pool.connectTimeoutMs,
            keepAlive: true,
            idle_in_transaction_session_timeout: 60_000,
            ...(pool.statementTimeoutMs > 0 ? { statement_timeout: pool.statementTimeoutMs } : {}),
          },
        }),
        TerminusModule,
        PlatformModule,
        JobsModule.forRoot({ databaseUrl: options.databaseUrl }),
        MailModule,
        IdentityModule,
        CurriculumModule,
        AssessmentModule,
        RoleplayModule,
        CredentialsModule,
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_GUARD, useExisting: JwtAuthGuard },
        { provide: APP_GUARD, useClass: PermissionsGuard },
        { provide: DemoSeed.OPTIONS, useValue: { enabled: options.seedDemo } },
        DemoSeed,
      ],
    };
  }
}
