import { queryDatabase } from '@lms/platform/api-testing';
import type { SubmissionResponse } from '@lms/shared/contracts';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import {
  enrolledTrainee,
  gradeRequest,
  publishedRoleplay,
  REFLECTION,
  TRANSCRIPT,
} from '../support/roleplay';
import { bearer, DEMO, login, startTestApp, type TestApp } from '../support/test-app';

const LIMIT = 64 * 1024;

/** A valid PCM WAV file: a 44-byte RIFF header and `bytes` of a ramp (so ranges differ). */
function wav(bytes: number): Buffer {
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + bytes, 4);
  header.write('WAVE', 8);
  header.write('fmt ', 12);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(8000, 24);
  header.writeUInt32LE(8000, 28);
  header.writeUInt16LE(1, 32);
  header.writeUInt16LE(8, 34);
  header.write('data', 36);
  header.writeUInt32LE(bytes, 40);
  const data = Buffer.alloc(bytes);
  for (let i = 0; i < bytes; i += 1) data[i] = i % 251;
  return Buffer.concat([header, data]);
}

/** Every file under a directory, recursively (relative paths). */
function filesUnder(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1));
  } catch {
    return [];
  }
}

describe('Role-play recordings: streamed upload, type and size checks, range requests', () => {
  let t: TestApp;
  let instructor: string;
  let dataDir: string;
  const saved = {
    DATA_DIR: process.env['DATA_DIR'],
    UPLOAD_MAX_BYTES: process.env['UPLOAD_MAX_BYTES'],
  };

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'lms-recordings-'));
    process.env['DATA_DIR'] = dataDir;
    process.env['UPLOAD_MAX_BYTES'] = String(LIMIT);
    t = await startTestApp();
    instructor = (await login(t.http, DEMO.instructor)).accessToken;
  });
  afterAll(async () => {
    await t.close();
    if (saved.DATA_DIR === undefined) delete process.env['DATA_DIR'];
    else process.env['DATA_DIR'] = saved.DATA_DIR;
    if (saved.UPLOAD_MAX_BYTES === undefined) delete process.env['UPLOAD_MAX_BYTES'];
    else process.env['UPLOAD_MAX_BYTES'] = saved.UPLOAD_MAX_BYTES;
    rmSync(dataDir, { recursive: true, force: true });
  });

  const uploads = (): string[] => filesUnder(join(dataDir, 'uploads'));

  const submitWith = (token: string, roleplayId: string, file: Buffer, name: string) =>
    request(t.http)
      .post(`/api/roleplays/${roleplayId}/submissions`)
      .set(bearer(token))
      .field('transcript', TRANSCRIPT)
      .field('reflection', REFLECTION)
      .attach('recording', file, { filename: name, contentType: 'application/octet-stream' });

  const submissionCount = async (roleplayId: string): Promise<number> =>
    (
      await queryDatabase<{ n: number }>(
        t.db.url,
        'SELECT count(*)::int AS n FROM roleplay.submission WHERE scenario_id = $1',
        [roleplayId],
      )
    )[0]?.n ?? -1;

  it('stores a recording found by content and serves it whole and by byte range to owner and staff only', async () => {
    const { course, roleplay } = await publishedRoleplay(t, instructor);
    const owner = await enrolledTrainee(t, course);
    const other = await enrolledTrainee(t, course);
    const file = wav(4000);
    // The name says .txt; the content is WAV, and the content decides.
    const created = await submitWith(owner.token, roleplay.id, file, 'session.txt').expect(201);
    const id = (created.body as { id: string }).id;
    expect(readFileSync(join(dataDir, 'uploads', 'recordings', id))).toEqual(file);
    expect(uploads()).toEqual([join('recordings', id)]);

    const sub = (
      await request(t.http).get(`/api/submissions/${id}`).set(bearer(owner.token)).expect(200)
    ).body as SubmissionResponse;
    expect(sub.recording).toMatchObject({ contentType: 'audio/wav', sizeBytes: file.length });
    expect(sub.transcript).toBe(TRANSCRIPT);

    const whole = await request(t.http)
      .get(`/api/submissions/${id}/recording`)
      .set(bearer(owner.token))
      .buffer(true)
      .expect(200);
    expect(whole.headers['accept-ranges']).toBe('bytes');
    expect(whole.headers['content-type']).toBe('audio/wav');
    expect(Buffer.from(whole.body as Buffer)).toEqual(file);

    const part = await request(t.http)
      .get(`/api/submissions/${id}/recording`)
      .set(bearer(instructor))
      .set('Range', 'bytes=100-199')
      .buffer(true)
      .expect(206);
    expect(part.headers['content-range']).toBe(`bytes 100-199/${file.length}`);
    expect(part.headers['content-length']).toBe('100');
    expect(Buffer.from(part.body as Buffer)).toEqual(file.subarray(100, 200));

    const tail = await request(t.http)
      .get(`/api/submissions/${id}/recording`)
      .set(bearer(owner.token))
      .set('Range', 'bytes=-10')
      .buffer(true)
      .expect(206);
    expect(Buffer.from(tail.body as Buffer)).toEqual(file.subarray(file.length - 10));
    const beyond = await request(t.http)
      .get(`/api/submissions/${id}/recording`)
      .set(bearer(owner.token))
      .set('Range', `bytes=${file.length}-`)
      .expect(416);
    expect(beyond.headers['content-range']).toBe(`bytes */${file.length}`);

    // Another trainee: neither the submission, its recording, nor a link.
    await request(t.http)
      .get(`/api/submissions/${id}/recording`)
      .set(bearer(other.token))
      .expect(403);
    await request(t.http).get(`/api/submissions/${id}/recording`).expect(401);

    // The signed link works without a header (a <video> element), also by range.
    const url = sub.recording?.url ?? '';
    expect(url).toMatch(new RegExp(`^/api/recordings/${id}\\?token=`));
    const linked = await request(t.http)
      .get(url)
      .set('Range', 'bytes=0-43')
      .buffer(true)
      .expect(206);
    expect(Buffer.from(linked.body as Buffer)).toEqual(file.subarray(0, 44));
    const tampered = url.replace(/token=(.)/, (_, c: string) => `token=${c === 'A' ? 'B' : 'A'}`);
    expect((await request(t.http).get(tampered).expect(403)).body.code).toBe(
      'RECORDING_LINK_INVALID',
    );
    // A link is for one submission only, and it is not an access token.
    const otherSub = await request(t.http)
      .post(`/api/roleplays/${roleplay.id}/submissions`)
      .set(bearer(other.token))
      .send({ transcript: TRANSCRIPT, reflection: REFLECTION })
      .expect(201);
    await request(t.http)
      .get(`/api/recordings/${otherSub.body.id}?${url.split('?')[1] ?? ''}`)
      .expect(403);
    const token = new URL(url, 'http://x').searchParams.get('token') ?? '';
    await request(t.http).get('/api/me').set(bearer(token)).expect(401);
  });

  it('answers 413 past the size limit and leaves no file and no row behind', async () => {
    const { course, roleplay } = await publishedRoleplay(t, instructor);
    const tr = await enrolledTrainee(t, course);
    const before = uploads();
    const res = await submitWith(tr.token, roleplay.id, wav(LIMIT + 1000), 'big.wav').expect(413);
    expect(res.body).toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
      message: expect.stringContaining('recording'),
    });
    expect(await submissionCount(roleplay.id)).toBe(0);
    expect(uploads()).toEqual(before);
  });

  it('answers 415 for content that is not audio or video, whatever its name, and keeps nothing', async () => {
    const { course, roleplay } = await publishedRoleplay(t, instructor);
    const tr = await enrolledTrainee(t, course);
    const before = uploads();
    const fake = Buffer.from('This is a text file pretending to be a recording.'.repeat(20));
    const res = await submitWith(tr.token, roleplay.id, fake, 'session.webm').expect(415);
    expect(res.body).toMatchObject({
      code: 'UNSUPPORTED_MEDIA_TYPE',
      message: expect.stringContaining('recording must be an audio or video file'),
    });
    expect(await submissionCount(roleplay.id)).toBe(0);
    expect(uploads()).toEqual(before);
  });

  it('validates the text fields of a multipart submission and removes the received file on 400', async () => {
    const { course, roleplay } = await publishedRoleplay(t, instructor);
    const tr = await enrolledTrainee(t, course);
    const before = uploads();
    const res = await request(t.http)
      .post(`/api/roleplays/${roleplay.id}/submissions`)
      .set(bearer(tr.token))
      .field('transcript', 'too short')
      .attach('recording', wav(1000), 'a.wav')
      .expect(400);
    expect(res.body.message).toEqual(
      expect.arrayContaining([
        'transcript must be at least 50 characters long',
        'reflection must be a string',
      ]),
    );
    expect(await submissionCount(roleplay.id)).toBe(0);
    expect(uploads()).toEqual(before);
  });

  it('refuses an upload before receiving it when the trainee may not submit (not enrolled)', async () => {
    const { roleplay } = await publishedRoleplay(t, instructor);
    const outsider = (await login(t.http, DEMO.trainee)).accessToken;
    const before = uploads();
    const res = await submitWith(outsider, roleplay.id, wav(1000), 'a.wav').expect(403);
    expect(res.body.code).toBe('NOT_ENROLLED');
    expect(uploads()).toEqual(before);
  });

  it('corrects a grade with a new audited grade event, keeping the original', async () => {
    const { course, roleplay } = await publishedRoleplay(t, instructor);
    const tr = await enrolledTrainee(t, course);
    const sub = await request(t.http)
      .post(`/api/roleplays/${roleplay.id}/submissions`)
      .set(bearer(tr.token))
      .send({ transcript: TRANSCRIPT, reflection: REFLECTION })
      .expect(201);
    const id = (sub.body as { id: string }).id;
    const notGraded = await gradeRequest(t, instructor, id, roleplay, [2, 1], 'pass', 'regrade', {
      reason: 'x',
    }).expect(409);
    expect(notGraded.body.code).toBe('NOT_GRADED_YET');
    await gradeRequest(t, instructor, id, roleplay, [1, 0], 'revise').expect(200);
    await gradeRequest(t, tr.token, id, roleplay, [2, 1], 'pass', 'regrade', {
      reason: 'x',
    }).expect(403);
    const noReason = await gradeRequest(
      t,
      instructor,
      id,
      roleplay,
      [2, 1],
      'pass',
      'regrade',
    ).expect(400);
    expect(noReason.body.message).toContain('reason must be a string');

    const corrected = (
      await gradeRequest(t, instructor, id, roleplay, [2, 1], 'pass', 'regrade', {
        reason: 'I misread the transcript: teach-back is at line 12.',
      }).expect(200)
    ).body as SubmissionResponse;
    expect(corrected.grade).toMatchObject({
      outcome: 'pass',
      points: 4,
      correctionReason: 'I misread the transcript: teach-back is at line 12.',
    });
    expect(corrected.previousGrades).toHaveLength(1);
    expect(corrected.previousGrades[0]).toMatchObject({
      outcome: 'revise',
      points: 1,
      correctsGradeId: null,
    });
    expect(corrected.grade?.correctsGradeId).toBe(corrected.previousGrades[0]?.id);

    // The correction counts: the role-play is passed and cannot be submitted again.
    const seen = await request(t.http)
      .get(`/api/roleplays/${roleplay.id}`)
      .set(bearer(tr.token))
      .expect(200);
    expect(seen.body).toMatchObject({ passed: true, pending: false });
    const mine = (
      await request(t.http)
        .get(`/api/roleplays/${roleplay.id}/submissions`)
        .set(bearer(tr.token))
        .expect(200)
    ).body as SubmissionResponse[];
    expect(mine.map((s) => [s.number, s.grade?.outcome, s.latest])).toEqual([[1, 'pass', true]]);

    const grades = await queryDatabase(
      t.db.url,
      'SELECT outcome FROM roleplay.grade WHERE submission_id = $1 ORDER BY created_at',
      [id],
    );
    expect(grades).toEqual([{ outcome: 'revise' }, { outcome: 'pass' }]);
    const events = await queryDatabase<{ payload: Record<string, unknown> }>(
      t.db.url,
      `SELECT payload FROM audit.audit_event WHERE type = 'roleplay.submission.regraded' AND subject_id = $1`,
      [id],
    );
    expect(events).toEqual([
      {
        payload: expect.objectContaining({
          before: expect.objectContaining({ outcome: 'revise', points: 1 }),
          outcome: 'pass',
          reason: 'I misread the transcript: teach-back is at line 12.',
        }),
      },
    ]);
    const notices = await request(t.http)
      .get('/api/me/notifications')
      .set(bearer(tr.token))
      .expect(200);
    expect(notices.body.items[0].title).toBe(
      'The grade of your role-play "Informed consent for a first session" was corrected',
    );
  });

  it('only corrects the latest submission', async () => {
    const { course, roleplay } = await publishedRoleplay(t, instructor);
    const tr = await enrolledTrainee(t, course);
    const submit = async (): Promise<string> =>
      (
        (
          await request(t.http)
            .post(`/api/roleplays/${roleplay.id}/submissions`)
            .set(bearer(tr.token))
            .send({ transcript: TRANSCRIPT, reflection: REFLECTION })
            .expect(201)
        ).body as { id: string }
      ).id;
    const first = await submit();
    await gradeRequest(t, instructor, first, roleplay, [1, 0], 'revise').expect(200);
    await submit();
    const res = await gradeRequest(t, instructor, first, roleplay, [2, 1], 'pass', 'regrade', {
      reason: 'second thoughts',
    }).expect(409);
    expect(res.body.code).toBe('SUBMISSION_SUPERSEDED');
    const old = (
      await request(t.http).get(`/api/submissions/${first}`).set(bearer(tr.token)).expect(200)
    ).body as SubmissionResponse;
    expect(old.latest).toBe(false);
  });
});
