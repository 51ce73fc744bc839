import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CurriculumFacade } from '@lms/curriculum/api';
import { type Actor, AuditTrail, defineQueue, Jobs } from '@lms/platform/api';
import { AuditEventType, type BulkIssuanceResponse, Role } from '@lms/shared/contracts';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource, In } from 'typeorm';
import { CertificateService } from './certificate.service';
import { BulkIssuanceEntity } from './credentials.entities';
import { CredentialsErrorCode, CredentialsException } from './credentials.exception';
import { CourseCreditService } from './course-credit.service';

export const BULK_ISSUANCE_QUEUE = defineQueue<{ runId: string }>('credentials.bulk-issuance', {
  retryLimit: 3,
  retryDelaySeconds: 5,
  expireInSeconds: 3600,
});

/** How long POST …/bulk waits for the run before answering 202 with its progress. */
export const BULK_WAIT_MS = 20_000;
const PROGRESS_EVERY_MS = 500;
/** Certificates issued at once within one run (each on its own pooled connection). */
export const BULK_ISSUERS = 3;

function toResponse(row: BulkIssuanceEntity): BulkIssuanceResponse {
  return {
    id: row.id,
    courseId: row.courseId,
    status: row.status,
    total: row.total,
    processed: row.processed,
    issued: row.issued,
    skipped: row.skipped,
    startedAt: row.startedAt?.toISOString() ?? null,
    finishedAt: row.finishedAt?.toISOString() ?? null,
    error: row.error,
  };
}

/**
 * Issues certificates for every eligible trainee of a course as a pg-boss job, with progress
 * in a row any replica can read. Idempotent: each issue takes the enrollment's lock and the
 * unique index, so a trainee who holds a certificate is skipped, and a second run issues none.
 */
@Injectable()
export class BulkIssuanceService implements OnModuleInit {
  private readonly logger = new Logger(BulkIssuanceService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: Jobs,
    private readonly curriculum: CurriculumFacade,
    private readonly certificates: CertificateService,
    private readonly courses: CourseCreditService,
    private readonly audit: AuditTrail,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.jobs.work(BULK_ISSUANCE_QUEUE, async ({ runId }, job) => {
      try {
        await this.run(runId, job.signal);
      } catch (error) {
        // The last try: close the run so the course can be issued again.
        if (job.retryCount >= (BULK_ISSUANCE_QUEUE.options.retryLimit ?? 0) && !job.signal.aborted)
          await this.dataSource
            .getRepository(BulkIssuanceEntity)
            .update(
              { id: runId },
              { status: 'failed', finishedAt: new Date(), error: String(error) },
            );
        throw error;
      }
    });
  }

  /** Starts a run (or joins the one already open for the course); waits up to 20 s when asked. */
  async start(
    actor: Actor,
    courseId: string,
    wait: boolean,
  ): Promise<{ run: BulkIssuanceResponse; finished: boolean }> {
    await this.courses.assertExists(courseId);
    const repo = this.dataSource.getRepository(BulkIssuanceEntity);
    const inserted = await repo
      .createQueryBuilder()
      .insert()
      .values({ courseId, requestedBy: actor.id, status: 'queued' })
      .orIgnore()
      .returning('id')
      .execute();
    const createdId = (inserted.raw as { id: string }[]).at(0)?.id;
    const run =
      createdId !== undefined
        ? await repo.findOneByOrFail({ id: createdId })
        : await repo.findOneByOrFail({ courseId, status: In(['queued', 'running']) });
    if (createdId !== undefined) await this.enqueue(run.id);
    if (!wait) return { run: toResponse(run), finished: false };
    const until = Date.now() + BULK_WAIT_MS;
    for (;;) {
      const now = await repo.findOneByOrFail({ id: run.id });
      const finished = now.status === 'completed' || now.status === 'failed';
      if (finished || Date.now() > until) return { run: toResponse(now), finished };
      await sleep(100);
    }
  }

  async get(id: string): Promise<BulkIssuanceResponse> {
    const row = await this.dataSource.manager.findOneBy(BulkIssuanceEntity, { id });
    if (!row) throw new CredentialsException(CredentialsErrorCode.BulkIssuanceNotFound);
    return toResponse(row);
  }

