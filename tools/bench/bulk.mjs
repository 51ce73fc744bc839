#!/usr/bin/env node
// npm run bench:bulk -- --certificates 10000 [--record]
//
// Bulk issuance: a fresh course (8 modules × 3 lessons, 4 quizzes) in which the first M seeded
// trainees are eligible (every lesson done, every quiz passed, evaluation and claim made) is
// written straight into PostgreSQL; then the admin starts POST /api/courses/:id/certificates/bulk
// on the production build and the run is polled until it completes. Measures the run's time
// (server-side startedAt → finishedAt, and as the client saw it), certificates/s, the API's CPU
// and memory and PostgreSQL's connections; then checks M certificates with unique codes and a
// real PDF each. Target (issue): 10,000 certificates, PDFs included, in under 2 minutes.
// Exit code: non-zero on errors (failed run, missing certificates or PDFs), not on speed
// unless --strict.
import { open, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import {
  commandLine,
  DEFAULT_DATA_DIR,
  DEMO_ADMIN,
  DEMO_PASSWORD,
  fmt,
  log,
  machineInfo,
  options,
  recordFigures,
  saveResult,
  sleep,
} from './lib/common.mjs';
import { connectPg, ensureBuilt, startApi } from './lib/api-server.mjs';
import {
  createCourses,
  createEnrollmentTable,
  demoRefs,
  insertAttempts,
  insertEnrollments,
  insertEvaluationsAndClaims,
  insertLessonProgress,
  loadCourseTables,
} from './lib/dataset.mjs';
import { createClient, login, must } from './lib/http-client.mjs';
import { startSampling } from './lib/samplers.mjs';

const opts = options({
  certificates: { type: 'number', default: 10_000 },
  'target-seconds': { type: 'number', default: 120 },
  timeout: { type: 'number', default: 3600 },
  'data-dir': { type: 'string', default: DEFAULT_DATA_DIR },
  'log-level': { type: 'string', default: 'info' },
  strict: { type: 'boolean', default: false },
  build: { type: 'boolean', default: false },
  record: { type: 'boolean', default: false },
});
const dataDir = resolve(opts['data-dir']);
const M = opts.certificates;

async function isPdf(path) {
  try {
    const s = await stat(path);
    if (s.size < 1000) return { ok: false, size: s.size };
    const fh = await open(path, 'r');
    const buf = Buffer.alloc(5);
    await fh.read(buf, 0, 5, 0);
    await fh.close();
    return { ok: buf.toString('latin1') === '%PDF-', size: s.size };
  } catch {
    return { ok: false, size: 0 };
  }
}

async function main() {
  ensureBuilt({ build: opts.build });
  const api = await startApi({ dataDir, logLevel: opts['log-level'] });
  const pg = await connectPg(api.pgUrl, 'threshold-bench-bulk');
  const sampler = await connectPg(api.pgUrl, 'threshold-bench-sampler');
  const http = createClient(api.url, { connections: 4 });
  let failed = false;
  try {
    const { rows: have } = await pg.query(
      `SELECT count(*)::int AS n FROM identity."user" WHERE email LIKE 'trainee%@bench.test'`,
    );
    if (have[0].n < M)
      throw new Error(
        `the data directory has ${have[0].n} bench trainees, fewer than ${M}: seed more first`,
      );
    const refs = await demoRefs(pg);
    const admin = await login(http, DEMO_ADMIN, DEMO_PASSWORD);

    // --- fixture: M eligible trainees in a new course --------------------------------------
    const tf = performance.now();
    await pg.query(`SET synchronous_commit = off`);
    const [course] = await createCourses(pg, {
      count: 1,
      titlePrefix: `Bulk issuance ${new Date().toISOString().slice(0, 19)}: `,
      authorId: refs.instructorId,
      seed: Date.now() % 100000,
      publishedAt: new Date(Date.now() - 120 * 86400_000),
    });
    await loadCourseTables(pg, [course]);
    await createEnrollmentTable(pg);
    await pg.query(
      `INSERT INTO bench_enrollment (n, enrollment_id, user_id, course_no, completed, modules_done, partial_lessons, fail_quiz_seq, enrolled_at, completed_at, credit_type, holder_name, licence, certificate)
       SELECT u.n - 1, gen_random_uuid(), u.id, c.course_no, true, c.modules, 0,
              CASE WHEN u.n % 5 = 0 THEN 0 END,
              now() - interval '90 days' + interval '1 second' * u.n,
              now() - interval '20 days' + interval '1 second' * u.n,
              c.credit_types[1 + u.n % array_length(c.credit_types, 1)], u.full_name, NULL, false
         FROM (SELECT id, full_name, row_number() OVER (ORDER BY email) AS n
                 FROM identity."user" WHERE email LIKE 'trainee%@bench.test' ORDER BY email LIMIT $1) u
        CROSS JOIN bench_course c`,
      [M],
    );
    const form = await must(http, 'GET', `/api/courses/${course.courseId}/evaluation`, {
      token: admin.token,
    });
    const written =
      (await insertEnrollments(pg, 0, M)) +
      (await insertLessonProgress(pg, 0, M)) +
      (await insertAttempts(pg, 0, M)) +
      (await insertEvaluationsAndClaims(pg, 0, M, form));
    await pg.query(
      'ANALYZE curriculum.enrollment; ANALYZE curriculum.lesson_progress; ANALYZE assessment.attempt; ANALYZE credentials.attestation; ANALYZE credentials.evaluation_response',
    );
    log(
      `fixture: course "${course.title}" with ${fmt(M)} eligible trainees (${fmt(written)} rows) in ${((performance.now() - tf) / 1000).toFixed(1)} s`,
    );

    // --- the run ------------------------------------------------------------------------
    const sampling = startSampling({
      apiPid: api.pid,
      postmasterPid: api.postmasterPid,
      pg: sampler,
      database: 'threshold',
    });
    const t0 = performance.now();
    let run = await must(
      http,
      'POST',
      `/api/courses/${course.courseId}/certificates/bulk?wait=false`,
      { token: admin.token },
    );
    log(`bulk issuance ${run.id} ${run.status}`);
    let lastLog = 0;
    while (run.status === 'queued' || run.status === 'running') {
      if ((performance.now() - t0) / 1000 > opts.timeout)
        throw new Error(`the run did not finish within ${opts.timeout} s`);
      if (api.exited()) throw new Error('the API exited during the run');
      await sleep(500);
      run = await must(http, 'GET', `/api/bulk-issuances/${run.id}`, { token: admin.token });
      if (performance.now() - lastLog > 10_000) {
        lastLog = performance.now();
        const s = (performance.now() - t0) / 1000;
        log(
          `  ${run.status}: ${fmt(run.processed)}/${fmt(run.total)} processed, ${fmt(run.issued)} issued (${(run.issued / s).toFixed(1)}/s)`,
        );
      }
    }
    const clientSeconds = (performance.now() - t0) / 1000;
    const resources = await sampling.stop();
    const serverSeconds =
      run.startedAt && run.finishedAt
        ? (Date.parse(run.finishedAt) - Date.parse(run.startedAt)) / 1000
        : null;

    // --- checks -------------------------------------------------------------------------
    const { rows: certs } = await pg.query(
      `SELECT id, verification_code, pdf_key FROM credentials.certificate WHERE bulk_issuance_id = $1`,
      [run.id],
    );
    const problems = [];
    if (run.status !== 'completed') problems.push(`run ${run.status}: ${run.error ?? ''}`);
    if (run.error) problems.push(`run error: ${run.error}`);
    if (run.issued !== M) problems.push(`${run.issued} issued, expected ${M}`);
    if (certs.length !== M)
      problems.push(`${certs.length} certificates in the database, expected ${M}`);
    if (new Set(certs.map((c) => c.verification_code)).size !== certs.length)
      problems.push('verification codes repeat');
    let pdfBytes = 0;
    let badPdfs = 0;
    for (let i = 0; i < certs.length; i += 200) {
      const checked = await Promise.all(
        certs.slice(i, i + 200).map((c) => isPdf(join(dataDir, 'uploads', c.pdf_key))),
      );
      for (const p of checked) {
        pdfBytes += p.size;
        if (!p.ok) badPdfs += 1;
      }
    }
    if (badPdfs) problems.push(`${badPdfs} certificates without a readable PDF`);
    failed = problems.length > 0;
    const rate = serverSeconds ? run.issued / serverSeconds : null;
    const result = {
      date: new Date().toISOString(),
      command: commandLine(),
      machine: machineInfo(),
      certificates: M,
      run: {
        id: run.id,
        status: run.status,
        total: run.total,
        issued: run.issued,
        skipped: run.skipped,
        error: run.error,
      },
      serverSeconds,
      clientSeconds: Math.round(clientSeconds * 10) / 10,
      certificatesPerSecond: rate ? Math.round(rate * 10) / 10 : null,
      msPerCertificate: rate ? Math.round((1000 / rate) * 10) / 10 : null,
      pdf: {
        files: certs.length - badPdfs,
        meanBytes: certs.length ? Math.round(pdfBytes / certs.length) : 0,
      },
      projectedSecondsFor10000: rate ? Math.round(10000 / rate) : null,
      resources,
      problems,
      target: {
        seconds: opts['target-seconds'],
        met: !failed && serverSeconds !== null && serverSeconds < opts['target-seconds'],
      },
    };
    log(
      `bulk issuance of ${fmt(M)}: ${run.status} in ${serverSeconds?.toFixed(1)} s server-side (${clientSeconds.toFixed(1)} s as seen by the client), ${result.certificatesPerSecond} certificates/s, ${result.msPerCertificate} ms each; 10,000 would take ~${result.projectedSecondsFor10000} s`,
    );
    log(`  PDFs: ${result.pdf.files} readable, ${fmt(result.pdf.meanBytes)} bytes on average`);
    log(
      `  API: CPU peak ${resources.api.cpuPercentPeak} % (mean ${resources.api.cpuPercentMean} %), RSS peak ${resources.api.rssMiBPeak} MiB; PostgreSQL: CPU mean ${resources.postgres.cpuPercentMean} %, connections peak ${resources.postgres.connectionsPeak}; machine busy mean ${resources.machine.busyPercentMean} %, other processes ${resources.others.cpuPercentMean} % of a core`,
    );
    log(`  checks: ${problems.length ? problems.join('; ') : 'OK'}`);
    log(
      `  target (< ${opts['target-seconds']} s for ${fmt(M)}): ${result.target.met ? 'MET' : 'NOT MET'}`,
    );
    log(`result: ${saveResult('bulk', result)}`);
    if (opts.record)
      log(
        `recorded in ${recordFigures('bulkIssuance', result, {
          certificates: M,
          serverSeconds,
          certificatesPerSecond: result.certificatesPerSecond,
          msPerCertificate: result.msPerCertificate,
          apiCpuPercentMean: resources.api.cpuPercentMean,
          apiRssMiBPeak: resources.api.rssMiBPeak,
          otherProcessesCpuPercentMean: resources.others.cpuPercentMean,
          problems,
          targetSeconds: opts['target-seconds'],
          targetMet: result.target.met,
          command: result.command,
        })}`,
      );
    if (opts.strict && !result.target.met) failed = true;
  } finally {
    await http.close();
    await pg.end().catch(() => undefined);
    await sampler.end().catch(() => undefined);
    await api.stop();
  }
  process.exit(failed ? 1 : 0);
}

main().catch((error) => {
  process.stderr.write(`bench:bulk failed: ${error.stack ?? error}\n`);
  process.exit(1);
});
