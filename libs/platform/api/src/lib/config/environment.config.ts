import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { resolve } from 'node:path';
import { EnvBool, EnvInt } from '../validation/transforms';
import { validateEnvironment } from './validate-environment';

export const NODE_ENVS = ['development', 'production', 'test'] as const;
export type NodeEnv = (typeof NODE_ENVS)[number];
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Process-wide settings (API.md "Running"). Each is listed in .env.example. */
export class PlatformEnvironment {
  @IsIn(NODE_ENVS, { message: `NODE_ENV must be one of: ${NODE_ENVS.join(', ')}` })
  NODE_ENV: NodeEnv = 'development';

  @EnvInt()
  @IsInt({ message: 'PORT must be an integer between 0 and 65535' })
  @Min(0, { message: 'PORT must be an integer between 0 and 65535' })
  @Max(65535, { message: 'PORT must be an integer between 0 and 65535' })
  PORT = 3000;

  @IsString()
  DATA_DIR = '.data';

  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/\S+$/, {
    message: 'DATABASE_URL must be a postgres:// or postgresql:// connection URL',
  })
  DATABASE_URL?: string;

  @IsOptional()
  @EnvBool()
  @IsBoolean({ message: 'SEED_DEMO must be true or false' })
  SEED_DEMO?: boolean;

  @IsIn(LOG_LEVELS, { message: `LOG_LEVEL must be one of: ${LOG_LEVELS.join(', ')}` })
  LOG_LEVEL: LogLevel = 'info';

  @EnvBool()
  @IsBoolean({ message: 'LOG_PRETTY must be true or false' })
  LOG_PRETTY = false;

  @IsOptional()
  @IsString()
  WEB_DIST_DIR?: string;

  @EnvBool()
  @IsBoolean({ message: 'TRUST_PROXY must be true or false' })
  TRUST_PROXY = false;

  /** Strict-Transport-Security; default on in production and behind a proxy (TLS ends there). */
  @IsOptional()
  @EnvBool()
  @IsBoolean({ message: 'HSTS must be true or false' })
  HSTS?: boolean;

  /** Processes serving HTTP on the one port (node:cluster); 1 = the API in this process. */
  @EnvInt()
  @IsInt({ message: 'API_WORKERS must be an integer from 1 to 32' })
  @Min(1, { message: 'API_WORKERS must be an integer from 1 to 32' })
  @Max(32, { message: 'API_WORKERS must be an integer from 1 to 32' })
  API_WORKERS = 1;

  @EnvInt()
  @IsInt({ message: 'DB_POOL_MAX must be an integer from 2 to 200' })
  @Min(2, { message: 'DB_POOL_MAX must be an integer from 2 to 200' })
  @Max(200, { message: 'DB_POOL_MAX must be an integer from 2 to 200' })
  DB_POOL_MAX = 20;

  @EnvInt()
  @IsInt({ message: 'DB_CONNECT_TIMEOUT_MS must be an integer from 100 to 60000' })
  @Min(100, { message: 'DB_CONNECT_TIMEOUT_MS must be an integer from 100 to 60000' })
  @Max(60_000, { message: 'DB_CONNECT_TIMEOUT_MS must be an integer from 100 to 60000' })
  DB_CONNECT_TIMEOUT_MS = 2000;

  @EnvInt()
  @IsInt({ message: 'DB_STATEMENT_TIMEOUT_MS must be an integer from 0 (off) to 3600000' })
  @Min(0, { message: 'DB_STATEMENT_TIMEOUT_MS must be an integer from 0 (off) to 3600000' })
  @Max(3_600_000, {
    message: 'DB_STATEMENT_TIMEOUT_MS must be an integer from 0 (off) to 3600000',
  })
  DB_STATEMENT_TIMEOUT_MS = 30_000;
}

/** How the API's connection pool behaves when PostgreSQL is slow or away. */
export interface DatabasePoolConfig {
  /** Connections per process (pg-boss has its own 4). */
  max: number;
  /**
   * Longest wait for a connection (a new one, or a free one from a busy pool); past it the
   * request fails with 503 instead of hanging while PostgreSQL is unreachable.
   */
  connectTimeoutMs: number;
  /** Server-side limit per statement (0 = none); a runaway query is cancelled (503). */
  statementTimeoutMs: number;
}

export interface PlatformConfig {
  nodeEnv: NodeEnv;
  production: boolean;
  port: number;
  dataDir: string;
  /** Unset means: run the embedded PostgreSQL in `dataDir/postgres`. */
  databaseUrl?: string;
  seedDemo: boolean;
  logLevel: LogLevel;
  logPretty: boolean;
  /** The built Angular app; when unset the API looks next to itself (dist/apps/web/browser). */
  webDistDir?: string;
  trustProxy: boolean;
  /** Send Strict-Transport-Security (production or TRUST_PROXY unless HSTS says otherwise). */
  hsts: boolean;
  databasePool: DatabasePoolConfig;
  /** HTTP worker processes (API_WORKERS). */
  workers: number;
}

/** Reads and validates the platform settings; throws a one-line ConfigurationError. */
export function loadPlatformConfig(
  env: Record<string, string | undefined> = process.env,
): PlatformConfig {
  const e = validateEnvironment(PlatformEnvironment, env);
  return {
    nodeEnv: e.NODE_ENV,
    production: e.NODE_ENV === 'production',
    port: e.PORT,
    dataDir: resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    seedDemo: e.SEED_DEMO ?? e.DATABASE_URL === undefined,
    logLevel: e.LOG_LEVEL,
    logPretty: e.LOG_PRETTY,
    webDistDir: e.WEB_DIST_DIR ? resolve(e.WEB_DIST_DIR) : undefined,
    trustProxy: e.TRUST_PROXY,
    hsts: e.HSTS ?? (e.NODE_ENV === 'production' || e.TRUST_PROXY),
    databasePool: {
      max: e.DB_POOL_MAX,
      connectTimeoutMs: e.DB_CONNECT_TIMEOUT_MS,
      statementTimeoutMs: e.DB_STATEMENT_TIMEOUT_MS,
    },
    workers: e.API_WORKERS,
  };
}
