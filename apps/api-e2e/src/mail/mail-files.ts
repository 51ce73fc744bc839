import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { queryDatabase } from '@lms/platform/api-testing';

const EML = /^\d{8}T\d{9}Z-([0-9a-f-]{36})\.eml$/;

/** The .eml files in `dir`, by outbox id (an id with two files was sent twice). */
export function mailFiles(dir: string): Map<string, string[]> {
  const files = new Map<string, string[]>();
  if (!existsSync(dir)) return files;
  for (const name of readdirSync(dir)) {
    const id = EML.exec(name)?.[1];
    if (id) files.set(id, [...(files.get(id) ?? []), join(dir, name)]);
  }
  return files;
}

/** A mail file's text with folded header lines unfolded (long subjects wrap). */
export function readMail(path: string): string {
  return readFileSync(path, 'utf8').replace(/\r\n[ \t]+/g, ' ');
}

function bytesOfQ(text: string): Buffer {
  return Buffer.from(
    text.replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    'latin1',
  );
}

/** RFC 2047 encoded words (=?UTF-8?Q?…?= / ?B?) in a header value, decoded. */
function decodeWords(value: string): string {
  return value
    .replace(/(\?=)\s+(=\?)/g, '$1$2')
    .replace(/=\?UTF-8\?([QB])\?([^?]*)\?=/gi, (_, kind: string, text: string) =>
      kind.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : bytesOfQ(text.replace(/_/g, ' ')).toString('utf8'),
    );
}

/** The headers (lower-case names, decoded) and the plain-text body of an .eml file. */
export function parseMail(path: string): { headers: Record<string, string>; text: string } {
  const raw = readMail(path);
  const split = raw.indexOf('\r\n\r\n');
  const headers: Record<string, string> = {};
  for (const line of raw.slice(0, split).split('\r\n')) {
    const colon = line.indexOf(':');
    headers[line.slice(0, colon).toLowerCase()] = decodeWords(line.slice(colon + 1).trim());
  }
  let body = raw.slice(split + 4);
  if (headers['content-transfer-encoding'] === 'quoted-printable')
    body = bytesOfQ(body.replace(/=\r\n/g, '')).toString('utf8');
  return { headers, text: body.replace(/\r\n/g, '\n') };
}

export async function waitFor<T>(
  probe: () => T | undefined | Promise<T | undefined>,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`nothing after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export interface OutboxRow extends Record<string, unknown> {
  id: string;
  to: string;
  subject: string;
  body: string;
  status: string;
  tries: number;
  sent_at: Date | null;
  next_attempt_at: Date;
  last_error: string | null;
}

/** Puts mails straight into the outbox, as Notifier would, and returns their ids. */
export async function insertOutbox(
  url: string,
  mails: { to: string; subject: string; body: string }[],
): Promise<string[]> {
  const rows = await queryDatabase<{ id: string }>(
    url,
    `INSERT INTO platform.outbox_email ("to", subject, body, status)
     SELECT m->>'to', m->>'subject', m->>'body', 'pending' FROM jsonb_array_elements($1::jsonb) AS m
     RETURNING id`,
    [JSON.stringify(mails)],
  );
  return rows.map((r) => r.id);
}

export async function outboxRows(url: string, ids: string[]): Promise<OutboxRow[]> {
  return queryDatabase<OutboxRow>(
    url,
    `SELECT * FROM platform.outbox_email WHERE id = ANY($1::uuid[]) ORDER BY created_at, id`,
    [ids],
  );
}
