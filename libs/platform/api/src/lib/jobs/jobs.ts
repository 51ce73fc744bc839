import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { Pool, type PoolClient } from 'pg';
import PgBoss from 'pg-boss';
import type {
  JobContext,
  JobHandler,
  JobQueue,
  JobStatus,
  ScheduleOptions,
  SendOptions,
  WorkOptions,
} from './job-queue';
import { jobsConfig } from './jobs.config';
import { JobsErrorCode, JobsException } from './jobs.exception';

/** The database pg-boss uses: the application's own (pg-boss keeps to its schema). */
export const JOBS_DATABASE_URL = Symbol('JOBS_DATABASE_URL');

/** pg-boss creates and migrates this schema itself on start (under an advisory lock). */
export const JOBS_SCHEMA = 'pgboss';
/** Connections of pg-boss's own pool per process (fetching, sending, cron, maintenance). */
const POOL_SIZE = 4;
/** How long shutdown waits for running jobs before pg-boss marks them failed (retried later). */
const STOP_TIMEOUT_MS = 10_000;
/** SQLSTATE 57P01: the server is shutting down and closed the connection. */
const ADMIN_SHUTDOWN = '57P01';
/** How long shutdown waits for the pool's sockets to close after `pool.end()`. */
const CLOSE_TIMEOUT_MS = 3_000;
/**
 * Session advisory lock around creating a queue. pg-boss 10 gives each queue a partition of
 * `pgboss.job`; two replicas creating queues at the same moment (both starting) deadlock in
 * PostgreSQL and one of them fails to start, so the cluster takes turns.
 */
const QUEUE_SETUP_LOCK = 7_406_300;

interface Registration {
  queue: JobQueue<object>;
  handler: JobHandler<object>;
  options: WorkOptions;
}

interface ScheduleRegistration {
  queue: JobQueue<object>;
  cron: string;
  data: object;
  options: ScheduleOptions;
}

type State = 'idle' | 'starting' | 'running' | 'stopping' | 'stopped';

function errorText(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'object' && error !== null && 'message' in error)
    return String(error.message);
  return String(error);
}

function queueOptions(queue: JobQueue<object>): PgBoss.Queue {
  const o = queue.options;
  return {
    name: queue.name,
    policy: o.policy ?? 'standard',
    ...(o.retryLimit !== undefined ? { retryLimit: o.retryLimit } : {}),
    ...(o.retryDelaySeconds !== undefined ? { retryDelay: o.retryDelaySeconds } : {}),
    ...(o.retryBackoff !== undefined ? { retryBackoff: o.retryBackoff } : {}),
    ...(o.expireInSeconds !== undefined ? { expireInSeconds: o.expireInSeconds } : {}),
  };
}

function sendOptions(o: SendOptions): PgBoss.SendOptions {
  return {
    ...(o.singletonKey !== undefined ? { singletonKey: o.singletonKey } : {}),
    ...(o.startAfter !== undefined ? { startAfter: o.startAfter } : {}),
    ...(o.priority !== undefined ? { priority: o.priority } : {}),
    ...(o.retryLimit !== undefined ? { retryLimit: o.retryLimit } : {}),
    ...(o.retryDelaySeconds !== undefined ? { retryDelay: o.retryDelaySeconds } : {}),
    ...(o.retryBackoff !== undefined ? { retryBackoff: o.retryBackoff } : {}),
    ...(o.expireInSeconds !== undefined ? { expireInSeconds: o.expireInSeconds } : {}),
  };
}

/**
 * Background jobs for every domain, on pg-boss in the application's PostgreSQL (schema
 * `pgboss`). One pg-boss per API process: started when the application has bootstrapped
 * (after migrations), stopped when it closes (before TypeORM's connections go).
 *
 * Register handlers and schedules in `onModuleInit`; they start with pg-boss. Every replica
 * may run workers: pg-boss claims each job with `FOR UPDATE SKIP LOCKED`, so a job runs in one
 * process at a time, and its cron is sent once per minute for the whole cluster.
 */
