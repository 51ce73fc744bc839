import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  DataSource,
  type EntitySubscriberInterface,
  type InsertEvent,
  type QueryRunner,
  type TransactionCommitEvent,
  type TransactionRollbackEvent,
} from 'typeorm';
import { defineQueue } from '../jobs/job-queue';
import { Jobs } from '../jobs/jobs';
import { OutboxEmailEntity } from '../notify/notification.entities';
import { OutboxMailSender } from './outbox-mail-sender';

/**
 * "Send the outbox now". Stately: at most one run waiting and one running in the whole
 * cluster, so a burst of triggers collapses into one extra run.
 */
export const MAIL_OUTBOX_QUEUE = defineQueue('platform.mail-outbox', {
  policy: 'stately',
  retryLimit: 0,
  expireInSeconds: 15 * 60,
});

/** The safety net: every minute, for rows written while no trigger could be sent, and retries. */
export const MAIL_OUTBOX_CRON = '* * * * *';

const OUTBOX_WRITTEN = 'platform.outboxWritten';

/**
 * Runs the outbox sender as a pg-boss job: on a schedule every minute, and triggered right
 * after a transaction that wrote an outbox row commits (a TypeORM subscriber), so mail goes
 * out within about a second. The trigger is only a hint: the row itself is the truth.
 */
@Injectable()
export class OutboxMailJob implements OnModuleInit, EntitySubscriberInterface<OutboxEmailEntity> {
  private readonly logger = new Logger('Mail');

  constructor(
    @InjectDataSource() dataSource: DataSource,
    private readonly jobs: Jobs,
    private readonly sender: OutboxMailSender,
  ) {
    dataSource.subscribers.push(this);
  }

  async onModuleInit(): Promise<void> {
    await this.jobs.work(MAIL_OUTBOX_QUEUE, async (_data, job) => {
      const result = await this.sender.sendPending({ signal: job.signal });
      if (result.more && !job.signal.aborted) this.trigger();
      return result;
    });
    await this.jobs.schedule(MAIL_OUTBOX_QUEUE, MAIL_OUTBOX_CRON);
  }

  listenTo(): typeof OutboxEmailEntity {
    return OutboxEmailEntity;
  }

  afterInsert(event: InsertEvent<OutboxEmailEntity>): void {
    if (event.queryRunner.isTransactionActive) markWritten(event.queryRunner, true);
    else this.trigger();
  }

  afterTransactionCommit(event: TransactionCommitEvent): void {
    // Only the outermost commit: a released savepoint is not yet visible to the sender.
    if (event.queryRunner.isTransactionActive || !isWritten(event.queryRunner)) return;
    markWritten(event.queryRunner, false);
    this.trigger();
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    if (!event.queryRunner.isTransactionActive) markWritten(event.queryRunner, false);
  }

  /** Queues a run without waiting (TypeORM awaits subscribers inside commit). */
  private trigger(): void {
    if (!this.jobs.running) return;
    this.jobs.send(MAIL_OUTBOX_QUEUE, {}).catch((error: unknown) => {
      this.logger.warn(
        `Could not trigger the mail job (the schedule will send the mail): ${String(error)}`,
      );
    });
  }
}

function markWritten(queryRunner: QueryRunner, written: boolean): void {
  (queryRunner.data as Record<string, unknown>)[OUTBOX_WRITTEN] = written;
}

function isWritten(queryRunner: QueryRunner): boolean {
  return (queryRunner.data as Record<string, unknown>)[OUTBOX_WRITTEN] === true;
}
