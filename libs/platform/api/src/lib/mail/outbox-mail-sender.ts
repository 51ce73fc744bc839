import { Inject, Injectable, Logger } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { mailConfig } from './mail.config';
import { MailTransport } from './mail-transport';

/** A claimed mail is someone's for this long; if its sender dies it is tried again after. */
export const CLAIM_LEASE_SECONDS = 600;
/** One run stops claiming after this long and leaves the rest to the next run. */
const RUN_BUDGET_MS = 120_000;
const MAX_ERROR_LENGTH = 2000;

/** Seconds to wait after the n-th failed try: 1 min, 3, 9, 27, 81 min, then 4 h, 6 h at most. */
export function retryDelaySeconds(failedTries: number): number {
  return Math.min(60 * 3 ** Math.max(0, failedTries - 1), 6 * 3600);
}

export interface OutboxRunResult {
  sent: number;
  /** Failed this time, to be tried again later. */
  retrying: number;
  /** Failed for the last allowed time: marked 'failed'. */
  failed: number;
  /** Stopped early (time budget or shutdown) with mails possibly still due. */
  more: boolean;
}

interface ClaimedMail {
  id: string;
  to: string;
  subject: string;
  body: string;
  tries: number;
}

/**
 * Sends the email outbox (`platform.outbox_email`, written by `Notifier` in the transaction of
 * the change it announces). Each round claims up to `batchSize` due rows with
 * `SELECT … FOR UPDATE SKIP LOCKED` and pushes their `next_attempt_at` past a lease in the
 * same statement, so concurrent senders (two replicas, or a retry racing a cron run) never
 * take the same row; then each mail is sent and its row marked `sent`, or its try counted
 * with the error and a back-off, and `failed` after MAIL_MAX_TRIES tries.
 *
 * Delivery is at least once: a process that dies between sending and marking leaves the row
 * to be sent again when the lease ends (the Message-ID stays the same).
 */
@Injectable()
export class OutboxMailSender {
  private readonly logger = new Logger('Mail');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transport: MailTransport,
    @Inject(mailConfig.KEY) private readonly config: ConfigType<typeof mailConfig>,
  ) {}

  /** Sends every due mail; returns the counts. Stops between mails when `signal` aborts. */
  async sendPending(options: { signal?: AbortSignal } = {}): Promise<OutboxRunResult> {
    const began = Date.now();
    const result: OutboxRunResult = { sent: 0, retrying: 0, failed: 0, more: false };
    for (;;) {
      if (options.signal?.aborted || Date.now() - began > RUN_BUDGET_MS) {
        result.more = true;
        break;
      }
      const batch = await this.claim(this.config.batchSize);
      for (const [index, mail] of batch.entries()) {
        if (options.signal?.aborted) {
          await this.release(batch.slice(index).map((m) => m.id));
          result.more = true;
          break;
        }
        await this.sendOne(mail, result);
      }
      if (result.more || batch.length < this.config.batchSize) break;
    }
    const total = result.sent + result.retrying + result.failed;
    const summary = `Outbox: ${result.sent} sent, ${result.retrying} to retry, ${result.failed} failed in ${Date.now() - began} ms (${this.transport.description})`;
    if (total > 0) this.logger.log(summary);
    else this.logger.debug(summary);
    return result;
  }

  /** Takes up to `limit` due rows for this sender (see the class comment). */
  private async claim(limit: number): Promise<ClaimedMail[]> {
    // A CTE so the result is the rows (TypeORM returns [rows, count] for a bare UPDATE).
    return this.dataSource.query<ClaimedMail[]>(
      `WITH claimed AS (
         UPDATE "platform"."outbox_email" AS o
            SET "next_attempt_at" = now() + make_interval(secs => $2), "updated_at" = now()
          WHERE o."id" IN (
            SELECT "id" FROM "platform"."outbox_email"
             WHERE "status" = 'pending' AND "next_attempt_at" <= now()
             ORDER BY "next_attempt_at", "created_at"
             LIMIT $1
             FOR UPDATE SKIP LOCKED)
        RETURNING o."id", o."to", o."subject", o."body", o."tries", o."created_at")
       SELECT "id", "to", "subject", "body", "tries" FROM claimed ORDER BY "created_at"`,
      [limit, CLAIM_LEASE_SECONDS],
    );
  }

  /** Hands unsent claimed rows back at once (shutdown), instead of after the lease. */
  private async release(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.dataSource.query(
      `UPDATE "platform"."outbox_email" SET "next_attempt_at" = now(), "updated_at" = now()
        WHERE "id" = ANY($1::uuid[]) AND "status" = 'pending'`,
      [ids],
    );
  }

  private async sendOne(mail: ClaimedMail, result: OutboxRunResult): Promise<void> {
    try {
      await this.transport.deliver({
        id: mail.id,
        from: this.config.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.body,
      });
    } catch (error) {
      await this.recordFailure(mail, error, result);
      return;
    }
    await this.dataSource.query(
      `UPDATE "platform"."outbox_email"
          SET "status" = 'sent', "sent_at" = now(), "last_error" = NULL, "updated_at" = now()
        WHERE "id" = $1`,
      [mail.id],
    );
    result.sent += 1;
  }

  private async recordFailure(
    mail: ClaimedMail,
    error: unknown,
    result: OutboxRunResult,
  ): Promise<void> {
    const message = (error instanceof Error ? error.message : String(error)).slice(
      0,
      MAX_ERROR_LENGTH,
    );
    const tries = mail.tries + 1;
    const giveUp = tries >= this.config.maxTries;
    const delay = retryDelaySeconds(tries);
    await this.dataSource.query(
      `UPDATE "platform"."outbox_email"
          SET "tries" = $2, "last_error" = $3, "status" = $4,
              "next_attempt_at" = now() + make_interval(secs => $5), "updated_at" = now()
        WHERE "id" = $1`,
      [mail.id, tries, message, giveUp ? 'failed' : 'pending', delay],
    );
    if (giveUp) {
      result.failed += 1;
      this.logger.error(`Mail ${mail.id} failed for good after ${tries} tries: ${message}`);
    } else {
      result.retrying += 1;
      this.logger.warn(
        `Mail ${mail.id} not sent (try ${tries} of ${this.config.maxTries}, next in ${delay} s): ${message}`,
      );
    }
  }
}
