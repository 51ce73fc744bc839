#!/usr/bin/env node
// npm run bench:seed -- --trainees 100000 [--data-dir tmp/bench/data] [--reset]
//
// Fills a bench database with realistic volume, straight into PostgreSQL (set-based
// INSERT … SELECT / multi-row INSERT, never one request per row):
//   N trainees (one argon2id hash, made once), 50 published courses of 8 modules × 3 lessons
//   with 4 quizzes of 5 questions each (modules 2, 4, 6 and the post-test in 8), 3 enrollments
//   per trainee pinned to the published version (2 completed, 1 in progress), their lesson
//   progress (≈ 60 rows per trainee), 10 quiz attempts per trainee (1 M for 100 000), and
//   2 certificates per trainee (200 000), each with its evaluation and credit claim.
// The API (production build) is started on the data directory first, so the schema comes from
// the real migrations and the demo accounts and provider settings from the real demo seed;
// one certificate is issued through the API to render the sample PDF the others point at.
import { writeFileSync } from 'node:fs';
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
} from './lib/common.mjs';
import { connectPg, ensureBuilt, removeDataDir, startApi } from './lib/api-server.mjs';
import {
  benchPasswordHash,
  chunked,
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
import { createClient, login, must } from './lib/http-client.mjs';

const opts = options({
  trainees: { type: 'number', default: 100_000 },
  courses: { type: 'number', default: 50 },
  modules: { type: 'number', default: 8 },
  lessons: { type: 'number', default: 3 },
  'questions-per-quiz': { type: 'number', default: 5 },
  chunk: { type: 'number', default: 20_000 },
  'data-dir': { type: 'string', default: DEFAULT_DATA_DIR },
  reset: { type: 'boolean', default: false },
  build: { type: 'boolean', default: false },
  record: { type: 'boolean', default: false },
});
const N = opts.trainees;
const C = opts.courses;
if (!Number.isInteger(N) || N < 1 || N > 999_999) throw new Error('--trainees must be 1..999999');
if (!Number.isInteger(C) || C < 3) throw new Error('--courses must be at least 3');
const dataDir = resolve(opts['data-dir']);

const FIRST = [
  'Avery',
  'Jordan',
  'Riley',
  'Morgan',
  'Casey',
  'Quinn',
  'Samira',
  'Noah',
  'Maya',
  'Elena',
  'Tomás',
  'Aisha',
  'Wei',
  'Priya',
  'Kwame',
  'Hannah',
  'Lucas',
  'Sofia',
  'Mateo',
  'Leila',
  'Ibrahim',
  'Grace',
  'Daniel',
  'Nia',
  'Oliver',
  'Yara',
  'Ethan',
  'Zoe',
  'Ravi',
  'Ingrid',
];
const LAST = [
  'Okafor',
  'Lee',
  'Martinez',
  'Nguyen',
  'Patel',
  'Johnson',
  'García',
  'Kim',
  'Schmidt',
  'Rossi',
  'Haddad',
  'Cohen',
  'Silva',
  'Kowalski',
  'Andersen',
  'Mensah',
  'Tanaka',
  'Dubois',
  'O’Brien',
  'Novak',
  'Singh',
  'Ahmed',
  'Moreau',
  'Fischer',
  'Costa',
  'Brown',
  'Walker',
  'Hughes',
  'Park',
  'Bianchi',
];
const PROFESSIONS = [
  'psychotherapist',
  'psychologist',
  'counselor',
  'marriage_family_therapist',
  'social_worker',
  'psychiatrist',
  'physician',
  'nurse_practitioner',
  'registered_nurse',
  'other',
];
const LICENCE_TYPES = ['LMHC', 'PhD', 'LPC', 'LMFT', 'LCSW', 'MD', 'MD', 'NP', 'RN', 'CHES'];
const STATES = ['CA', 'NY', 'TX', 'WA', 'OR', 'CO', 'MA', 'IL', 'FL', 'MN', 'NM', 'MI'];

async function main() {
  ensureBuilt({ build: opts.build });
  if (opts.reset) {
    log(`removing ${dataDir}`);
    removeDataDir(dataDir);
  }
  const began = performance.now();
  const api = await startApi({ dataDir, logLevel: 'warn' });
  const pg = await connectPg(api.pgUrl, 'threshold-bench-seed');
  const figures = { tables: {} };
  try {
    const { rows: existing } = await pg.query(
      `SELECT count(*)::int AS n FROM identity."user" WHERE email LIKE '%@bench.test'`,
    );
    if (existing[0].n > 0)
      throw new Error(
        `${dataDir} already holds ${existing[0].n} bench accounts; run with --reset to start over`,
      );
    await pg.query(
      `SET temp_buffers = '512MB'; SET synchronous_commit = off; SET work_mem = '256MB'; SET maintenance_work_mem = '512MB'`,
    );
    // Fewer checkpoints during the load; reset before the benchmarks run.
    await pg.query(`ALTER SYSTEM SET max_wal_size = '8GB'`);
    await pg.query(`SELECT pg_reload_conf()`);

    const refs = await demoRefs(pg);
    const t0 = performance.now();
    const hash = await benchPasswordHash();
    log(`password hashed once with argon2id in ${Math.round(performance.now() - t0)} ms`);
    const dataBegan = performance.now();
    let total = 0;
    const note = (table, r) => {
      figures.tables[table] = {
        rows: r.rows,
        seconds: Math.round(r.seconds * 10) / 10,
        rowsPerSecond: Math.round(r.rows / Math.max(r.seconds, 0.001)),
      };
      total += r.rows;
    };

    // --- trainees -------------------------------------------------------------------------
    log(`trainees: ${fmt(N)}`);
    await pg.query(
      `CREATE TEMP TABLE bench_user AS
       SELECT g AS seq, gen_random_uuid() AS id,
              ($1::text[])[1 + g % array_length($1, 1)] || ' ' ||
                chr(65 + (g / 7) % 26) || '. ' ||
                ($2::text[])[1 + (g / array_length($1, 1)) % array_length($2, 1)] AS full_name,
              ($3::text[])[1 + (g * 7) % 10] AS profession,
              jsonb_build_object('type', ($4::text[])[1 + (g * 7) % 10],
                                 'number', lpad(((g::bigint * 7919) % 9999991)::text, 7, '0'),
                                 'state', ($5::text[])[1 + g % array_length($5, 1)]) AS licence,
              now() - interval '1 day' * (1200 + (g * 31) % 400) AS created_at
         FROM generate_series(0, $6::int - 1) g`,
      [FIRST, LAST, PROFESSIONS, LICENCE_TYPES, STATES, N],
    );
    await pg.query('ALTER TABLE bench_user ADD PRIMARY KEY (seq); ANALYZE bench_user');
    note(
      'identity.user',
      await chunked(
        'users',
        N,
        opts.chunk * 5,
        async (lo, hi) => {
          const r = await pg.query(
            `INSERT INTO identity."user" (id, email, password_hash, full_name, profession, roles, created_at, updated_at)
           SELECT id, 'trainee' || lpad(seq::text, 6, '0') || '@bench.test', $3, full_name, profession,
                  '{trainee}', created_at, created_at
             FROM bench_user WHERE seq >= $1 AND seq < $2 ORDER BY seq`,
            [lo, hi, hash],
          );
          return r.rowCount;
        },
        log,
      ),
    );
    note(
      'identity.license',
      await chunked(
        'licenses',
        N,
        opts.chunk * 5,
        async (lo, hi) => {
          const r = await pg.query(
            `INSERT INTO identity.license (user_id, type, number, state, position, created_at, updated_at)
           SELECT id, licence->>'type', licence->>'number', licence->>'state', 0, created_at, created_at
             FROM bench_user WHERE seq >= $1 AND seq < $2 ORDER BY seq`,
            [lo, hi],
          );
          return r.rowCount;
        },
        log,
      ),
    );

    // --- courses --------------------------------------------------------------------------
    const ct = performance.now();
    const courses = await createCourses(pg, {
      count: C,
      modules: opts.modules,
      lessonsPerModule: opts.lessons,
      questionsPerQuiz: opts['questions-per-quiz'],
      authorId: refs.instructorId,
    });
    await loadCourseTables(pg, courses);
    const courseRows = courses.reduce(
      (s, c) =>
        s +
        3 +
        c.modules +
        c.lessons.length +
        c.quizzes.reduce((q, z) => q + 1 + z.questions.length * 6, 0),
      0,
    );
    note(
      'courses (course, owner, version, module, lesson, quiz, question, option, quiz_question)',
      {
        rows: courseRows,
        seconds: (performance.now() - ct) / 1000,
      },
    );
    log(
      `courses: ${C} published (${opts.modules} modules × ${opts.lessons} lessons, ${courses[0].quizzes.length} quizzes of ${opts['questions-per-quiz']} questions each)`,
    );

    // --- enrollments and what trainees did --------------------------------------------------
    await createEnrollmentTable(pg);
    const step = Math.max(1, Math.floor(C / 3));
    await pg.query(
      `INSERT INTO bench_enrollment (n, enrollment_id, user_id, course_no, completed, modules_done, partial_lessons, fail_quiz_seq, enrolled_at, completed_at, credit_type, holder_name, licence, certificate)
       SELECT u.seq * 3 + k, gen_random_uuid(), u.id, c.course_no, k < 2,
              CASE WHEN k < 2 THEN c.modules ELSE u.seq % c.modules END,
              CASE WHEN k < 2 THEN 0 ELSE (u.seq / c.modules) % c.lessons_per_module END,
              CASE WHEN k = 0 AND u.seq % 4 = 0 THEN (SELECT max(q.seq) FROM bench_quiz q WHERE q.course_no = c.course_no)
                   WHEN k = 1 AND u.seq % 4 = 2 THEN 0 END,
              t.enrolled,
              CASE WHEN k < 2 THEN t.enrolled + interval '1 day' * (7 + (u.seq * 13 + k) % 50) END,
              c.credit_types[1 + (u.seq + k) % array_length(c.credit_types, 1)], u.full_name, u.licence, k < 2
         FROM bench_user u
        CROSS JOIN generate_series(0, 2) k
         JOIN bench_course c ON c.course_no = (u.seq * 7 + k * $1) % $2
        CROSS JOIN LATERAL (
          SELECT CASE WHEN k < 2 THEN now() - interval '60 days' - interval '1 day' * ((u.seq * 37 + k * 101) % 1035)
                      ELSE now() - interval '1 day' * ((u.seq * 17) % 120) - interval '1 hour' END AS enrolled) t`,
      [step, C],
    );
    await pg.query('ANALYZE bench_enrollment');
    const E = N * 3;
    const chunk = opts.chunk * 3;
    log(`enrollments: ${fmt(E)} (2 completed and 1 in progress per trainee)`);
    note(
      'curriculum.enrollment',
      await chunked('enrollments', E, chunk * 5, (lo, hi) => insertEnrollments(pg, lo, hi), log),
    );
    note(
      'curriculum.lesson_progress',
      await chunked('lesson progress', E, chunk, (lo, hi) => insertLessonProgress(pg, lo, hi), log),
    );
    note(
      'assessment.attempt',
      await chunked('quiz attempts', E, chunk, (lo, hi) => insertAttempts(pg, lo, hi), log),
    );

    const http = createClient(api.url, { connections: 4 });
    const admin = await login(http, DEMO_ADMIN, DEMO_PASSWORD);
    const form = await must(http, 'GET', `/api/courses/${courses[0].courseId}/evaluation`, {
      token: admin.token,
    });
    note(
      'credentials.evaluation_response + attestation',
      await chunked(
        'evaluations and claims',
        E,
        chunk * 2,
        (lo, hi) => insertEvaluationsAndClaims(pg, lo, hi, form),
        log,
      ),
    );

    // --- certificates ----------------------------------------------------------------------
    // One issued through the API: the real renderer writes the PDF every seeded one points at.
    const { rows: first } = await pg.query(
      `SELECT e.user_id, c.course_id FROM bench_enrollment e JOIN bench_course c USING (course_no) WHERE e.n = 0`,
    );
    const ti = performance.now();
    const sample = await must(http, 'POST', '/api/certificates', {
      token: admin.token,
      json: { userId: first[0].user_id, courseId: first[0].course_id },
      expect: 201,
    });
    const { rows: pdf } = await pg.query(
      `SELECT pdf_key FROM credentials.certificate WHERE id = $1`,
      [sample.id],
    );
    const samplePdfKey = pdf[0].pdf_key;
    log(
      `sample certificate ${sample.verificationCode} issued through the API in ${Math.round(performance.now() - ti)} ms; its PDF (${samplePdfKey}) is shared by the seeded ones`,
    );
    await pg.query('UPDATE bench_enrollment SET certificate = false WHERE n = 0');
    note(
      'credentials.certificate',
      await chunked(
        'certificates',
        E,
        chunk * 2,
        (lo, hi) =>
          insertCertificates(pg, lo, hi, {
            pdfKey: samplePdfKey,
            issuedBy: refs.adminId,
            provider: refs.provider,
          }),
        log,
      ),
    );
    await http.close();
    const dataSeconds = (performance.now() - dataBegan) / 1000;
    log(
      `data written: ${fmt(total)} rows in ${dataSeconds.toFixed(1)} s = ${fmt(total / dataSeconds)} rows/s`,
    );

    await pg.query(`ALTER SYSTEM RESET max_wal_size`);
    await pg.query(`SELECT pg_reload_conf()`);
    const tv = performance.now();
    await pg.query('VACUUM (ANALYZE)');
    await pg.query('CHECKPOINT');
    log(`VACUUM (ANALYZE) and CHECKPOINT in ${((performance.now() - tv) / 1000).toFixed(1)} s`);

    const counts = {};
    for (const table of [
      'identity.user',
      'identity.license',
      'curriculum.course',
      'curriculum.module',
      'curriculum.lesson',
      'curriculum.enrollment',
      'curriculum.lesson_progress',
      'assessment.question',
      'assessment.quiz',
      'assessment.attempt',
      'credentials.evaluation_response',
      'credentials.attestation',
      'credentials.certificate',
    ]) {
      const [schema, name] = table.split('.');
      const { rows } = await pg.query(`SELECT count(*)::bigint AS n FROM "${schema}"."${name}"`);
      counts[table] = Number(rows[0].n);
    }
    const { rows: size } = await pg.query(
      `SELECT pg_size_pretty(pg_database_size(current_database())) AS size`,
    );
    const { rows: version } = await pg.query('SHOW server_version');
    for (const [table, n] of Object.entries(counts))
      log(`  ${table.padEnd(34)} ${fmt(n).padStart(12)}`);
    log(
      `database size ${size[0].size}; total ${((performance.now() - began) / 1000).toFixed(1)} s`,
    );

    const meta = {
      trainees: N,
      courses: courses.map((c) => ({ courseId: c.courseId, title: c.title })),
      samplePdfKey,
      seededAt: new Date().toISOString(),
      counts,
    };
    writeFileSync(join(dataDir, 'bench-seed.json'), `${JSON.stringify(meta, null, 2)}\n`);
    Object.assign(figures, {
      date: new Date().toISOString(),
      command: commandLine(),
      machine: machineInfo(),
      postgres: version[0].server_version,
      trainees: N,
      counts,
      databaseSize: size[0].size,
      rowsWritten: total,
      dataSeconds: Math.round(dataSeconds * 10) / 10,
      rowsPerSecond: Math.round(total / dataSeconds),
      totalSeconds: Math.round((performance.now() - began) / 100) / 10,
    });
    const file = saveResult('seed', figures);
    log(`result: ${file}`);
    if (opts.record)
      log(
        `recorded in ${recordFigures('seed', figures, {
          trainees: N,
          rowsWritten: total,
          rowsPerSecond: figures.rowsPerSecond,
          seconds: figures.totalSeconds,
          databaseSize: figures.databaseSize,
          command: figures.command,
        })}`,
      );
  } finally {
    await pg.end().catch(() => undefined);
    await api.stop();
  }
}

main().catch((error) => {
  process.stderr.write(`bench:seed failed: ${error.stack ?? error}\n`);
  process.exit(1);
});