  private async enqueue(runId: string): Promise<void> {
    if (this.jobs.running) {
      await this.jobs.send(BULK_ISSUANCE_QUEUE, { runId }, { singletonKey: runId });
      return;
    }
    // JOBS_ENABLED=false (e.g. a one-off tool): run in this process instead.
    this.logger.warn(`Jobs are not running: bulk issuance ${runId} runs in this process`);
    setImmediate(() => {
      this.run(runId).catch((error: unknown) => {
        this.logger.error(`Bulk issuance ${runId} failed: ${String(error)}`);
      });
    });
  }

  /** One run: every enrolled trainee, oldest enrollment first, progress saved as it goes. */
  async run(runId: string, signal?: AbortSignal): Promise<void> {
    const repo = this.dataSource.getRepository(BulkIssuanceEntity);
    const run = await repo.findOneBy({ id: runId });
    if (!run || run.status === 'completed' || run.status === 'failed') return;
    const userIds = await this.curriculum.enrolledUserIds(run.courseId);
    await repo.update(
      { id: runId },
      {
        status: 'running',
        startedAt: run.startedAt ?? new Date(),
        total: userIds.length,
        processed: 0,
        skipped: 0,
      },
    );
    const actor: Actor = { id: run.requestedBy, email: '', roles: [Role.Admin] };
    const counts = { processed: 0, issued: 0, skipped: 0, failed: 0 };
    const began = Date.now();
    let saved = Date.now();
    this.logger.log(`Bulk issuance ${runId}: ${userIds.length} enrollments to check`);
    try {
      // A few issuers at once: each holds its own enrollment's lock, so they never collide,
      // and one's database round trips overlap another's PDF rendering.
      let next = 0;
      const issuer = async (): Promise<void> => {
        while (next < userIds.length) {
          const userId = userIds[next] ?? '';
          next += 1;
          // Shutting down: stop here; pg-boss retries the job and the run resumes idempotently.
          if (signal?.aborted) throw new Error('interrupted by shutdown');
          try {
            await this.certificates.issue(actor, userId, run.courseId, { bulkIssuanceId: runId });
            counts.issued += 1;
          } catch (error) {
            if (!(error instanceof CredentialsException)) {
              counts.failed += 1;
              this.logger.error(`Bulk issuance ${runId}: user ${userId}: ${String(error)}`);
            }
            counts.skipped += 1;
          }
          counts.processed += 1;
          if (Date.now() - saved >= PROGRESS_EVERY_MS) {
            saved = Date.now();
            await repo.update(
              { id: runId },
              {
                processed: counts.processed,
                skipped: counts.skipped,
                issued: await this.issuedBy(runId),
              },
            );
            this.logger.log(
              `Bulk issuance ${runId}: ${counts.processed}/${userIds.length} checked, ${counts.issued} issued`,
            );
          }
        }
      };
      await Promise.all(Array.from({ length: BULK_ISSUERS }, issuer));
    } catch (error) {
      await repo.update({ id: runId }, { processed: counts.processed, skipped: counts.skipped });
      throw error;
    }
    const issued = await this.issuedBy(runId);
    await this.dataSource.transaction(async (em) => {
      await em.update(
        BulkIssuanceEntity,
        { id: runId },
        {
          status: 'completed',
          finishedAt: new Date(),
          processed: counts.processed,
          issued,
          skipped: userIds.length - issued,
          error:
            counts.failed > 0
              ? `${counts.failed} trainees could not be processed; see the logs`
              : null,
        },
      );
      await this.audit.record(em, {
        type: AuditEventType.BulkIssuanceFinished,
        actorId: run.requestedBy,
        subjectType: 'course',
        subjectId: run.courseId,
        payload: { runId, total: userIds.length, issued, skipped: userIds.length - issued },
      });
    });
    this.logger.log(
      `Bulk issuance ${runId} finished in ${Date.now() - began} ms: ${issued} issued, ${userIds.length - issued} skipped of ${userIds.length}`,
    );
  }

  /** Certificates this run issued (also those of an earlier, interrupted try). */
  private async issuedBy(runId: string): Promise<number> {
    const rows = await this.dataSource.query<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM credentials.certificate WHERE bulk_issuance_id = $1',
      [runId],
    );
    return rows.at(0)?.n ?? 0;
  }
}
