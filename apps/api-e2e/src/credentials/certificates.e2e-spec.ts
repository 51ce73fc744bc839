import { pdfText, queryDatabase } from '@lms/platform/api-testing';
import type {
  BulkIssuanceResponse,
  Certificate,
  EligibilityResponse,
  TranscriptResponse,
  VerificationResponse,
} from '@lms/shared/contracts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import {
  type CertifiableCourse,
  certifiableCourse,
  type Step,
  STEPS,
  traineeThrough,
} from '../support/credentials';
import {
  bearer,
  DEMO,
  login,
  registerTrainee,
  startTestApp,
  type TestApp,
} from '../support/test-app';

const CODE =
  /^[23456789ABCDEFGHJKMNPQRSTVWXYZ]{4}-[23456789ABCDEFGHJKMNPQRSTVWXYZ]{4}-[23456789ABCDEFGHJKMNPQRSTVWXYZ]{5}$/;
const MISSING: Record<Step, string> = {
  lessons: 'Complete 1 lesson of module 2, "Module 2"',
  roleplay: 'Pass the role-play "Consent practice"',
  postTest: 'Pass the post-test "Post-test"',
  evaluation: 'Submit the course evaluation',
  attestation: 'Attest to your participation and claim your credit',
};

/** Supertest parser: the body as a Buffer. */
function binary(res: request.Response, done: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => {
    chunks.push(chunk);
  });
  res.on('end', () => {
    done(null, Buffer.concat(chunks));
  });
}

