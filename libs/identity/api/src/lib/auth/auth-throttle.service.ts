import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { defineQueue, Jobs } from '@lms/platform/api';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { identityConfig } from '../identity.config';
import { IdentityErrorCode, IdentityException } from '../identity.exception';

export type AuthThrottleScope = 'login' | 'register';

/** A run of wrong passwords is forgotten a day after its last failure. */
const FAILURE_MEMORY_SECONDS = 24 * 3600;
/** Rows untouched for this long (and no longer blocking) are deleted by the cleanup job. */
const ROW_TTL_SECONDS = 24 * 3600;

export const AUTH_THROTTLE_CLEANUP_QUEUE = defineQueue('identity.auth-throttle-cleanup', {
  policy: 'singleton',
  retryLimit: 0,
});

function hashed(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

/** The row key of one client address or one account (email, trimmed and lower-cased). */
export function throttleKey(
  scope: AuthThrottleScope,
  kind: 'ip' | 'account',
  value: string,
): string {
  return `${scope}:${kind}:${hashed(kind === 'account' ? value.trim().toLowerCase() : value)}`;
}

interface HitRow {
  key: string;
  hits: number;
  window_left: number;
  blocked_left: number | null;
}

/**
 * Throttles sign-in and registration in PostgreSQL, so the limits hold across replicas and
 * restarts (ADR 0011): a fixed window per client address and per account, and a growing wait
 * for an account after repeated wrong passwords (`lockoutThreshold` failures, then
 * `lockoutBaseSeconds`, doubling per further failure up to `lockoutMaxSeconds`). Each check
 * is one upsert; unknown emails are counted like real ones, so the answers reveal nothing.
 */
@Injectable()
export class AuthThrottleService implements OnModuleInit {
  private readonly logger = new Logger(AuthThrottleService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(identityConfig.KEY) private readonly config: ConfigType<typeof identityConfig>,
    private readonly jobs: Jobs,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.jobs.work(AUTH_THROTTLE_CLEANUP_QUEUE, async () => ({
      deleted: await this.deleteIdleRows(),
    }));
    await this.jobs.schedule(AUTH_THROTTLE_CLEANUP_QUEUE, '23 * * * *');
  }

  /**
   * Counts one attempt from `ip` (and for `email`, when the body has one). Throws 429 with
   * Retry-After when the address or the account is over its limit, or when the account must
   * still wait after failed sign-ins.
   */
  async hit(scope: AuthThrottleScope, ip: string, email: string | undefined): Promise<void> {
    const limits = new Map<string, number>([
      [throttleKey(scope, 'ip', ip), this.config.throttleLimit],
    ]);
    if (email) limits.set(throttleKey(scope, 'account', email), this.config.accountThrottleLimit);
    const window = this.config.throttleTtlSeconds;
    // Sorted keys: concurrent upserts of several rows lock them in the same order.
    const keys = [...limits.keys()].sort();
    const rows = await this.dataSource.query<HitRow[]>(
      `INSERT INTO "identity"."auth_throttle" AS t ("key", "window_started_at", "hits")
       SELECT k, now(), 1 FROM unnest($1::text[]) AS k
       ON CONFLICT ("key") DO UPDATE SET
         "hits" = CASE WHEN t."window_started_at" <= now() - make_interval(secs => $2)
                       THEN 1 ELSE t."hits" + 1 END,
         "window_started_at" = CASE WHEN t."window_started_at" <= now() - make_interval(secs => $2)
                                    THEN now() ELSE t."window_started_at" END,
         "updated_at" = now()
       RETURNING t."key", t."hits",
         EXTRACT(EPOCH FROM t."window_started_at" + make_interval(secs => $2) - now())::float8
           AS "window_left",
         EXTRACT(EPOCH FROM t."blocked_until" - now())::float8 AS "blocked_left"`,
      [keys, window],
    );
    let rateWait = 0;
    let lockoutWait = 0;
    for (const row of rows) {
      const limit = limits.get(row.key) ?? Number.POSITIVE_INFINITY;
      if (row.hits > limit) rateWait = Math.max(rateWait, row.window_left);
      if (scope === 'login' && row.blocked_left !== null && row.blocked_left > 0)
        lockoutWait = Math.max(lockoutWait, row.blocked_left);
    }
    if (lockoutWait > 0 && lockoutWait >= rateWait)
      throw IdentityException.tooMany(IdentityErrorCode.TooManyFailedSignIns, lockoutWait);
    if (rateWait > 0) throw IdentityException.tooMany(IdentityErrorCode.TooManyAttempts, rateWait);
  }

  /** A wrong password (or an unknown email) for `email`: the account may have to wait. */
  async recordFailure(email: string): Promise<void> {
    const { lockoutThreshold, lockoutBaseSeconds, lockoutMaxSeconds } = this.config;
    // failures after this one: a new run when the last failure is older than a day
    const failures = `CASE WHEN t."last_failure_at" IS NULL
                             OR t."last_failure_at" < now() - make_interval(secs => $2)
                           THEN 1 ELSE t."failures" + 1 END`;
    const rows = await this.dataSource.query<{ failures: number }[]>(
      `INSERT INTO "identity"."auth_throttle" AS t
         ("key", "hits", "failures", "last_failure_at", "blocked_until")
       VALUES ($1, 0, 1, now(),
         CASE WHEN 1 >= $3 THEN now() + make_interval(secs => $4) END)
       ON CONFLICT ("key") DO UPDATE SET
         "blocked_until" = CASE WHEN ${failures} >= $3
           THEN now() + make_interval(secs => LEAST($5, $4 * power(2, ${failures} - $3)))
           ELSE NULL END,
         "failures" = ${failures},
         "last_failure_at" = now(),
         "updated_at" = now()
       RETURNING t."failures"`,
      [
        throttleKey('login', 'account', email),
        FAILURE_MEMORY_SECONDS,
        lockoutThreshold,
        lockoutBaseSeconds,
        lockoutMaxSeconds,
      ],
    );
    const count = rows.at(0)?.failures ?? 0;
    if (count >= lockoutThreshold)
      this.logger.warn(`Sign-in delayed for an account after ${count} failed attempts in a row`);
  }

  /** A successful sign-in ends the run of failures. */
  async recordSuccess(email: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE "identity"."auth_throttle"
       SET "failures" = 0, "last_failure_at" = NULL, "blocked_until" = NULL, "updated_at" = now()
       WHERE "key" = $1 AND ("failures" > 0 OR "blocked_until" IS NOT NULL)`,
      [throttleKey('login', 'account', email)],
    );
  }

  /** Deletes rows idle for a day that no longer hold anything back. */
  async deleteIdleRows(): Promise<number> {
    const result = await this.dataSource.query<[unknown[], number]>(
      `DELETE FROM "identity"."auth_throttle"
       WHERE "updated_at" < now() - make_interval(secs => $1)
         AND ("blocked_until" IS NULL OR "blocked_until" < now())`,
      [ROW_TTL_SECONDS],
    );
    return result[1];
  }
}
