#!/usr/bin/env node
// npm run bench:reads -- [--connections 32] [--duration 20] [--record]
//
// Read paths on a seeded data directory (bench:seed), against the production build:
//   - a trainee's course outline (GET /api/courses/:id) and "my courses" (GET /api/me/enrollments)
//     at 32 connections, compared with a bare node:http server answering a constant body,
//     measured in the same run with the same client (before and after the API phases);
//     target: ≥ 10 % of the bare server's requests/s, p99 < 50 ms;
//   - certificate verification by code (GET /api/verify/:code, public); target p99 < 5 ms;
//   - the transcript of a trainee holding 200 certificates (GET /api/me/transcript);
//     target < 20 ms (p99).
// Latency targets are read at 1 connection (a single user's latency); the same endpoints are
// also driven at --connections for their throughput.
// Exit code: non-zero on errors only (not on missed targets unless --strict).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  commandLine,
  DEFAULT_DATA_DIR,
  BENCH_PASSWORD,
  fmt,
  log,
  machineInfo,
  options,
  recordFigures,
  saveResult,
  traineeEmail,
} from './lib/common.mjs';
import { connectPg, ensureBuilt, startApi, startBareServer } from './lib/api-server.mjs';
import {
  createCourses,
  createEnrollmentTable,
  demoRefs,
  insertAttempts,
  insertCertificates,
  insertEnrollments,
  insertEvaluationsAndClaims,
  insertLessonProgress,
  loadCourseTables,
} from './lib/dataset.mjs';
import { bearer, createClient, login, must } from './lib/http-client.mjs';
import { closedLoop } from './lib/stats.mjs';
import { startSampling } from './lib/samplers.mjs';

const opts = options({
  connections: { type: 'number', default: 32 },
  duration: { type: 'number', default: 20 },
  warmup: { type: 'number', default: 3 },
  'latency-duration': { type: 'number', default: 10 },
  'sample-trainees': { type: 'number', default: 200 },
  'transcript-certificates': { type: 'number', default: 200 },
  'data-dir': { type: 'string', default: DEFAULT_DATA_DIR },
  'log-level': { type: 'string', default: 'info' },
  strict: { type: 'boolean', default: false },
  build: { type: 'boolean', default: false },
  record: { type: 'boolean', default: false },
  only: { type: 'string', default: '' },
});
// --only outline,my-courses: just those phases (for profiling); no targets, nothing recorded.
const only = opts.only ? new Set(opts.only.split(',').map((s) => s.trim())) : null;
if (only && opts.record) throw new Error('--only and --record do not go together');
const dataDir = resolve(opts['data-dir']);
const HOLDER = 'transcript.holder@bench.test';

/**
 * A trainee with `count` certificates over `count` one-module courses, issued across ten
 * years (made once per data directory; the API itself would need 200 courses to allow it).
 */