@Injectable()
export class Jobs implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(Jobs.name);
  private readonly registrations: Registration[] = [];
  private readonly schedules: ScheduleRegistration[] = [];
  private readonly createdQueues = new Set<string>();
  /** Queue creations of this process, one after another (each holds the cluster lock). */
  private queueSetup: Promise<void> = Promise.resolve();
  private readonly workerIds = new Map<string, string[]>();
  private readonly shutdown = new AbortController();
  private boss?: PgBoss;
  private pool?: Pool;
  private readonly openClients = new Set<PoolClient>();
  private state: State = 'idle';
  private starting?: Promise<void>;
  private readonly counts = { completed: 0, failed: 0 };

  constructor(
    @Inject(jobsConfig.KEY) private readonly config: ConfigType<typeof jobsConfig>,
    @Inject(JOBS_DATABASE_URL) private readonly databaseUrl: string,
  ) {}

  /** True while pg-boss runs in this process (jobs can be sent). */
  get running(): boolean {
    return this.state === 'running';
  }

  /** Runs `handler` for the jobs of `queue` in this process (from start-up on). */
  async work<T extends object>(
    queue: JobQueue<T>,
    handler: JobHandler<T>,
    options: WorkOptions = {},
  ): Promise<void> {
    const registration: Registration = {
      queue,
      handler: handler as JobHandler<object>,
      options,
    };
    this.registrations.push(registration);
    if (this.boss && this.state === 'running') await this.startWorker(this.boss, registration);
  }

  /**
   * Sends a job of `queue` on a cron schedule (five fields, minute resolution, UTC unless
   * `tz`). The schedule is stored in the database: one per queue, the last one set wins, and
   * the cluster sends each tick once however many replicas run.
   */
  async schedule<T extends object>(
    queue: JobQueue<T>,
    cron: string,
    data: T = {} as T,
    options: ScheduleOptions = {},
  ): Promise<void> {
    const registration: ScheduleRegistration = { queue, cron, data, options };
    this.schedules.push(registration);
    if (this.boss && this.state === 'running') await this.applySchedule(this.boss, registration);
  }

  /**
   * Queues a job; returns its id, or null when the queue's policy or `singletonKey` already
   * holds one like it. Wakes this process's idle workers of the queue at once.
   */
  async send<T extends object>(
    queue: JobQueue<T>,
    data: T,
    options: SendOptions = {},
  ): Promise<string | null> {
    const boss = await this.ready();
    await this.ensureQueue(boss, queue);
    const id = await boss.send(queue.name, data, sendOptions(options));
    if (id)
      for (const workerId of this.workerIds.get(queue.name) ?? []) boss.notifyWorker(workerId);
    return id;
  }

  /** A job's state and output (also for a finished job, until pg-boss drops it). */
  async getJob<T extends object>(queue: JobQueue<T>, id: string): Promise<JobStatus<T> | null> {
    const boss = await this.ready();
    const job = await boss.getJobById<T>(queue.name, id, { includeArchive: true });
    if (!job) return null;
    return {
      id: job.id,
      queue: job.name,
      state: job.state,
      data: job.data,
      output: job.output,
      retryCount: job.retryCount,
      createdOn: job.createdOn,
      startedOn: job.startedOn,
      completedOn: job.completedOn,
    };
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.enabled) {
      this.logger.log(
        `Jobs are disabled (JOBS_ENABLED=false): ${this.registrations.length} workers and ${this.schedules.length} schedules not started`,
      );
      return;
    }
    this.starting = this.start();
    await this.starting;
  }

  async onModuleDestroy(): Promise<void> {
    await this.stop();
  }

  private async start(): Promise<void> {
    if (this.state !== 'idle') return;
    this.state = 'starting';
    const began = Date.now();
    // Our own pool rather than pg-boss's: on shutdown we can wait until its sockets are closed,
    // so nothing of ours is connected when the embedded PostgreSQL stops.
    const pool = new Pool({
      connectionString: this.databaseUrl,
      application_name: 'threshold-jobs',
      max: POOL_SIZE,
    });
    pool.on('connect', (client) => this.openClients.add(client));
    pool.on('remove', (client) => this.openClients.delete(client));
    pool.on('error', (error: Error & { code?: string }) => {
      // An idle connection the server closed; the pool replaces it when needed. On Ctrl-C the
      // embedded PostgreSQL gets the signal too and closes connections while we stop.
      if (error.code === ADMIN_SHUTDOWN && this.state !== 'running')
        this.logger.debug(`pg-boss connection closed by PostgreSQL shutting down`);
      else this.logger.warn(`pg-boss connection lost: ${error.message}`);
    });
    this.pool = pool;
    const boss = new PgBoss({
      db: { executeSql: (text, values) => pool.query(text, values) },
      schema: JOBS_SCHEMA,
    });
    // pg-boss reports worker, cron and maintenance failures as events; an unhandled 'error'
    // event would crash the process.
    boss.on('error', (error) => {
      const queue = (error as { queue?: unknown }).queue;
      this.logger.error(
        `pg-boss: ${errorText(error)}${typeof queue === 'string' ? ` (queue ${queue})` : ''}`,
      );
    });
    try {
      await boss.start();
      this.boss = boss;
      for (const r of this.registrations) await this.startWorker(boss, r);
      for (const s of this.schedules) await this.applySchedule(boss, s);
    } catch (error) {
      this.state = 'stopped';
      await boss.stop({ graceful: false, wait: true }).catch(() => undefined);
      await this.closePool();
      throw error;
    }
    this.state = 'running';
    const workers = [...this.workerIds.values()].reduce((n, ids) => n + ids.length, 0);
    this.logger.log(
      `Jobs started in ${Date.now() - began} ms: ${this.createdQueues.size} queues, ${workers} workers, ${this.schedules.length} schedules (pg-boss, schema ${JOBS_SCHEMA})`,
    );
  }

  private async stop(): Promise<void> {
    if (this.starting) await this.starting.catch(() => undefined);
    const boss = this.boss;
    if (!boss || this.state !== 'running') return;
    this.state = 'stopping';
    const began = Date.now();
    this.shutdown.abort();
    try {
      await boss.stop({ graceful: true, wait: true, timeout: STOP_TIMEOUT_MS });
    } catch (error) {
      this.logger.error(`pg-boss did not stop cleanly: ${errorText(error)}`);
    }
    await this.closePool();
    this.state = 'stopped';
    this.boss = undefined;
    this.logger.log(
      `Jobs stopped in ${Date.now() - began} ms (this process ran ${this.counts.completed} jobs, ${this.counts.failed} failed)`,
    );
  }

  /** Ends the pool and waits (briefly) until every connection is really closed. */
  private async closePool(): Promise<void> {
    const pool = this.pool;
    if (!pool) return;
    this.pool = undefined;
    await pool.end();
    const deadline = Date.now() + CLOSE_TIMEOUT_MS;
    while (this.openClients.size > 0 && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 10));
  }

  private async ready(): Promise<PgBoss> {
    if (!this.config.enabled) throw new JobsException(JobsErrorCode.JobsDisabled);
    if (this.starting) await this.starting;
    if (!this.boss || this.state !== 'running')
      throw new JobsException(JobsErrorCode.JobsNotRunning);
    return this.boss;
  }

  /** Creates the queue once per process (a no-op when another replica made it already). */
  private ensureQueue(boss: PgBoss, queue: JobQueue<object>): Promise<void> {
    if (this.createdQueues.has(queue.name)) return Promise.resolve();
    const created = this.queueSetup.then(() => this.createQueueInTurn(boss, queue));
    this.queueSetup = created.catch(() => undefined);
    return created;
  }

  private async createQueueInTurn(boss: PgBoss, queue: JobQueue<object>): Promise<void> {
    if (this.createdQueues.has(queue.name)) return;
    const pool = this.pool;
    if (!pool) throw new JobsException(JobsErrorCode.JobsNotRunning);
    const client = await pool.connect();
    let broken: Error | undefined;
    try {
      await client.query('SELECT pg_advisory_lock($1)', [QUEUE_SETUP_LOCK]);
      try {
        const options = queueOptions(queue);
        await boss.createQueue(queue.name, options);
        // createQueue keeps an existing queue as it was; retries and expiry follow the code.
        await boss.updateQueue(queue.name, options);
        this.createdQueues.add(queue.name);
      } finally {
        await client
          .query('SELECT pg_advisory_unlock($1)', [QUEUE_SETUP_LOCK])
          .catch((error: unknown) => {
            // The session is gone, and its lock with it: drop the connection.
            broken = error instanceof Error ? error : new Error(String(error));
          });
      }
    } catch (error) {
      broken ??= error instanceof Error ? error : new Error(String(error));
      throw error;
    } finally {
      client.release(broken);
    }
  }

  private async startWorker(boss: PgBoss, registration: Registration): Promise<void> {
    const { queue, handler, options } = registration;
    await this.ensureQueue(boss, queue);
    const concurrency = Math.max(1, options.concurrency ?? 1);
    for (let i = 0; i < concurrency; i += 1) {
      const id = await boss.work<object>(
        queue.name,
        {
          batchSize: 1,
          includeMetadata: true,
          ...(options.pollingIntervalSeconds !== undefined
            ? { pollingIntervalSeconds: options.pollingIntervalSeconds }
            : {}),
        },
        async (jobs) => {
          const job = jobs[0]; // batchSize 1: pg-boss calls with exactly one job
          return this.run(queue, handler, {
            id: job.id,
            data: job.data,
            retryCount: job.retryCount,
            retryLimit: job.retryLimit,
          });
        },
      );
      this.workerIds.set(queue.name, [...(this.workerIds.get(queue.name) ?? []), id]);
    }
  }

  private async run(
    queue: JobQueue<object>,
    handler: JobHandler<object>,
    job: { id: string; data: object; retryCount: number; retryLimit: number },
  ): Promise<unknown> {
    const began = Date.now();
    const context: JobContext = {
      id: job.id,
      queue: queue.name,
      retryCount: job.retryCount,
      signal: this.shutdown.signal,
    };
    try {
      const output = await handler(job.data, context);
      this.counts.completed += 1;
      this.logger.debug(`${queue.name} job ${job.id} done in ${Date.now() - began} ms`);
      return output;
    } catch (error) {
      this.counts.failed += 1;
      const retry =
        job.retryCount < job.retryLimit
          ? `will retry (${job.retryCount + 1} of ${job.retryLimit})`
          : 'no retries left';
      this.logger.error(
        `${queue.name} job ${job.id} failed after ${Date.now() - began} ms, ${retry}: ${errorText(error)}`,
      );
      throw error;
    }
  }

  private async applySchedule(boss: PgBoss, s: ScheduleRegistration): Promise<void> {
    await this.ensureQueue(boss, s.queue);
    await boss.schedule(s.queue.name, s.cron, s.data, {
      tz: s.options.tz ?? 'UTC',
      ...(s.options.singletonKey !== undefined ? { singletonKey: s.options.singletonKey } : {}),
    });
  }
}
