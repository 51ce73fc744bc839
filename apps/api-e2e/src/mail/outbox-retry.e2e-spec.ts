import { queryDatabase } from '@lms/platform/api-testing';
// The sender is the unit under test here: the e2e project may not import api libs otherwise.
// eslint-disable-next-line @nx/enforce-module-boundaries
import {
  findFreePort,
  Jobs,
  MAIL_OUTBOX_QUEUE,
  MailTransport,
  OutboxMailSender,
} from '@lms/platform/api';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestApp, type TestApp } from '../support/test-app';
import { insertOutbox, outboxRows } from './mail-files';

const SECRET = 'smtp-pa55word-never-logged';
const dataDir = mkdtempSync(join(tmpdir(), 'lms-mail-'));

// pg-boss stays off here (the API tests' default): the test runs the sender itself.
describe('Mail: retries with back-off, failures, and stopping mid-batch', () => {
  let t: TestApp;
  let sender: OutboxMailSender;

  beforeAll(async () => {
    // Nothing listens on this port: every delivery fails with ECONNREFUSED.
    const closedPort = await findFreePort();
    process.env['DATA_DIR'] = dataDir;
    process.env['SMTP_URL'] = `smtp://mailer:${SECRET}@127.0.0.1:${closedPort}`;
    process.env['MAIL_FROM'] = 'Threshold <no-reply@example.org>';
    process.env['MAIL_MAX_TRIES'] = '3';
    t = await startTestApp();
    sender = t.app.get(OutboxMailSender);
  });
  afterAll(async () => {
    await t.close();
  });

  const makeDue = (id: string) =>
    queryDatabase(
      t.db.url,
      `UPDATE platform.outbox_email SET next_attempt_at = now() WHERE id = $1`,
      [id],
    );

  it('counts a failed try with its error (and no password) and waits before the next', async () => {
    const [id] = await insertOutbox(t.db.url, [
      { to: 'learner@example.org', subject: 'Graded', body: 'You passed.' },
    ]);

    expect(await sender.sendPending()).toEqual({ sent: 0, retrying: 1, failed: 0, more: false });

    const [row] = await outboxRows(t.db.url, [id]);
    expect(row).toMatchObject({ status: 'pending', tries: 1, sent_at: null });
    expect(row.last_error).toMatch(/ECONNREFUSED/);
    expect(row.last_error).not.toContain(SECRET);
    const wait = (row.next_attempt_at.getTime() - Date.now()) / 1000;
    expect(wait).toBeGreaterThan(50);
    expect(wait).toBeLessThanOrEqual(60);

    // Not due yet: a second run leaves it alone.
    expect(await sender.sendPending()).toEqual({ sent: 0, retrying: 0, failed: 0, more: false });
    expect((await outboxRows(t.db.url, [id]))[0].tries).toBe(1);
    expect(existsSync(join(dataDir, 'mail'))).toBe(false);
  });

  it('marks the mail failed after MAIL_MAX_TRIES tries and stops trying', async () => {
    const [id] = await insertOutbox(t.db.url, [
      { to: 'other@example.org', subject: 'Graded', body: 'Please revise.' },
    ]);
    await sender.sendPending();
    await makeDue(id);
    expect(await sender.sendPending()).toMatchObject({ retrying: 1, failed: 0 });
    await makeDue(id);
    expect(await sender.sendPending()).toMatchObject({ retrying: 0, failed: 1 });

    const [row] = await outboxRows(t.db.url, [id]);
    expect(row).toMatchObject({ status: 'failed', tries: 3, sent_at: null });
    expect(row.last_error).toMatch(/ECONNREFUSED/);
    await makeDue(id);
    expect(await sender.sendPending()).toMatchObject({ retrying: 0, failed: 0 });
    expect((await outboxRows(t.db.url, [id]))[0].tries).toBe(3);
  });

  it('stops between mails when told to and gives the unsent claims back at once', async () => {
    const ids = await insertOutbox(
      t.db.url,
      [1, 2, 3, 4].map((n) => ({ to: `stop${n}@example.org`, subject: 'Stop', body: `${n}` })),
    );
    const shutdown = new AbortController();
    // A fake delivery for the first mail, during which the process is told to stop.
    jest.spyOn(t.app.get(MailTransport), 'deliver').mockImplementationOnce(() => {
      shutdown.abort();
      return Promise.resolve();
    });

    expect(await sender.sendPending({ signal: shutdown.signal })).toEqual({
      sent: 1,
      retrying: 0,
      failed: 0,
      more: true,
    });

    // The three unsent ones are due again now, not when the 10-minute claim would end.
    const rows = await queryDatabase<{ status: string; tries: number; due: boolean | null }>(
      t.db.url,
      `SELECT status, tries, CASE WHEN status = 'pending' THEN next_attempt_at <= now() END AS due
         FROM platform.outbox_email
        WHERE id = ANY($1::uuid[]) ORDER BY status DESC`,
      [ids],
    );
    expect(rows).toEqual([
      { status: 'sent', tries: 0, due: null },
      ...[1, 2, 3].map(() => ({ status: 'pending', tries: 0, due: true })),
    ]);
  });

  it('does not start pg-boss when JOBS_ENABLED=false, and refuses to queue jobs', async () => {
    const jobs = t.app.get(Jobs);
    expect(jobs.running).toBe(false);
    await expect(jobs.send(MAIL_OUTBOX_QUEUE, {})).rejects.toMatchObject({
      code: 'JOBS_DISABLED',
      status: 503,
    });
    expect(
      await queryDatabase(
        t.db.url,
        `SELECT 1 FROM information_schema.schemata WHERE schema_name = 'pgboss'`,
      ),
    ).toEqual([]);
  });
});
