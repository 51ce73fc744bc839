import type {
  AttemptStartResponse,
  BulkIssuanceResponse,
  Certificate,
} from '@lms/shared/contracts';
import { setTimeout as sleep } from 'node:timers/promises';
import { idempotencyKey, LoadClient, percentile, type Sample, writeFigures } from './support/load';
import {
  type ApiProcess,
  createDatabase,
  type PgServer,
  removeUnlessKept,
  sql,
  startApi,
  startPgServer,
  tempDir,
} from './support/processes';
import { buildWorld, type World } from './support/scenario';

/** How long PostgreSQL stays down while the load keeps coming. */
const OUTAGE_MS = 5000;
/** Every answer while the database is away must come within this. */
const FAIL_FAST_MS = 2000;
/** Health and writes must work again this soon after PostgreSQL accepts connections. */
const RECOVERY_MS = 5000;
/** Pause between two requests of one simulated client. */
const PACE_MS = 150;

interface Timeline {
  stopRequested: number;
  stopped: number;
  startRequested: number;
  up: number;
}

describe('Database outage: the API fails fast, recovers by itself and loses no acknowledged write', () => {
  let pg: PgServer;
  let api: ApiProcess;
  let dbUrl: string;
  let world: World;
  const dataDir = tempDir('lms-faults-outage-');
  const cleanup: (() => Promise<void>)[] = [];

  beforeAll(async () => {
    pg = await startPgServer();
    cleanup.push(() => pg.close());
    dbUrl = await createDatabase(pg.url, 'threshold');
    api = await startApi({ name: 'api', databaseUrl: dbUrl, dataDir });
    cleanup.unshift(() => api.stop());
    world = await buildWorld(api.url, { finishers: 16, takers: 4, quizzes: 3 });
  }, 240_000);

  afterAll(async () => {
    for (const step of cleanup) await step();
    removeUnlessKept(dataDir);
  }, 60_000);

  it('answers 503 + Retry-After within 2 s while PostgreSQL is stopped, and is whole again within 5 s of its return', async () => {
    const client = new LoadClient(api.url);
    let running = true;
    const confirmedSubmits = new Map<string, number>(); // attemptId → score
    const confirmedCertificates = new Map<string, string>(); // certificate id → user id
    const alreadyIssued: string[] = []; // 409 on a retry whose first answer was lost

    const outlineReader = async (token: string): Promise<void> => {
      while (running) {
        await client.send('outline', 'GET', `/api/courses/${world.certifiable.course.id}`, {
          token,
        });
        await sleep(PACE_MS);
      }
    };

    const quizTaker = async (token: string): Promise<void> => {
      const quizzes = [...world.quizzes];
      let open: { id: string; key: string; questions: string[] } | undefined;
      while (running && quizzes.length > 0) {
        const quiz = quizzes[0];
        if (!open) {
          const res = await client.send<AttemptStartResponse & { code?: string }>(
            'attempt-start',
            'POST',
            `/api/quizzes/${quiz.id}/attempts`,
            { token, body: {} },
          );
          if (res.status === 201 || res.status === 200)
            open = {
              id: res.body.id,
              key: idempotencyKey(),
              questions: res.body.questions.map((q) => q.id),
            };
          else if (res.status === 409) quizzes.shift(); // attempts used up: next quiz
        } else {
          const attempt = open;
          const res = await client.send<{ score: number }>(
            'attempt-submit',
            'POST',
            `/api/attempts/${attempt.id}/submit`,
            {
              token,
              headers: { 'idempotency-key': attempt.key },
              body: {
                answers: attempt.questions.map((questionId) => ({
                  questionId,
                  optionIds: [quiz.wrong.get(questionId) ?? ''],
                })),
              },
            },
          );
          if (res.status === 200) {
            confirmedSubmits.set(attempt.id, res.body.score);
            open = undefined;
          } else if (res.status !== 503 && res.status !== 0) {
            open = undefined; // a 4xx: start afresh (counted in the samples)
          }
        }
        await sleep(PACE_MS);
      }
    };

    const issuer = async (): Promise<void> => {
      const pending = world.finishers.map((f) => f.id);
      while (running) {
        const userId = pending.length > 0 ? pending[0] : undefined;
        if (userId === undefined) {
          await client.send('certificate-list', 'GET', '/api/certificates?limit=5', {
            token: world.admin,
          });
        } else {
          const res = await client.send<Certificate>(
            'certificate-issue',
            'POST',
            '/api/certificates',
            {
              token: world.admin,
              body: { userId, courseId: world.certifiable.course.id },
            },
          );
          if (res.status === 201) {
            confirmedCertificates.set(res.body.id, userId);
            pending.shift();
          } else if (res.status === 409) {
            alreadyIssued.push(userId);
            pending.shift();
          }
        }
        await sleep(PACE_MS * 3);
      }
    };

    const healthProbe = async (): Promise<void> => {
      while (running) {
        await client.send('health', 'GET', '/api/health');
        await sleep(100);
      }
    };

    const loops = [
      outlineReader(world.takers[0]?.token ?? ''),
      outlineReader(world.finishers[0]?.token ?? ''),
      ...world.takers.map((t) => quizTaker(t.token)),
      issuer(),
      healthProbe(),
    ];

    const began = Date.now();
    await sleep(3000);
    const timeline: Timeline = { stopRequested: Date.now(), stopped: 0, startRequested: 0, up: 0 };
    await pg.stop();
    timeline.stopped = Date.now();
    await sleep(OUTAGE_MS);
    timeline.startRequested = Date.now();
    await pg.start();
    timeline.up = Date.now();
    // Keep the load going until health and a write have worked again, then a little longer.
    const recoveredBy = timeline.up + RECOVERY_MS + 5000;
    const firstAfterUp = (kinds: string[], ok: (s: Sample) => boolean): Sample | undefined =>
      client.samples.find((s) => s.start >= timeline.up && kinds.includes(s.kind) && ok(s));
    const isWrite = (s: Sample): boolean => s.status === 200 || s.status === 201;
    while (
      Date.now() < recoveredBy &&
      !(
        firstAfterUp(['health'], (s) => s.status === 200) &&
        firstAfterUp(['attempt-submit', 'attempt-start', 'certificate-issue'], isWrite)
      )
    )
      await sleep(100);
    await sleep(3000);
    running = false;
    await Promise.all(loops);
    const ended = Date.now();

    // pg-boss survived: a background job (bulk issuance) runs to the end after the outage.
    const bulkStarted = Date.now();
    const bulk = await client.send<BulkIssuanceResponse>(
      'bulk-issue',
      'POST',
      `/api/courses/${world.certifiable.course.id}/certificates/bulk`,
      { token: world.admin },
    );
    const bulkMs = Date.now() - bulkStarted;

    // --- What the client saw ---------------------------------------------------------------
    const samples = client.samples.filter((s) => s.kind !== 'bulk-issue');
    const latency = (s: Sample): number => s.end - s.start;
    // Sent while the server was down (from the stop until it accepted connections again).
    const duringOutage = samples.filter(
      (s) => s.start >= timeline.stopRequested && s.start < timeline.up,
    );
    // Sent and answered while PostgreSQL was fully stopped.
    const whileDown = duringOutage.filter(
      (s) => s.start >= timeline.stopped && s.end <= timeline.startRequested,
    );
    const healthOk = firstAfterUp(['health'], (s) => s.status === 200);
    const writeOk = firstAfterUp(['attempt-submit', 'attempt-start', 'certificate-issue'], isWrite);

    // --- What the database kept --------------------------------------------------------------
    const submitted = await sql<{ id: string; status: string; score: number | null }>(
      dbUrl,
      'SELECT id, status, score FROM assessment.attempt WHERE id = ANY($1::uuid[])',
      [[...confirmedSubmits.keys()]],
    );
    const certificates = await sql<{ id: string; user_id: string }>(
      dbUrl,
      'SELECT id, user_id FROM credentials.certificate WHERE id = ANY($1::uuid[])',
      [[...confirmedCertificates.keys()]],
    );
    const perTrainee = await sql<{ user_id: string; n: number }>(
      dbUrl,
      `SELECT user_id, count(*)::int AS n FROM credentials.certificate
       WHERE course_id = $1 AND revoked_at IS NULL GROUP BY user_id`,
      [world.certifiable.course.id],
    );

    const figures = {
      measuredAt: new Date().toISOString(),
      setup:
        'node dist/apps/api/main.js (NODE_ENV=production, pg-boss on) on its own PostgreSQL 18; 2-core machine; 4 quiz takers, 2 outline readers, 1 admin issuing certificates, 1 health probe, each pausing 150 ms (the issuer 450 ms, the probe 100 ms)',
      outageMs: timeline.startRequested - timeline.stopped,
      stopTookMs: timeline.stopped - timeline.stopRequested,
      startTookMs: timeline.up - timeline.startRequested,
      requests: {
        total: samples.length,
        durationMs: ended - began,
        duringOutage: duringOutage.length,
        duringOutageByStatus: countBy(duringOutage.map((s) => String(s.status))),
        whileFullyDown: whileDown.length,
        failedFastWhileDown: whileDown.filter((s) => latency(s) < FAIL_FAST_MS).length,
        maxLatencyMsDuringOutage: Math.max(0, ...duringOutage.map(latency)),
        p95LatencyMsDuringOutage: percentile(duringOutage.map(latency), 95),
        noAnswer: samples.filter((s) => s.status === 0).length,
        status500: samples.filter((s) => s.status === 500).length,
      },
      recovery: {
        healthOkAfterMs: healthOk ? healthOk.end - timeline.up : null,
        firstWriteOkAfterMs: writeOk ? writeOk.end - timeline.up : null,
        apiRestarted: false,
      },
      writes: {
        quizSubmissionsConfirmed: confirmedSubmits.size,
        quizSubmissionsFound: submitted.filter(
          (r) => r.status === 'submitted' && r.score === confirmedSubmits.get(r.id),
        ).length,
        certificatesConfirmed: confirmedCertificates.size,
        certificatesFound: certificates.length,
        certificateRetriesAnswered409: alreadyIssued.length,
        traineesWithMoreThanOneCertificate: perTrainee.filter((r) => r.n > 1).length,
      },
      jobsAfterOutage: { bulkIssuanceStatus: bulk.status, run: bulk.body.status, ms: bulkMs },
      apiLog: {
        databaseUnavailableWarnings: countLines(api.log(), /"msg":"Database unavailable"/),
        // Terminus logs each failed /api/health at error level; anything else would be a bug.
        healthCheckFailedLines: countLines(api.log(), /"level":50.*Health Check has failed/),
        otherErrorLines: countLines(api.log(), /"level":(50|60)\b(?!.*Health Check has failed)/),
        pgBossLines: countLines(api.log(), /pg-boss/),
      },
    };
    writeFigures('databaseOutage', figures);

    // The process neither crashed nor hung.
    expect(api.exit()).toBeNull();
    expect(samples.filter((s) => s.status === 0)).toEqual([]);
    expect(samples.filter((s) => s.status === 500)).toEqual([]);

    // While it was down: 503 with an ApiError body and Retry-After, within 2 s; health 503.
    expect(whileDown.length).toBeGreaterThan(50);
    for (const s of whileDown) {
      expect({ kind: s.kind, status: s.status }).toEqual({
        kind: s.kind,
        status: 503,
      });
      expect(latency(s)).toBeLessThan(FAIL_FAST_MS);
      if (s.kind !== 'health') {
        expect(s).toMatchObject({ apiError: true, code: 'SERVICE_UNAVAILABLE' });
        expect(Number(s.retryAfter)).toBeGreaterThan(0);
      }
    }
    expect(whileDown.filter((s) => s.kind === 'health').length).toBeGreaterThan(10);
    for (const s of duringOutage) expect(latency(s)).toBeLessThan(FAIL_FAST_MS);

    // Back within 5 s of PostgreSQL accepting connections, without restarting the API.
    expect(figures.recovery.healthOkAfterMs).not.toBeNull();
    expect(figures.recovery.healthOkAfterMs ?? Infinity).toBeLessThan(RECOVERY_MS);
    expect(figures.recovery.firstWriteOkAfterMs ?? Infinity).toBeLessThan(RECOVERY_MS);
    const afterRecovery = samples.filter((s) => healthOk && s.start > healthOk.end + 1000);
    expect(afterRecovery.filter((s) => s.status === 503)).toEqual([]);

    // Nothing the API confirmed is lost, and nothing is doubled.
    expect(confirmedSubmits.size).toBeGreaterThan(10);
    expect(figures.writes.quizSubmissionsFound).toBe(confirmedSubmits.size);
    expect(confirmedCertificates.size).toBeGreaterThan(3);
    expect(certificates).toHaveLength(confirmedCertificates.size);
    for (const row of certificates) expect(confirmedCertificates.get(row.id)).toBe(row.user_id);
    expect(figures.writes.traineesWithMoreThanOneCertificate).toBe(0);

    // Background jobs work again: the bulk run completes (every finisher has a certificate).
    expect(bulk.status).toBe(200);
    expect(bulk.body.status).toBe('completed');
    expect(perTrainee).toHaveLength(world.finishers.length);
  }, 180_000);
});

function countLines(text: string, pattern: RegExp): number {
  return text.split('\n').filter((line) => pattern.test(line)).length;
}

function countBy(values: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const v of values) counts[v] = (counts[v] ?? 0) + 1;
  return counts;
}