async function ensureTranscriptHolder(pg, http, admin, count) {
  const { rows: existing } = await pg.query(
    `SELECT u.id, count(c.id)::int AS certificates FROM identity."user" u
       LEFT JOIN credentials.certificate c ON c.user_id = u.id
      WHERE u.email = $1 GROUP BY u.id`,
    [HOLDER],
  );
  if (existing[0]) {
    if (existing[0].certificates !== count)
      throw new Error(`${HOLDER} holds ${existing[0].certificates} certificates, not ${count}`);
    return existing[0].id;
  }
  const t0 = performance.now();
  const refs = await demoRefs(pg);
  const { rows: hash } = await pg.query(
    `SELECT password_hash FROM identity."user" WHERE email = $1`,
    [traineeEmail(0)],
  );
  if (!hash[0]) throw new Error('no seeded trainees: run bench:seed first');
  const { rows: pdf } = await pg.query(
    `SELECT pdf_key FROM credentials.certificate WHERE issued_by = $1 ORDER BY created_at LIMIT 1`,
    [refs.adminId],
  );
  const meta = JSON.parse(readFileSync(join(dataDir, 'bench-seed.json'), 'utf8'));
  const pdfKey = meta.samplePdfKey ?? pdf[0]?.pdf_key;
  const { rows: user } = await pg.query(
    `INSERT INTO identity."user" (email, password_hash, full_name, profession, roles, created_at, updated_at)
     VALUES ($1, $2, 'Dr. Rowan T. Holder', 'psychiatrist', '{trainee}', now() - interval '11 years', now() - interval '11 years')
     RETURNING id`,
    [HOLDER, hash[0].password_hash],
  );
  await pg.query(
    `INSERT INTO identity.license (user_id, type, number, state, position) VALUES ($1, 'MD', 'A123456', 'CA', 0)`,
    [user[0].id],
  );
  const courses = await createCourses(pg, {
    count,
    firstNo: 0,
    modules: 1,
    lessonsPerModule: 1,
    quizModules: [0],
    questionsPerQuiz: 5,
    titlePrefix: 'Archive: ',
    authorId: refs.instructorId,
    seed: 200,
    publishedAt: new Date(Date.now() - 11 * 365 * 86400_000),
  });
  await loadCourseTables(pg, courses);
  await createEnrollmentTable(pg);
  await pg.query(
    `INSERT INTO bench_enrollment (n, enrollment_id, user_id, course_no, completed, modules_done, partial_lessons, fail_quiz_seq, enrolled_at, completed_at, credit_type, holder_name, licence, certificate)
     SELECT c.course_no, gen_random_uuid(), $1, c.course_no, true, 1, 0, NULL,
            now() - interval '1 day' * (3650 - c.course_no * 18) - interval '3 days',
            now() - interval '1 day' * (3650 - c.course_no * 18),
            c.credit_types[1 + c.course_no % 3], 'Dr. Rowan T. Holder',
            '{"type":"MD","number":"A123456","state":"CA"}'::jsonb, true
       FROM bench_course c`,
    [user[0].id],
  );
  const form = await must(http, 'GET', `/api/courses/${courses[0].courseId}/evaluation`, {
    token: admin,
  });
  await insertEnrollments(pg, 0, count);
  await insertLessonProgress(pg, 0, count);
  await insertAttempts(pg, 0, count);
  await insertEvaluationsAndClaims(pg, 0, count, form);
  const n = await insertCertificates(pg, 0, count, {
    pdfKey,
    issuedBy: refs.adminId,
    provider: refs.provider,
  });
  await pg.query('ANALYZE credentials.certificate');
  log(
    `transcript holder ${HOLDER}: ${n} certificates over ${count} courses, made in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  return user[0].id;
}

const pick = (list) => list[Math.floor(Math.random() * list.length)];

async function main() {
  ensureBuilt({ build: opts.build });
  const api = await startApi({ dataDir, logLevel: opts['log-level'] });
  const pg = await connectPg(api.pgUrl, 'threshold-bench-reads');
  const sampler = await connectPg(api.pgUrl, 'threshold-bench-sampler');
  const setup = createClient(api.url, { connections: 4 });
  const apiClient = createClient(api.url, { connections: opts.connections });
  const bare = await startBareServer();
  const bareClient = createClient(bare.url, { connections: opts.connections });
  let errors = 0;
  try {
    const { rows: seeded } = await pg.query(
      `SELECT count(*)::int AS trainees,
              (SELECT count(*)::int FROM credentials.certificate) AS certificates,
              (SELECT count(*)::int FROM curriculum.lesson_progress) AS progress
         FROM identity."user" WHERE email LIKE 'trainee%@bench.test'`,
    );
    const dataset = seeded[0];
    if (dataset.trainees === 0) throw new Error('no seeded trainees: run bench:seed first');
    log(
      `data set: ${fmt(dataset.trainees)} trainees, ${fmt(dataset.progress)} lesson-progress rows, ${fmt(dataset.certificates)} certificates`,
    );
    const admin = await login(setup, 'admin@demo.test', 'Demo-Passw0rd!');
    await ensureTranscriptHolder(pg, setup, admin.token, opts['transcript-certificates']);

    // Signed-in trainees picked at random across the data set, with their enrolled courses.
    const k = Math.min(opts['sample-trainees'], dataset.trainees);
    const seqs = new Set();
    while (seqs.size < k) seqs.add(Math.floor(Math.random() * dataset.trainees));
    const emails = [...seqs].map(traineeEmail);
    const tokens = new Map();
    for (let i = 0; i < emails.length; i += 4) {
      await Promise.all(
        emails.slice(i, i + 4).map(async (email) => {
          tokens.set(email, (await login(setup, email, BENCH_PASSWORD)).token);
        }),
      );
    }
    const { rows: enrolled } = await pg.query(
      `SELECT u.email, e.course_id FROM curriculum.enrollment e JOIN identity."user" u ON u.id = e.user_id
        WHERE u.email = ANY($1)`,
      [emails],
    );
    const pairs = enrolled.map((r) => ({
      auth: bearer(tokens.get(r.email)),
      courseId: r.course_id,
    }));
    const trainees = [...tokens.values()].map((t) => bearer(t));
    const { rows: codes } = await pg.query(
      `SELECT verification_code AS code FROM credentials.certificate ORDER BY random() LIMIT 5000`,
    );
    const verifyPaths = codes.map(
      (r, i) =>
        `/api/verify/${i % 2 ? r.code : `${r.code.slice(0, 4)}-${r.code.slice(4, 8)}-${r.code.slice(8)}`}`,
    );
    const holder = bearer((await login(setup, HOLDER, BENCH_PASSWORD)).token);
    const transcript = await must(setup, 'GET', '/api/me/transcript', {
      token: holder.authorization.slice(7),
    });
    log(
      `${k} trainees signed in (${pairs.length} enrollments); ${codes.length} verification codes; transcript of ${transcript.certificates.length} certificates is ${fmt(JSON.stringify(transcript).length)} bytes`,
    );

    const phases = {};
    const measure = async (name, client, { connections, seconds, next, pid }) => {
      if (only && !only.has(name)) return null;
      const sampling = startSampling({
        apiPid: pid,
        postmasterPid: pid === api.pid ? api.postmasterPid : null,
        pg: sampler,
        database: 'threshold',
      });
      const r = await closedLoop(client, {
        name,
        connections,
        seconds,
        warmupSeconds: opts.warmup,
        next,
      });
      const resources = await sampling.stop();
      phases[name] = { connections, ...r, resources };
      errors += r.errors;
      log(
        `  ${name.padEnd(22)} c=${String(connections).padStart(3)} ${fmt(r.requestsPerSecond ?? 0, 1).padStart(9)} req/s  p50 ${r.latencyMs.p50} ms  p95 ${r.latencyMs.p95} ms  p99 ${r.latencyMs.p99} ms  errors ${r.errors}  (server CPU ${resources.api.cpuPercentMean} %${resources.postgres.cpuPercentMean !== null ? `, PG ${resources.postgres.cpuPercentMean} %` : ''}, client ${resources.client.cpuPercentMean} %, others ${resources.others.cpuPercentMean} %)`,
      );
      if (r.errorExamples) for (const e of r.errorExamples) log(`      e.g. ${e}`);
      return r;
    };
    const c = opts.connections;
    const d = opts.duration;
    const bareNext = () => ({ path: '/' });
    log(
      `measuring (${d} s each after ${opts.warmup} s warm-up; latency targets at 1 connection for ${opts['latency-duration']} s):`,
    );
    await measure('bare-http-before', bareClient, {
      connections: c,
      seconds: d,
      next: bareNext,
      pid: bare.pid,
    });
    await measure('outline', apiClient, {
      connections: c,
      seconds: d,
      pid: api.pid,
      next: () => {
        const p = pick(pairs);
        return { path: `/api/courses/${p.courseId}`, headers: p.auth };
      },
    });
    await measure('my-courses', apiClient, {
      connections: c,
      seconds: d,
      pid: api.pid,
      next: () => ({ path: '/api/me/enrollments', headers: pick(trainees) }),
    });
    // The framework's floor: a public route answered without the database (a malformed code
    // is "not found" before any lookup) - what the HTTP stack alone costs per request.
    await measure('api-floor', apiClient, {
      connections: c,
      seconds: d,
      pid: api.pid,
      next: () => ({ path: '/api/verify/x', expectStatus: 404 }),
    });
    await measure('bare-http-after', bareClient, {
      connections: c,
      seconds: d,
      next: bareNext,
      pid: bare.pid,
    });
    const lat = opts['latency-duration'];
    await measure('verify-by-code-c1', apiClient, {
      connections: 1,
      seconds: lat,
      pid: api.pid,
      next: () => ({ path: pick(verifyPaths) }),
    });
    await measure('verify-by-code', apiClient, {
      connections: c,
      seconds: d,
      pid: api.pid,
      next: () => ({ path: pick(verifyPaths) }),
    });
    await measure('transcript-200-c1', apiClient, {
      connections: 1,
      seconds: lat,
      pid: api.pid,
      next: () => ({ path: '/api/me/transcript', headers: holder }),
    });
    await measure('transcript-200', apiClient, {
      connections: c,
      seconds: d,
      pid: api.pid,
      next: () => ({ path: '/api/me/transcript', headers: holder }),
    });
    await measure('outline-c1', apiClient, {
      connections: 1,
      seconds: lat,
      pid: api.pid,
      next: () => {
        const p = pick(pairs);
        return { path: `/api/courses/${p.courseId}`, headers: p.auth };
      },
    });
    await measure('my-courses-c1', apiClient, {
      connections: 1,
      seconds: lat,
      pid: api.pid,
      next: () => ({ path: '/api/me/enrollments', headers: pick(trainees) }),
    });

    if (only) {
      log(`only ${[...only].join(', ')} measured: no targets; errors: ${errors}`);
      process.exitCode = errors > 0 ? 1 : 0;
      return;
    }
    const bareRps =
      ((phases['bare-http-before'].requestsPerSecond ?? 0) +
        (phases['bare-http-after'].requestsPerSecond ?? 0)) /
      2;
    const ratio = (name) =>
      Math.round(((phases[name].requestsPerSecond ?? 0) / bareRps) * 1000) / 10;
    const targets = {
      outline: {
        percentOfBare: ratio('outline'),
        p99Ms: phases.outline.latencyMs.p99,
        met: ratio('outline') >= 10 && phases.outline.latencyMs.p99 < 50,
      },
      myCourses: {
        percentOfBare: ratio('my-courses'),
        p99Ms: phases['my-courses'].latencyMs.p99,
        met: ratio('my-courses') >= 10 && phases['my-courses'].latencyMs.p99 < 50,
      },
      verifyByCode: {
        p99Ms: phases['verify-by-code-c1'].latencyMs.p99,
        met: phases['verify-by-code-c1'].latencyMs.p99 < 5,
      },
      transcript200: {
        p99Ms: phases['transcript-200-c1'].latencyMs.p99,
        met: phases['transcript-200-c1'].latencyMs.p99 < 20,
      },
    };
    log(`bare node:http: ${fmt(bareRps, 1)} req/s (mean of before/after)`);
    log(
      `  outline:     ${targets.outline.percentOfBare} % of bare, p99 ${targets.outline.p99Ms} ms at ${c} connections → target (≥ 10 %, p99 < 50 ms) ${targets.outline.met ? 'MET' : 'NOT MET'}`,
    );
    log(
      `  my courses:  ${targets.myCourses.percentOfBare} % of bare, p99 ${targets.myCourses.p99Ms} ms at ${c} connections → target (≥ 10 %, p99 < 50 ms) ${targets.myCourses.met ? 'MET' : 'NOT MET'}`,
    );
    log(
      `  verify:      p99 ${targets.verifyByCode.p99Ms} ms at 1 connection → target (< 5 ms) ${targets.verifyByCode.met ? 'MET' : 'NOT MET'}`,
    );
    log(
      `  transcript:  p99 ${targets.transcript200.p99Ms} ms at 1 connection (${transcript.certificates.length} certificates) → target (< 20 ms) ${targets.transcript200.met ? 'MET' : 'NOT MET'}`,
    );
    log(`  errors: ${errors}`);
    const result = {
      date: new Date().toISOString(),
      command: commandLine(),
      machine: machineInfo(),
      dataset,
      client: apiClient.kind,
      connections: c,
      durationSeconds: d,
      bareRequestsPerSecond: Math.round(bareRps * 10) / 10,
      targets,
      phases,
      errors,
    };
    log(`result: ${saveResult('reads', result)}`);
    if (opts.record) {
      const brief = (name) => ({
        requestsPerSecond: phases[name].requestsPerSecond,
        p50Ms: phases[name].latencyMs.p50,
        p99Ms: phases[name].latencyMs.p99,
        errors: phases[name].errors,
      });
      const headline = {
        trainees: dataset.trainees,
        connections: c,
        bareHttpRequestsPerSecond: result.bareRequestsPerSecond,
        outline: {
          ...brief('outline'),
          percentOfBare: targets.outline.percentOfBare,
          targetMet: targets.outline.met,
        },
        myCourses: {
          ...brief('my-courses'),
          percentOfBare: targets.myCourses.percentOfBare,
          targetMet: targets.myCourses.met,
        },
        // What the HTTP stack costs without the database: the ceiling of any API route here.
        apiFloor: { ...brief('api-floor'), percentOfBare: ratio('api-floor') },
        verifyByCodeOneConnection: {
          ...brief('verify-by-code-c1'),
          targetMet: targets.verifyByCode.met,
        },
        verifyByCode: brief('verify-by-code'),
        transcript200OneConnection: {
          ...brief('transcript-200-c1'),
          targetMet: targets.transcript200.met,
        },
        transcript200: brief('transcript-200'),
        machineBusyPercentMean: phases.outline.resources.machine.busyPercentMean,
        otherProcessesCpuPercentMean: Object.fromEntries(
          Object.entries(phases).map(([k, v]) => [k, v.resources.others.cpuPercentMean]),
        ),
        command: result.command,
      };
      log(`recorded in ${recordFigures('reads', result, headline)}`);
    }
    if (opts.strict && Object.values(targets).some((t) => !t.met)) errors += 1;
  } finally {
    await apiClient.close();
    await bareClient.close();
    await setup.close();
    await bare.stop();
    await pg.end().catch(() => undefined);
    await sampler.end().catch(() => undefined);
    await api.stop();
  }
  process.exit(errors > 0 ? 1 : 0);
}

main().catch((error) => {
  process.stderr.write(`bench:reads failed: ${error.stack ?? error}\n`);
  process.exit(1);
});
