import { ConfigurationError, EnvBool, EnvInt, validateEnvironment } from '@lms/platform/api';
import { registerAs } from '@nestjs/config';
import { IsBoolean, IsInt, IsOptional, IsString, Max, Min, MinLength } from 'class-validator';
import { createSecretKey, type KeyObject, randomBytes } from 'node:crypto';

/** Secrets that must never reach production; `.env.example` ships the first one. */
const PLACEHOLDER_SECRETS = ['change-me-to-a-long-random-string-of-at-least-32-characters'];

class IdentityEnvironment {
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'JWT_ACCESS_SECRET must be at least 32 characters long' })
  JWT_ACCESS_SECRET?: string;

  @EnvInt()
  @IsInt({ message: 'JWT_ACCESS_TTL_SECONDS must be an integer from 60 to 3600' })
  @Min(60, { message: 'JWT_ACCESS_TTL_SECONDS must be an integer from 60 to 3600' })
  @Max(3600, { message: 'JWT_ACCESS_TTL_SECONDS must be an integer from 60 to 3600' })
  JWT_ACCESS_TTL_SECONDS = 900;

  @EnvInt()
  @IsInt({ message: 'REFRESH_TOKEN_TTL_DAYS must be an integer from 1 to 90' })
  @Min(1, { message: 'REFRESH_TOKEN_TTL_DAYS must be an integer from 1 to 90' })
  @Max(90, { message: 'REFRESH_TOKEN_TTL_DAYS must be an integer from 1 to 90' })
  REFRESH_TOKEN_TTL_DAYS = 14;

  @EnvInt()
  @IsInt({ message: 'AUTH_THROTTLE_LIMIT must be a positive integer' })
  @Min(1, { message: 'AUTH_THROTTLE_LIMIT must be a positive integer' })
  AUTH_THROTTLE_LIMIT = 10;

  @EnvInt()
  @IsInt({ message: 'AUTH_THROTTLE_TTL_SECONDS must be a positive integer' })
  @Min(1, { message: 'AUTH_THROTTLE_TTL_SECONDS must be a positive integer' })
  AUTH_THROTTLE_TTL_SECONDS = 60;

  @EnvInt()
  @IsInt({ message: 'AUTH_ACCOUNT_THROTTLE_LIMIT must be a positive integer' })
  @Min(1, { message: 'AUTH_ACCOUNT_THROTTLE_LIMIT must be a positive integer' })
  AUTH_ACCOUNT_THROTTLE_LIMIT = 10;

  @EnvInt()
  @IsInt({ message: 'AUTH_LOCKOUT_THRESHOLD must be a positive integer' })
  @Min(1, { message: 'AUTH_LOCKOUT_THRESHOLD must be a positive integer' })
  AUTH_LOCKOUT_THRESHOLD = 5;

  @EnvInt()
  @IsInt({ message: 'AUTH_LOCKOUT_BASE_SECONDS must be a positive integer' })
  @Min(1, { message: 'AUTH_LOCKOUT_BASE_SECONDS must be a positive integer' })
  AUTH_LOCKOUT_BASE_SECONDS = 30;

  @EnvInt()
  @IsInt({ message: 'AUTH_LOCKOUT_MAX_SECONDS must be a positive integer' })
  @Min(1, { message: 'AUTH_LOCKOUT_MAX_SECONDS must be a positive integer' })
  AUTH_LOCKOUT_MAX_SECONDS = 900;

  @IsOptional()
  @EnvBool()
  @IsBoolean({ message: 'COOKIE_SECURE must be true or false' })
  COOKIE_SECURE?: boolean;

  @EnvInt()
  @IsInt({ message: 'ARGON2_MEMORY_KIB must be an integer of at least 8192' })
  @Min(8192, { message: 'ARGON2_MEMORY_KIB must be an integer of at least 8192' })
  ARGON2_MEMORY_KIB = 19456;
}

export interface IdentityConfig {
  jwtSecret: string;
  /** True when no secret was configured and a random one was made for this process. */
  jwtSecretGenerated: boolean;
  accessTtlSeconds: number;
  refreshTtlDays: number;
  /** Login/register attempts per client address per window. */
  throttleLimit: number;
  throttleTtlSeconds: number;
  /** Login/register attempts per account (email) per window. */
  accountThrottleLimit: number;
  /** Failed sign-ins in a row before an account waits, and how long (doubling, capped). */
  lockoutThreshold: number;
  lockoutBaseSeconds: number;
  lockoutMaxSeconds: number;
  cookieSecure: boolean;
  argon2MemoryKib: number;
}

let generatedSecret: string | undefined;
const keys = new Map<string, KeyObject>();

/**
 * The JWT secret as a key object, made once. Given a string, jsonwebtoken first tries to parse
 * it as a PEM public key and builds a failed-parse error on every verification (9–15 % of the
 * API's CPU under load, docs/performance.md); a KeyObject skips that.
 */
export function jwtKey(config: Pick<IdentityConfig, 'jwtSecret'>): KeyObject {
  let key = keys.get(config.jwtSecret);
  if (!key) {
    key = createSecretKey(Buffer.from(config.jwtSecret, 'utf8'));
    keys.set(config.jwtSecret, key);
  }
  return key;
}

/**
 * One random secret per process when none is configured (development only). Nest may build
 * the config more than once; signing and verifying must use the same key.
 */
function processSecret(): string {
  generatedSecret ??= randomBytes(48).toString('base64url');
  return generatedSecret;
}

export function loadIdentityConfig(
  env: Record<string, string | undefined> = process.env,
): IdentityConfig {
  const e = validateEnvironment(IdentityEnvironment, env);
  const production = env['NODE_ENV'] === 'production';
  const secret = e.JWT_ACCESS_SECRET;
  if (production && (!secret || PLACEHOLDER_SECRETS.includes(secret))) {
    throw new ConfigurationError(
      'Invalid configuration: JWT_ACCESS_SECRET must be set to a real secret (32+ random characters) when NODE_ENV=production',
    );
  }
  return {
    jwtSecret: secret ?? processSecret(),
    jwtSecretGenerated: !secret,
    accessTtlSeconds: e.JWT_ACCESS_TTL_SECONDS,
    refreshTtlDays: e.REFRESH_TOKEN_TTL_DAYS,
    throttleLimit: e.AUTH_THROTTLE_LIMIT,
    throttleTtlSeconds: e.AUTH_THROTTLE_TTL_SECONDS,
    accountThrottleLimit: e.AUTH_ACCOUNT_THROTTLE_LIMIT,
    lockoutThreshold: e.AUTH_LOCKOUT_THRESHOLD,
    lockoutBaseSeconds: e.AUTH_LOCKOUT_BASE_SECONDS,
    lockoutMaxSeconds: Math.max(e.AUTH_LOCKOUT_MAX_SECONDS, e.AUTH_LOCKOUT_BASE_SECONDS),
    cookieSecure: e.COOKIE_SECURE ?? production,
    argon2MemoryKib: e.ARGON2_MEMORY_KIB,
  };
}

export const identityConfig = registerAs('identity', () => loadIdentityConfig());
