import type { INestApplication } from '@nestjs/common';
import { queryDatabase } from '@lms/platform/api-testing';
// The job runner and the mail sender are the units under test here: the e2e project may not
// import api libs otherwise.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { defineQueue, Jobs, MAIL_OUTBOX_QUEUE, OutboxMailSender } from '@lms/platform/api';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
// A second API replica on the same database, built the way main.ts builds one.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { createApp } from '../../../api/src/app/create-app';
import {
  enrolledTrainee,
  gradeRequest,
  publishedRoleplay,
  REFLECTION,
  TRANSCRIPT,
} from '../support/roleplay';
import { bearer, DEMO, login, startTestApp, type TestApp } from '../support/test-app';
import { insertOutbox, mailFiles, outboxRows, parseMail, waitFor } from './mail-files';

// This file runs pg-boss (JOBS_ENABLED is off in the other API tests) and writes mail as
// .eml files into a temporary DATA_DIR (no SMTP_URL).
const dataDir = mkdtempSync(join(tmpdir(), 'lms-mail-'));
const mailDir = join(dataDir, 'mail');
process.env['DATA_DIR'] = dataDir;
process.env['JOBS_ENABLED'] = 'true';
process.env['MAIL_BATCH_SIZE'] = '5';
delete process.env['SMTP_URL'];
delete process.env['MAIL_FROM'];

