/**
 * How many jobs of one queue (and singleton key) may wait and run at once, across every
 * process (pg-boss queue policies): `standard` any number; `short` one waiting; `singleton`
 * one running; `stately` one waiting and one running (a "run again" trigger that collapses).
 */
export type JobQueuePolicy = 'standard' | 'short' | 'singleton' | 'stately';

export interface JobQueueOptions {
  policy?: JobQueuePolicy;
  /** Retries after a failed run (pg-boss default 2). */
  retryLimit?: number;
  /** Seconds before a retry; doubled on each retry when `retryBackoff` is set. */
  retryDelaySeconds?: number;
  retryBackoff?: boolean;
  /** A run that takes longer fails and is retried (default 15 minutes, at most 24 hours). */
  expireInSeconds?: number;
}

/**
 * A named queue whose jobs carry data of type `T`. Define it once, next to its handler, and
 * pass it to `Jobs.work`, `Jobs.send` and `Jobs.schedule` so payloads are checked by the
 * compiler. Names are lower case, `domain.what-it-does`.
 */
export interface JobQueue<T extends object> {
  readonly name: string;
  readonly options: Readonly<JobQueueOptions>;
  /** Type only: never set. Carries `T` so queues of different payloads do not mix. */
  readonly payload?: T;
}

const QUEUE_NAME = /^[a-z][a-z0-9]*(?:[.-][a-z0-9]+)*$/;

export function defineQueue<T extends object = Record<string, never>>(
  name: string,
  options: JobQueueOptions = {},
): JobQueue<T> {
  if (!QUEUE_NAME.test(name) || name.length > 100)
    throw new Error(`Invalid job queue name "${name}": use lower-case words joined by . or -`);
  return { name, options: { ...options } };
}

/** What a handler learns about the job it runs. */
export interface JobContext {
  id: string;
  queue: string;
  /** 0 on the first run, then 1, 2, … on retries. */
  retryCount: number;
  /**
   * Aborted when the process shuts down. A long handler (a bulk issuance, a mail batch) checks
   * it between items and returns early; what it did not do stays for the next run.
   */
  signal: AbortSignal;
}

/** Handles one job. What it returns (a small JSON object, or nothing) is kept as its output. */
export type JobHandler<T extends object> = (data: T, job: JobContext) => Promise<unknown>;

export interface WorkOptions {
  /** Jobs of this queue run at once in this process (default 1). */
  concurrency?: number;
  /** How often an idle worker looks for jobs (default 2 s; `Jobs.send` wakes it sooner). */
  pollingIntervalSeconds?: number;
}

export interface SendOptions {
  /**
   * At most one job per key, as the queue's policy says (e.g. with `stately`: one waiting and
   * one running per key); a send that would break that returns null.
   */
  singletonKey?: string;
  /** Run no earlier than this date, or this many seconds from now. */
  startAfter?: Date | number;
  /** Higher runs first (default 0). */
  priority?: number;
  retryLimit?: number;
  retryDelaySeconds?: number;
  retryBackoff?: boolean;
  expireInSeconds?: number;
}

export interface ScheduleOptions {
  /** IANA time zone the cron expression is read in (default UTC). */
  tz?: string;
  singletonKey?: string;
}

export type JobState = 'created' | 'retry' | 'active' | 'completed' | 'cancelled' | 'failed';

/** A job as stored, e.g. to show the state of a bulk run the user started. */
export interface JobStatus<T extends object> {
  id: string;
  queue: string;
  state: JobState;
  data: T;
  /** What the handler returned, or the error of a failed run. */
  output: unknown;
  retryCount: number;
  createdOn: Date;
  startedOn: Date | null;
  completedOn: Date | null;
}
