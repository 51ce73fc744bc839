import type { AttemptStartResponse, Certificate } from '@lms/shared/contracts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import request from 'supertest';
import { DataSource, type Logger } from 'typeorm';
import { type CertifiableCourse, certifiableCourse, traineeThrough } from '../support/credentials';
import { bearer, DEMO, login, startTestApp, type TestApp } from '../support/test-app';

interface Captured {
  sql: string;
  parameters: unknown[];
}

/**
 * The SQL budget of each hot route, and no sequential scan where an index must serve. A
 * change that adds a query per row, or a query no index can answer, fails here before it
 * reaches the quiz-day benchmark (docs/performance.md).
 */
const BUDGETS = {
  // The sign-in check is cached per process (dropped by NOTIFY when the user's row changes),
  // so none of these pays for it once the trainee has been seen.
  // A published version's structure is read once and cached (course-tree.ts): its reads cost
  // the reader's state, the pass states (every item source in one statement) and the owners'
  // names.
  outline: 3,
  // A draft's structure is read every time (modules, lessons, quizzes, role-plays).
  outlineDraft: 6,
  // The quiz with its question bank, module access (the reader's state; pass states only of
  // earlier modules' items, none here), one conditional INSERT: no transaction (the unique
  // indexes settle parallel starts).
  start: 3,
  // One conditional UPDATE (the attempt is read only to explain a refusal).
  autosave: 1,
  // BEGIN, the attempt under a row lock, the quiz, the grade, the audit event, COMMIT; a
  // passing one also brings the enrollment's completion date up to date (enrollment and
  // progress under a row lock, the pass states, the date).
  submit: 9,
  verify: 1,
};

/** Tables that stay small whatever the number of trainees (a scan of them is fine). */
const SMALL_TABLES = new Set(['provider_settings', 'course_settings', 'migrations']);

describe('Query budgets of the hot routes', () => {
  let t: TestApp;
  let c: CertifiableCourse;
  let admin: string;
  let instructor: string;
  let dataDir: string;
  const savedDataDir = process.env['DATA_DIR'];

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'lms-budgets-'));
    process.env['DATA_DIR'] = dataDir;
    t = await startTestApp();
    instructor = (await login(t.http, DEMO.instructor)).accessToken;
    admin = (await login(t.http, DEMO.admin)).accessToken;
    c = await certifiableCourse(t, instructor, 'Budget course');
  });
  afterAll(async () => {
    await t.close();
    if (savedDataDir === undefined) delete process.env['DATA_DIR'];
    else process.env['DATA_DIR'] = savedDataDir;
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** Runs one request and returns the SQL statements it sent (transaction control left out). */
  async function capture(send: () => Promise<unknown>): Promise<Captured[]> {
    const dataSource = t.app.get(DataSource);
    const original = dataSource.logger;
    const captured: Captured[] = [];
    const quiet = (): undefined => undefined;
    const logger: Logger = {
      logQuery: (sql, parameters) => {
        // Every round trip counts, transaction control included (BEGIN and COMMIT cost a
        // round trip each; the autosave needs none).
        captured.push({ sql, parameters: Array.isArray(parameters) ? parameters : [] });
      },
      logQueryError: quiet,
      logQuerySlow: quiet,
      logSchemaBuild: quiet,
      logMigration: quiet,
      log: quiet,
    };
    dataSource.logger = logger;
    try {
      await send();
    } finally {
      dataSource.logger = original;
    }
    return captured;
  }

  /** Relations a query would scan sequentially when the planner must avoid it if it can. */
  async function seqScans(queries: Captured[]): Promise<string[]> {
    const client = new Client({ connectionString: t.db.url });
    await client.connect();
    try {
      await client.query('SET enable_seqscan = off');
      const found: string[] = [];
      for (const q of queries) {
        if (!/^\s*(SELECT|WITH|UPDATE|DELETE|INSERT)/i.test(q.sql)) continue;
        const { rows } = await client.query<{ 'QUERY PLAN': unknown }>({
          text: `EXPLAIN (FORMAT JSON) ${q.sql}`,
          values: q.parameters,
        });
        const walk = (node: Record<string, unknown>): void => {
          if (node['Node Type'] === 'Seq Scan') {
            const relation = String(node['Relation Name']);
            if (!SMALL_TABLES.has(relation)) found.push(`${relation} in: ${q.sql.slice(0, 160)}`);
          }
          for (const child of (node['Plans'] as Record<string, unknown>[] | undefined) ?? [])
            walk(child);
        };
        const plan = (rows[0]?.['QUERY PLAN'] as { Plan: Record<string, unknown> }[])[0];
        if (plan) walk(plan.Plan);
      }
      return found;
    } finally {
      await client.end();
    }
  }

  it('keeps outline, quiz start, autosave, submit and verify within their budgets, on indexes', async () => {
    const trainee = await traineeThrough(t, instructor, c, [
      'postTest',
      'evaluation',
      'attestation',
    ]);
    const api = (method: 'get' | 'post' | 'put', path: string) =>
      request(t.http)[method](path).set(bearer(trainee.token));

    const outline = await capture(() => api('get', `/api/courses/${c.course.id}`).expect(200));
    let attempt: AttemptStartResponse | undefined;
    const start = await capture(async () => {
      attempt = (await api('post', `/api/quizzes/${c.postTest.id}/attempts`).expect(201))
        .body as AttemptStartResponse;
    });
    if (!attempt) throw new Error('no attempt');
    const question = attempt.questions[0];
    if (!question) throw new Error('no question');
    const autosave = await capture(() =>
      api('put', `/api/attempts/${attempt?.id ?? ''}/answers/${question.id}`)
        .send({ optionIds: [question.options[0]?.id] })
        .expect(204),
    );
    const submit = await capture(() =>
      api('post', `/api/attempts/${attempt?.id ?? ''}/submit`)
        .send({})
        .expect(200),
    );

    await request(t.http)
      .patch(`/api/courses/${c.course.id}`)
      .set(bearer(instructor))
      .send({ summary: 'A draft after publication, so that its structure is read uncached.' })
      .expect(200);
    const outlineDraft = await capture(() =>
      request(t.http).get(`/api/courses/${c.course.id}`).set(bearer(instructor)).expect(200),
    );

    const done = await traineeThrough(t, instructor, c);
    const cert = (
      await request(t.http)
        .post('/api/certificates')
        .set(bearer(admin))
        .send({ userId: done.id, courseId: c.course.id })
        .expect(201)
    ).body as Certificate;
    const verify = await capture(() =>
      request(t.http).get(`/api/verify/${cert.verificationCode}`).expect(200),
    );

    const counts = {
      outline: outline.length,
      outlineDraft: outlineDraft.length,
      start: start.length,
      autosave: autosave.length,
      submit: submit.length,
      verify: verify.length,
    };
    const over = Object.entries(BUDGETS).flatMap(([route, budget]) => {
      const used = counts[route as keyof typeof counts];
      return used > budget ? [`${route}: ${used} queries, budget ${budget}`] : [];
    });
    expect(over).toEqual([]);
    expect(Object.values(counts).every((n) => n > 0)).toBe(true);
    process.stdout.write(`Query counts per request: ${JSON.stringify(counts)}\n`);
    // The detector itself: a lookup by an unindexed column is reported.
    expect(
      await seqScans([
        { sql: 'SELECT id FROM credentials.certificate WHERE holder_name = $1', parameters: ['x'] },
      ]),
    ).toHaveLength(1);
    expect(
      await seqScans([...outline, ...outlineDraft, ...start, ...autosave, ...submit, ...verify]),
    ).toEqual([]);
  });
});