describe('Mail: the outbox sent by a pg-boss job, as .eml files without SMTP', () => {
  let t: TestApp;
  let replica: INestApplication | undefined;
  let closed = false;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await replica?.close();
    if (!closed) await t.app.close();
    await t.db.drop();
  });

  it('starts pg-boss in its own schema with the mail queue and its every-minute schedule', async () => {
    expect(t.app.get(Jobs).running).toBe(true);
    expect(
      await queryDatabase(t.db.url, `SELECT name, policy FROM pgboss.queue WHERE name = $1`, [
        MAIL_OUTBOX_QUEUE.name,
      ]),
    ).toEqual([{ name: 'platform.mail-outbox', policy: 'stately' }]);
    // Other domains schedule their own jobs too (e.g. identity's sign-in throttle cleanup).
    expect(
      await queryDatabase(t.db.url, `SELECT name, cron, timezone FROM pgboss.schedule`),
    ).toContainEqual({ name: 'platform.mail-outbox', cron: '* * * * *', timezone: 'UTC' });
  });

  it('mails the trainee whose role-play was graded, through the job, within seconds', async () => {
    const instructor = (await login(t.http, DEMO.instructor)).accessToken;
    const { course, roleplay } = await publishedRoleplay(t, instructor);
    const trainee = await enrolledTrainee(t, course);
    const [{ email }] = await queryDatabase<{ email: string }>(
      t.db.url,
      `SELECT email FROM identity."user" WHERE id = $1`,
      [trainee.id],
    );
    const submission = await request(t.http)
      .post(`/api/roleplays/${roleplay.id}/submissions`)
      .set(bearer(trainee.token))
      .send({ transcript: TRANSCRIPT, reflection: REFLECTION })
      .expect(201);

    const send = jest.spyOn(t.app.get(Jobs), 'send');
    const graded = Date.now();
    await gradeRequest(t, instructor, submission.body.id, roleplay, [2, 1], 'pass').expect(200);
    // Triggered when the grade's transaction committed, not by the minute's cron.
    expect(send).toHaveBeenCalledWith(MAIL_OUTBOX_QUEUE, {});
    send.mockRestore();
    const [row] = await queryDatabase<{ id: string }>(
      t.db.url,
      `SELECT id FROM platform.outbox_email WHERE "to" = $1`,
      [email],
    );
    const [path] = await waitFor(() => mailFiles(mailDir).get(row.id), 5_000);
    const latency = Date.now() - graded;
    expect(latency).toBeLessThan(5_000);

    const { headers, text } = parseMail(path);
    expect(headers).toMatchObject({
      to: email,
      from: 'Threshold <no-reply@threshold.invalid>',
      subject: 'Threshold: Your role-play "Informed consent for a first session" was graded',
      'message-id': `<${row.id}@threshold.invalid>`,
      'x-threshold-outbox-id': row.id,
    });
    expect(text).toBe(
      `You passed. Read your feedback.\n\nOpen Threshold: /courses/${course.id}/roleplays/${roleplay.id}\n`,
    );

    const [sent] = await waitFor(async () => {
      const rows = await outboxRows(t.db.url, [row.id]);
      return rows[0]?.status === 'sent' ? rows : undefined;
    });
    expect(sent).toMatchObject({ status: 'sent', tries: 0, last_error: null });
    expect(sent.sent_at).toBeInstanceOf(Date);
  });

  it('writes each pending mail as a readable .eml file and marks its row sent', async () => {
    const mails = [1, 2, 3, 4, 5, 6, 7].map((n) => ({
      to: `learner${n}@example.org`,
      subject: `Reminder ${n}`,
      body: `Hello learner ${n},\n\nYour course continues tomorrow.\n`,
    }));
    mails.push({
      to: 'Zoë Müller <zoe@example.org>',
      subject: 'Rappel : votre cours reprend demain ☕ — merci de confirmer votre présence',
      body: `Grüße!\n\n${'A line long enough to be wrapped by quoted-printable encoding. '.repeat(3)}\n`,
    });
    const ids = await insertOutbox(t.db.url, mails);

    await t.app.get(OutboxMailSender).sendPending();

    const files = mailFiles(mailDir);
    for (const row of await outboxRows(t.db.url, ids)) {
      expect(row).toMatchObject({ status: 'sent', tries: 0, last_error: null });
      expect(files.get(row.id)).toHaveLength(1);
      const { headers, text } = parseMail(files.get(row.id)![0]);
      expect(headers).toMatchObject({
        to: row.to,
        subject: row.subject,
        'x-threshold-outbox-id': row.id,
      });
      expect(text).toBe(row.body);
    }
  });

  it('sends each mail exactly once when two API replicas send at the same time', async () => {
    replica = await createApp({
      databaseUrl: t.db.url,
      seedDemo: false,
      logLevel: 'silent',
      logPretty: false,
      trustProxy: false,
    });
    await replica.init();
    expect(replica.get(Jobs).running).toBe(true);
    const ids = await insertOutbox(
      t.db.url,
      Array.from({ length: 60 }, (_, n) => ({
        to: `many${n}@example.org`,
        subject: `Mail ${n}`,
        body: `Body ${n}`,
      })),
    );

    const [a, b] = await Promise.all([
      t.app.get(OutboxMailSender).sendPending(),
      replica.get(OutboxMailSender).sendPending(),
    ]);

    // Both took a share, and together (with any cron run in between) no more than all.
    expect(a.sent).toBeGreaterThan(0);
    expect(b.sent).toBeGreaterThan(0);
    expect(a.sent + b.sent).toBeLessThanOrEqual(60);
    const files = mailFiles(mailDir);
    for (const id of ids) expect(files.get(id)).toHaveLength(1);
    const rows = await outboxRows(t.db.url, ids);
    expect(rows.filter((r) => r.status === 'sent')).toHaveLength(60);
  });

  it('runs typed jobs of any queue, honours singleton keys and reports state and output', async () => {
    const jobs = t.app.get(Jobs);
    const double = defineQueue<{ n: number }>('test.double');
    await jobs.work(double, ({ n }) => Promise.resolve({ doubled: n * 2 }));
    const id = await jobs.send(double, { n: 21 });
    expect(id).toEqual(expect.any(String));
    const done = await waitFor(async () => {
      const job = await jobs.getJob(double, id!);
      return job?.state === 'completed' ? job : undefined;
    });
    expect(done).toMatchObject({ state: 'completed', data: { n: 21 }, output: { doubled: 42 } });

    // One waiting job per key on a `short` queue (nobody works this one).
    const once = defineQueue<{ batch: string }>('test.once', { policy: 'short' });
    expect(await jobs.send(once, { batch: 'a' }, { singletonKey: 'a' })).toEqual(
      expect.any(String),
    );
    expect(await jobs.send(once, { batch: 'a' }, { singletonKey: 'a' })).toBeNull();
    expect(await jobs.send(once, { batch: 'b' }, { singletonKey: 'b' })).toEqual(
      expect.any(String),
    );
  });

  it('stops pg-boss when the app closes, leaving no connection behind', async () => {
    const began = Date.now();
    await replica?.close();
    replica = undefined;
    await t.app.close();
    closed = true;
    const took = Date.now() - began;
    expect(took).toBeLessThan(5_000);
    const left = await queryDatabase<{ application_name: string }>(
      t.db.url,
      `SELECT application_name FROM pg_stat_activity
        WHERE datname = current_database() AND pid <> pg_backend_pid()`,
    );
    expect(left).toEqual([]);
  });
});