describe('CE credit: eligibility, claims, issuance, verification, revocation, transcripts', () => {
  let t: TestApp;
  let instructor: string;
  let admin: string;
  let c: CertifiableCourse;
  let dataDir: string;
  const savedDataDir = process.env['DATA_DIR'];
  const savedJobs = process.env['JOBS_ENABLED'];

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'lms-credentials-'));
    process.env['DATA_DIR'] = dataDir;
    // Bulk issuance runs as a pg-boss job, as in production.
    process.env['JOBS_ENABLED'] = 'true';
    t = await startTestApp();
    instructor = (await login(t.http, DEMO.instructor)).accessToken;
    admin = (await login(t.http, DEMO.admin)).accessToken;
    c = await certifiableCourse(t, instructor);
  });
  afterAll(async () => {
    await t.close();
    if (savedDataDir === undefined) delete process.env['DATA_DIR'];
    else process.env['DATA_DIR'] = savedDataDir;
    if (savedJobs === undefined) delete process.env['JOBS_ENABLED'];
    else process.env['JOBS_ENABLED'] = savedJobs;
    rmSync(dataDir, { recursive: true, force: true });
  });

  const eligibility = async (token: string, courseId = c.course.id, userId?: string) =>
    (
      await request(t.http)
        .get(`/api/courses/${courseId}/eligibility${userId ? `?userId=${userId}` : ''}`)
        .set(bearer(token))
        .expect(200)
    ).body as EligibilityResponse;

  const issue = (userId: string, courseId = c.course.id) =>
    request(t.http).post('/api/certificates').set(bearer(admin)).send({ userId, courseId });

  const verify = async (code: string) =>
    (await request(t.http).get(`/api/verify/${code}`).expect(200)).body as VerificationResponse;

  it('names each unmet condition on its own, and is eligible when all are met', async () => {
    const done = await traineeThrough(t, instructor, c);
    expect(await eligibility(done.token)).toMatchObject({
      eligible: true,
      missing: [],
      certificateId: null,
    });
    for (const step of STEPS) {
      const trainee = await traineeThrough(t, instructor, c, [step]);
      const result = await eligibility(trainee.token);
      expect({ step, ...result }).toMatchObject({
        step,
        eligible: false,
        missing: [MISSING[step]],
      });
      // Admins ask for anyone; the answer is the same.
      expect((await eligibility(admin, c.course.id, trainee.id)).missing).toEqual([MISSING[step]]);
      const refused = await issue(trainee.id).expect(422);
      expect(refused.body).toMatchObject({ code: 'NOT_ELIGIBLE', missing: [MISSING[step]] });
    }
    const outsider = await registerTrainee(t.http);
    expect((await eligibility(outsider.accessToken)).missing).toEqual(['Enroll in the course']);
    // Issuing: not enrolled is 422; a course that does not exist is 404.
    expect((await issue(outsider.user.id).expect(422)).body).toMatchObject({
      code: 'NOT_ELIGIBLE',
      missing: ['Enroll in the course'],
    });
    expect(
      (await issue(outsider.user.id, '6f1d2c3b-4a5e-4f60-8b7a-1c2d3e4f5a6b').expect(404)).body,
    ).toMatchObject({ code: 'COURSE_NOT_FOUND' });
    await request(t.http)
      .get(`/api/courses/${c.course.id}/eligibility?userId=${done.id}`)
      .set(bearer(outsider.accessToken))
      .expect(403);
  });

  it('takes claims of one offered type, in 0.25 steps, up to the designation', async () => {
    const trainee = await traineeThrough(t, instructor, c, ['attestation']);
    const claim = (body: Record<string, unknown>) =>
      request(t.http)
        .post(`/api/courses/${c.course.id}/attestation`)
        .set(bearer(trainee.token))
        .send(body);
    expect((await claim({ creditType: 'apa', creditsClaimed: 1.3 }).expect(400)).body.message).toBe(
      'creditsClaimed must be a positive number in steps of 0.25',
    );
    expect(
      (await claim({ creditType: 'apa', creditsClaimed: 1.75 }).expect(400)).body.message,
    ).toBe("creditsClaimed must be at most 1.5 (the course's designation)");
    expect(
      (await claim({ creditType: 'apa', creditsClaimed: 0 }).expect(400)).body.message,
    ).toContain('steps of 0.25');
    expect(
      (await claim({ creditType: 'ancc', creditsClaimed: 1 }).expect(400)).body.message,
    ).toContain('creditType: this course does not offer ANCC nursing contact hours');
    expect(
      (await claim({ creditType: 'psychic', creditsClaimed: 1 }).expect(400)).body.message,
    ).toEqual([expect.stringContaining('creditType must be one of')]);
    expect(
      (await claim({ creditType: 'apa', creditsClaimed: '1' }).expect(400)).body.message,
    ).toEqual(['creditsClaimed must be a number']);
    expect(
      await queryDatabase(t.db.url, 'SELECT 1 FROM credentials.attestation WHERE user_id = $1', [
        trainee.id,
      ]),
    ).toHaveLength(0);
    const ok = await claim({ creditType: 'nbcc', creditsClaimed: 1.5 }).expect(201);
    expect(ok.body).toMatchObject({
      creditType: 'nbcc',
      creditsClaimed: 1.5,
      timeSpentMinutes: expect.any(Number),
    });
    // The claim may change until a certificate is issued, then it is fixed.
    await claim({ creditType: 'apa', creditsClaimed: 0.25 }).expect(201);
    await issue(trainee.id).expect(201);
    expect((await claim({ creditType: 'apa', creditsClaimed: 1 }).expect(409)).body.code).toBe(
      'CERTIFICATE_ISSUED',
    );
  });

  it('issues one certificate of six parallel requests', async () => {
    const trainee = await traineeThrough(t, instructor, c);
    const results = await Promise.all(Array.from({ length: 6 }, () => issue(trainee.id)));
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409, 409]);
    const rows = await queryDatabase(
      t.db.url,
      'SELECT id FROM credentials.certificate WHERE user_id = $1',
      [trainee.id],
    );
    expect(rows).toHaveLength(1);
    const created = results.find((r) => r.status === 201)?.body as Certificate;
    expect(created).toMatchObject({
      userId: trainee.id,
      courseId: c.course.id,
      creditType: 'apa',
      credits: 1.25,
      status: 'active',
      holderName: 'Robin Q. Reader',
    });
    expect(created.verificationCode).toMatch(CODE);
  });

  it('bulk-issues for every eligible trainee once, however often it runs', async () => {
    const course = await certifiableCourse(t, instructor, 'Bulk course');
    const a = await traineeThrough(t, instructor, course);
    const b = await traineeThrough(t, instructor, course);
    await traineeThrough(t, instructor, course, ['evaluation']);
    const first = await request(t.http)
      .post(`/api/courses/${course.course.id}/certificates/bulk`)
      .set(bearer(admin))
      .expect(200);
    expect(first.body).toMatchObject({
      status: 'completed',
      total: 3,
      processed: 3,
      issued: 2,
      skipped: 1,
    });
    const second = await request(t.http)
      .post(`/api/courses/${course.course.id}/certificates/bulk`)
      .set(bearer(admin))
      .expect(200);
    expect(second.body).toMatchObject({ status: 'completed', issued: 0, skipped: 3 });
    const rows = await queryDatabase<{ user_id: string }>(
      t.db.url,
      'SELECT user_id FROM credentials.certificate WHERE course_id = $1 ORDER BY user_id',
      [course.course.id],
    );
    expect(rows.map((r) => r.user_id).sort()).toEqual([a.id, b.id].sort());
    const status = (
      await request(t.http)
        .get(`/api/bulk-issuances/${(first.body as BulkIssuanceResponse).id}`)
        .set(bearer(admin))
        .expect(200)
    ).body as BulkIssuanceResponse;
    expect(status).toMatchObject({
      status: 'completed',
      issued: 2,
      finishedAt: expect.any(String),
    });
    await request(t.http)
      .post(`/api/courses/${course.course.id}/certificates/bulk`)
      .set(bearer(instructor))
      .expect(403);
  });

  it('verifies active → revoked → reissued with a new code; the old code stays revoked', async () => {
    const trainee = await traineeThrough(t, instructor, c);
    const cert = (await issue(trainee.id).expect(201)).body as Certificate;
    expect(await verify(cert.verificationCode)).toMatchObject({
      valid: true,
      status: 'active',
      holderName: 'Robin Q. Reader',
      creditType: 'apa',
      credits: 1.25,
    });
    // Case, spaces and dashes do not matter to a person typing the code.
    expect((await verify(cert.verificationCode.replace(/-/g, '').toLowerCase())).valid).toBe(true);
    await request(t.http).get('/api/verify/2222-2222-22222').expect(404);
    // Not a code at all (a NUL byte PostgreSQL would refuse): not found, not a 500.
    await request(t.http).get('/api/verify/%00').expect(404);

    await request(t.http)
      .post(`/api/certificates/${cert.id}/revoke`)
      .set(bearer(admin))
      .send({})
      .expect(400);
    const revoked = await request(t.http)
      .post(`/api/certificates/${cert.id}/revoke`)
      .set(bearer(admin))
      .set('x-request-id', 'revoke-req-42')
      .send({ reason: 'Issued under the wrong credit type' })
      .expect(200);
    expect(revoked.body).toMatchObject({
      status: 'revoked',
      revocationReason: 'Issued under the wrong credit type',
    });
    const after = await verify(cert.verificationCode);
    expect(after).toMatchObject({ valid: false, status: 'revoked', revokedAt: expect.any(String) });
    await request(t.http)
      .post(`/api/certificates/${cert.id}/revoke`)
      .set(bearer(admin))
      .send({ reason: 'again' })
      .expect(409);

    const reissued = (
      await request(t.http)
        .post(`/api/certificates/${cert.id}/reissue`)
        .set(bearer(admin))
        .send({ reason: 'Corrected record' })
        .expect(201)
    ).body as Certificate;
    expect(reissued.verificationCode).not.toBe(cert.verificationCode);
    expect(reissued).toMatchObject({ replacesId: cert.id, status: 'active' });
    expect((await verify(reissued.verificationCode)).valid).toBe(true);
    expect((await verify(cert.verificationCode)).status).toBe('revoked');

    const events = await queryDatabase<{ type: string }>(
      t.db.url,
      `SELECT type FROM audit.audit_event WHERE subject_id = ANY($1::uuid[]) ORDER BY created_at`,
      [[cert.id, reissued.id]],
    );
    expect(events.map((e) => e.type)).toEqual([
      'credentials.certificate.issued',
      'credentials.certificate.revoked',
      'credentials.certificate.issued',
    ]);
    const listed = await request(t.http)
      .get('/api/audit-events?type=credentials.certificate.revoked')
      .set(bearer(admin))
      .expect(200);
    // The event names who did it and which request (the id in the logs).
    expect(listed.body.items).toContainEqual(
      expect.objectContaining({
        subjectId: cert.id,
        actorName: 'Avery Morgan',
        requestId: 'revoke-req-42',
        payload: expect.objectContaining({ reason: 'Issued under the wrong credit type' }),
      }),
    );
    await request(t.http).get('/api/audit-events').set(bearer(trainee.token)).expect(403);
  });

  it('shows a certificate past its validity period as expired, never valid', async () => {
    const course = await certifiableCourse(t, instructor, 'Recertification course');
    await request(t.http)
      .put(`/api/courses/${course.course.id}/ce-settings`)
      .set(bearer(instructor))
      .send({ learningFormat: 'enduring_material', validityMonths: 12 })
      .expect(200);
    const trainee = await traineeThrough(t, instructor, course);
    const cert = (await issue(trainee.id, course.course.id).expect(201)).body as Certificate;
    const expires = new Date(cert.expiresAt ?? '');
    expect(expires.getUTCFullYear()).toBe(new Date(cert.issuedAt).getUTCFullYear() + 1);
    expect((await verify(cert.verificationCode)).status).toBe('active');
    jest.useFakeTimers({
      now: new Date(expires.getTime() + 86_400_000),
      doNotFake: [
        'hrtime',
        'nextTick',
        'performance',
        'queueMicrotask',
        'setImmediate',
        'clearImmediate',
        'setInterval',
        'clearInterval',
        'setTimeout',
        'clearTimeout',
      ],
      advanceTimers: true,
    });
    try {
      expect(await verify(cert.verificationCode)).toMatchObject({
        valid: false,
        status: 'expired',
        expiresAt: cert.expiresAt,
      });
    } finally {
      jest.useRealTimers();
    }
  });

  it('serves the PDF to its holder and admins only; it holds the name, course, credits, statement and code', async () => {
    const trainee = await traineeThrough(t, instructor, c);
    const other = await registerTrainee(t.http);
    const cert = (await issue(trainee.id).expect(201)).body as Certificate;
    const pdf = await request(t.http)
      .get(`/api/certificates/${cert.id}/pdf`)
      .set(bearer(trainee.token))
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const body = pdf.body as Buffer;
    expect(body.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(body);
    expect(text).toContain('Robin Q. Reader');
    expect(text).toContain(c.course.title);
    expect(text).toContain('1.25');
    expect(text.replace(/\s/g, '')).toContain(cert.verificationCode);
    const settings = await request(t.http)
      .get('/api/provider-settings')
      .set(bearer(admin))
      .expect(200);
    const statement = (
      settings.body.accreditations as { creditType: string; statement: string }[]
    ).find((a) => a.creditType === 'apa')?.statement;
    expect(statement).toBeTruthy();
    expect(text).toContain((statement ?? '').replace(/\s+/g, ' '));

    await request(t.http).get(`/api/certificates/${cert.id}/pdf`).set(bearer(admin)).expect(200);
    await request(t.http)
      .get(`/api/certificates/${cert.id}/pdf`)
      .set(bearer(other.accessToken))
      .expect(403);
    await request(t.http)
      .get(`/api/certificates/${cert.id}/pdf`)
      .set(bearer(instructor))
      .expect(403);
    await request(t.http).get(`/api/certificates/${cert.id}/pdf`).expect(401);
    await request(t.http)
      .get(`/api/certificates/${cert.id}`)
      .set(bearer(other.accessToken))
      .expect(403);
  });

  it('renders the PDF once, at issue: later provider changes do not alter an issued certificate', async () => {
    const trainee = await traineeThrough(t, instructor, c);
    const cert = (await issue(trainee.id).expect(201)).body as Certificate;
    const download = async () =>
      (
        await request(t.http)
          .get(`/api/certificates/${cert.id}/pdf`)
          .set(bearer(trainee.token))
          .buffer(true)
          .parse(binary)
          .expect(200)
      ).body as Buffer;
    const before = await download();
    const seeded = (
      await request(t.http).get('/api/provider-settings').set(bearer(admin)).expect(200)
    ).body as {
      providerName: string;
      address: string;
      signatoryName: string;
      signatoryTitle: string;
      accreditations: unknown[];
    };
    const settings = {
      providerName: seeded.providerName,
      address: seeded.address,
      signatoryName: seeded.signatoryName,
      signatoryTitle: seeded.signatoryTitle,
      accreditations: seeded.accreditations,
    };
    await request(t.http)
      .put('/api/provider-settings')
      .set(bearer(admin))
      .send({ ...settings, signatoryName: 'Someone Else Entirely' })
      .expect(200);
    try {
      const after = await download();
      expect(after.equals(before)).toBe(true);
      expect(pdfText(after)).not.toContain('Someone Else Entirely');
      // A certificate issued now carries the new signatory.
      const next = await traineeThrough(t, instructor, c);
      const fresh = (await issue(next.id).expect(201)).body as Certificate;
      const freshPdf = await request(t.http)
        .get(`/api/certificates/${fresh.id}/pdf`)
        .set(bearer(next.token))
        .buffer(true)
        .parse(binary)
        .expect(200);
      expect(pdfText(freshPdf.body as Buffer)).toContain('Someone Else Entirely');
    } finally {
      await request(t.http)
        .put('/api/provider-settings')
        .set(bearer(admin))
        .send(settings)
        .expect(200);
    }
  });

  it('records the course as completed when the last item passed is the post-test, and not after a correction takes a pass away', async () => {
    const trainee = await traineeThrough(t, instructor, c, ['evaluation', 'attestation']);
    const mine = async () =>
      (
        (await request(t.http).get('/api/me/enrollments').set(bearer(trainee.token)).expect(200))
          .body as {
          items: { courseId: string; percentComplete: number; completedAt: string | null }[];
        }
      ).items.find((e) => e.courseId === c.course.id);
    expect(await mine()).toMatchObject({ percentComplete: 100, completedAt: expect.any(String) });

    const submissions = await queryDatabase<{ id: string }>(
      t.db.url,
      `SELECT id FROM roleplay.submission WHERE user_id = $1`,
      [trainee.id],
    );
    await request(t.http)
      .post(`/api/submissions/${submissions[0]?.id ?? ''}/regrade`)
      .set(bearer(instructor))
      .send({
        scores: c.roleplay.rubric.criteria.map((cr) => ({ criterionId: cr.id, levelIndex: 0 })),
        feedback: 'Scored against the wrong rubric; please revise.',
        outcome: 'revise',
        reason: 'Graded the wrong submission',
      })
      .expect(200);
    expect(await mine()).toMatchObject({ completedAt: null });
  });

  it('refuses UPDATE and DELETE of an issued certificate in the database itself', async () => {
    const trainee = await traineeThrough(t, instructor, c);
    const cert = (await issue(trainee.id).expect(201)).body as Certificate;
    await expect(
      queryDatabase(t.db.url, `UPDATE credentials.certificate SET credits = 99 WHERE id = $1`, [
        cert.id,
      ]),
    ).rejects.toThrow(/never edited/);
    await expect(
      queryDatabase(t.db.url, `DELETE FROM credentials.certificate WHERE id = $1`, [cert.id]),
    ).rejects.toThrow(/never deleted/);
    await expect(
      queryDatabase(t.db.url, `UPDATE audit.audit_event SET type = 'x' WHERE subject_id = $1`, [
        cert.id,
      ]),
    ).rejects.toThrow();
    await expect(
      queryDatabase(t.db.url, `DELETE FROM audit.audit_event WHERE subject_id = $1`, [cert.id]),
    ).rejects.toThrow();
  });

  it('totals a transcript by credit type and year, leaving revoked certificates out; CSV and PDF too', async () => {
    const other = await certifiableCourse(t, instructor, 'Second course');
    const trainee = await traineeThrough(t, instructor, c, [], {
      creditType: 'apa',
      creditsClaimed: 1.5,
    });
    const tr2 = trainee.token;
    await request(t.http).post(`/api/courses/${other.course.id}/enrollments`).set(bearer(tr2));
    const first = (await issue(trainee.id).expect(201)).body as Certificate;
    // The same trainee finishes the second course with an NBCC claim.
    const second = await (async () => {
      const api = (method: 'get' | 'post', path: string) =>
        request(t.http)[method](path).set(bearer(tr2));
      for (const m of other.course.modules)
        for (const l of m.lessons)
          await api('post', `/api/lessons/${l.id}/complete`).send({}).expect(200);
      const sub = await api('post', `/api/roleplays/${other.roleplay.id}/submissions`)
        .send({ transcript: 'x'.repeat(60), reflection: 'y'.repeat(30) })
        .expect(201);
      await request(t.http)
        .post(`/api/submissions/${sub.body.id}/grade`)
        .set(bearer(instructor))
        .send({
          scores: other.roleplay.rubric.criteria.map((cr) => ({
            criterionId: cr.id,
            levelIndex: cr.levels.length - 1,
          })),
          feedback: 'Good',
          outcome: 'pass',
        })
        .expect(200);
      const attempt = await api('post', `/api/quizzes/${other.postTest.id}/attempts`).expect(201);
      await api('post', `/api/attempts/${attempt.body.id}/submit`)
        .send({
          answers: other.key.map((q) => ({
            questionId: q.id,
            optionIds: q.options.filter((o) => o.correct).map((o) => o.id),
          })),
        })
        .expect(200);
      await api('post', `/api/courses/${other.course.id}/evaluation`)
        .send({
          answers: [
            { questionId: 'objectives', rating: 3 },
            { questionId: 'relevance', rating: 3 },
            { questionId: 'bias', rating: 3 },
            { questionId: 'faculty', rating: 3 },
            { questionId: 'change', text: 'More structure.' },
          ],
        })
        .expect(201);
      await api('post', `/api/courses/${other.course.id}/attestation`)
        .send({ creditType: 'nbcc', creditsClaimed: 1 })
        .expect(201);
      return (await issue(trainee.id, other.course.id).expect(201)).body as Certificate;
    })();
    const year = new Date().getUTCFullYear();
    let transcript = (await request(t.http).get('/api/me/transcript').set(bearer(tr2)).expect(200))
      .body as TranscriptResponse;
    expect(transcript.totalsByCreditType).toEqual([
      { creditType: 'apa', credits: 1.5, certificates: 1 },
      { creditType: 'nbcc', credits: 1, certificates: 1 },
    ]);
    expect(transcript.totalsByYear).toEqual([
      { year, creditType: 'apa', credits: 1.5 },
      { year, creditType: 'nbcc', credits: 1 },
    ]);
    await request(t.http)
      .post(`/api/certificates/${second.id}/revoke`)
      .set(bearer(admin))
      .send({ reason: 'Test' })
      .expect(200);
    transcript = (await request(t.http).get('/api/me/transcript').set(bearer(tr2)).expect(200))
      .body as TranscriptResponse;
    expect(transcript.totalsByCreditType).toEqual([
      { creditType: 'apa', credits: 1.5, certificates: 1 },
    ]);
    expect(transcript.certificates.map((x) => [x.id, x.status])).toEqual(
      expect.arrayContaining([
        [first.id, 'active'],
        [second.id, 'revoked'],
      ]),
    );
    const csv = await request(t.http)
      .get('/api/me/transcript?format=csv')
      .set(bearer(tr2))
      .expect(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.text.trim().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe('Course,Credit type,Credits,Completed,Issued,Status,Verification code');
    const pdf = await request(t.http)
      .get('/api/me/transcript?format=pdf')
      .set(bearer(tr2))
      .buffer(true)
      .parse(binary)
      .expect(200);
    const text = pdfText(pdf.body as Buffer);
    expect(text).toContain('Second course');
    // A narrow column may wrap the code at its dash.
    expect(text.replace(/\s/g, '')).toContain(first.verificationCode);
    // Someone else's transcript is their own: the other trainee sees none of these.
    const stranger = await registerTrainee(t.http);
    const theirs = (
      await request(t.http).get('/api/me/transcript').set(bearer(stranger.accessToken)).expect(200)
    ).body as TranscriptResponse;
    expect(theirs.certificates).toEqual([]);
  });

  it('anonymises a deleted account but keeps its credit records', async () => {
    const trainee = await traineeThrough(t, instructor, c);
    const cert = (await issue(trainee.id).expect(201)).body as Certificate;
    const email = (
      await queryDatabase<{ email: string }>(
        t.db.url,
        'SELECT email FROM identity."user" WHERE id = $1',
        [trainee.id],
      )
    )[0]?.email;
    await request(t.http).delete(`/api/users/${trainee.id}`).set(bearer(trainee.token)).expect(403);
    const me = (await request(t.http).get('/api/me').set(bearer(admin)).expect(200)).body as {
      id: string;
    };
    expect(
      (await request(t.http).delete(`/api/users/${me.id}`).set(bearer(admin)).expect(409)).body
        .code,
    ).toBe('CANNOT_DELETE_SELF');
    await request(t.http).delete(`/api/users/${trainee.id}`).set(bearer(admin)).expect(204);
    // Its tokens die with it.
    await request(t.http).get('/api/me').set(bearer(trainee.token)).expect(401);

    const [user] = await queryDatabase<{ email: string; full_name: string; roles: string[] }>(
      t.db.url,
      'SELECT email, full_name, roles FROM identity."user" WHERE id = $1',
      [trainee.id],
    );
    expect(user).toEqual({
      email: `deleted-${trainee.id}@deleted.invalid`,
      full_name: 'Deleted user',
      roles: [],
    });
    await request(t.http)
      .post('/api/auth/login')
      .send({ email, password: 'correct horse battery' })
      .expect(401);
    // The credit record stays, as issued, for the accreditor.
    expect(await verify(cert.verificationCode)).toMatchObject({
      valid: true,
      holderName: 'Robin Q. Reader',
    });
    const listed = await request(t.http)
      .get(`/api/certificates?userId=${trainee.id}`)
      .set(bearer(admin))
      .expect(200);
    expect(listed.body.total).toBe(1);
    const events = await queryDatabase(
      t.db.url,
      `SELECT 1 FROM audit.audit_event WHERE type = 'identity.user.anonymised' AND subject_id = $1`,
      [trainee.id],
    );
    expect(events).toHaveLength(1);
  });
});
