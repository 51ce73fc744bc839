import { queryDatabase } from '@lms/platform/api-testing';
import type {
  CourseReportRow,
  CreditsReportRow,
  EvaluationForm,
  EvaluationResults,
  ProviderSettings,
} from '@lms/shared/contracts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { certifiableCourse, EVALUATION_ANSWERS, traineeThrough } from '../support/credentials';
import { bearer, DEMO, login, startTestApp, type TestApp } from '../support/test-app';

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

describe('CE credit: provider settings, course CE settings, evaluations and reports', () => {
  let t: TestApp;
  let instructor: string;
  let admin: string;
  let trainee: string;
  let dataDir: string;
  const savedDataDir = process.env['DATA_DIR'];

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'lms-settings-'));
    process.env['DATA_DIR'] = dataDir;
    t = await startTestApp();
    instructor = (await login(t.http, DEMO.instructor)).accessToken;
    admin = (await login(t.http, DEMO.admin)).accessToken;
    trainee = (await login(t.http, DEMO.trainee)).accessToken;
  });
  afterAll(async () => {
    await t.close();
    if (savedDataDir === undefined) delete process.env['DATA_DIR'];
    else process.env['DATA_DIR'] = savedDataDir;
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps the provider settings verbatim for admins only, audited, with a logo checked by content', async () => {
    const seeded = (
      await request(t.http).get('/api/provider-settings').set(bearer(admin)).expect(200)
    ).body as ProviderSettings;
    expect(seeded.providerName).toContain('(demo)');
    expect(seeded.accreditations.every((a) => a.statement.startsWith('DEMONSTRATION ONLY'))).toBe(
      true,
    );
    await request(t.http).get('/api/provider-settings').set(bearer(trainee)).expect(403);
    await request(t.http).get('/api/provider-settings').set(bearer(instructor)).expect(403);

    const statement =
      'Threshold Institute is approved by the American Psychological Association to sponsor continuing education for psychologists.\n  Threshold Institute maintains responsibility for this program and its content.';
    const body = {
      ...seeded,
      providerName: 'Threshold Institute',
      accreditations: [{ creditType: 'apa', statement, providerNumber: 'APA sponsor #1234' }],
    };
    const update = {
      providerName: body.providerName,
      address: body.address,
      signatoryName: body.signatoryName,
      signatoryTitle: body.signatoryTitle,
      accreditations: body.accreditations,
    };
    const bad = await request(t.http)
      .put('/api/provider-settings')
      .set(bearer(admin))
      .send({
        ...update,
        accreditations: [{ creditType: 'cme', statement: 'x', providerNumber: '1' }],
      })
      .expect(400);
    expect(bad.body.message[0]).toContain('accreditations.0.creditType must be one of');
    const saved = (
      await request(t.http)
        .put('/api/provider-settings')
        .set(bearer(admin))
        .send(update)
        .expect(200)
    ).body as ProviderSettings;
    expect(saved.accreditations).toEqual([
      { creditType: 'apa', statement, providerNumber: 'APA sponsor #1234' },
    ]);
    const events = await queryDatabase<{ payload: { before: unknown; after: unknown } }>(
      t.db.url,
      `SELECT payload FROM audit.audit_event WHERE type = 'credentials.provider_settings.changed' ORDER BY created_at`,
    );
    expect(events.at(-1)?.payload.after).toMatchObject({ providerName: 'Threshold Institute' });
    expect(events.at(-1)?.payload.before).toMatchObject({ providerName: seeded.providerName });

    await request(t.http)
      .put('/api/provider-settings/logo')
      .set(bearer(admin))
      .attach('logo', Buffer.from('GIF89a not a png or jpeg at all'), 'logo.png')
      .expect(415);
    await request(t.http)
      .put('/api/provider-settings/logo')
      .set(bearer(admin))
      .attach('logo', PNG, 'logo.png')
      .expect(204);
    const logo = await request(t.http).get('/api/provider-settings/logo').expect(200);
    expect(logo.headers['content-type']).toBe('image/png');
    expect(
      (await request(t.http).get('/api/provider-settings').set(bearer(admin))).body.hasLogo,
    ).toBe(true);
  });

  it('sets a course’s learning format and validity for its owners and admins only', async () => {
    const c = await certifiableCourse(t, instructor, 'Settings course');
    const path = `/api/courses/${c.course.id}/ce-settings`;
    expect((await request(t.http).get(path).set(bearer(instructor)).expect(200)).body).toEqual({
      learningFormat: 'enduring_material',
      validityMonths: null,
    });
    const bad = await request(t.http)
      .put(path)
      .set(bearer(instructor))
      .send({ learningFormat: 'podcast', validityMonths: 0 })
      .expect(400);
    expect(bad.body.message).toEqual(
      expect.arrayContaining([
        expect.stringContaining('learningFormat must be one of'),
        'validityMonths must be an integer from 1 to 120, or null',
      ]),
    );
    await request(t.http)
      .put(path)
      .set(bearer(trainee))
      .send({ learningFormat: 'blended', validityMonths: 24 })
      .expect(403);
    await request(t.http)
      .put(path)
      .set(bearer(admin))
      .send({ learningFormat: 'blended', validityMonths: 24 })
      .expect(200);
    expect((await request(t.http).get(path).set(bearer(instructor)).expect(200)).body).toEqual({
      learningFormat: 'blended',
      validityMonths: 24,
    });
  });

  it('audits changes to the evaluation form, CE settings and provider settings, and not saves that change nothing', async () => {
    const c = await certifiableCourse(t, instructor, 'Audited settings course');
    const count = async (type: string, subjectId: string | null) =>
      (
        await queryDatabase(
          t.db.url,
          `SELECT 1 FROM audit.audit_event WHERE type = $1 AND subject_id IS NOT DISTINCT FROM $2`,
          [type, subjectId],
        )
      ).length;
    const path = `/api/courses/${c.course.id}/evaluation`;
    const form = (await request(t.http).get(path).set(bearer(instructor)).expect(200))
      .body as EvaluationForm;
    const edited = form.questions.map((q) =>
      q.id === 'comments' ? { ...q, prompt: 'Anything else you want us to know?' } : q,
    );
    await request(t.http).put(path).set(bearer(instructor)).send({ questions: edited }).expect(200);
    await request(t.http).put(path).set(bearer(instructor)).send({ questions: edited }).expect(200);
    const events = await queryDatabase<{
      actor_id: string;
      payload: { before: unknown[]; after: unknown[] };
    }>(
      t.db.url,
      `SELECT actor_id, payload FROM audit.audit_event WHERE type = 'credentials.evaluation_form.changed' AND subject_id = $1`,
      [c.course.id],
    );
    expect(events).toHaveLength(1);
    expect(events[0]?.payload.before).toContainEqual(
      expect.objectContaining({ id: 'comments', prompt: form.questions.at(-1)?.prompt }),
    );
    expect(events[0]?.payload.after).toContainEqual(
      expect.objectContaining({ id: 'comments', prompt: 'Anything else you want us to know?' }),
    );

    const ce = `/api/courses/${c.course.id}/ce-settings`;
    const settings = { learningFormat: 'live_activity', validityMonths: 12 };
    await request(t.http).put(ce).set(bearer(instructor)).send(settings).expect(200);
    await request(t.http).put(ce).set(bearer(instructor)).send(settings).expect(200);
    expect(await count('credentials.course_settings.changed', c.course.id)).toBe(1);

    const provider = (
      await request(t.http).get('/api/provider-settings').set(bearer(admin)).expect(200)
    ).body as ProviderSettings;
    const before = await count('credentials.provider_settings.changed', null);
    await request(t.http)
      .put('/api/provider-settings')
      .set(bearer(admin))
      .send({
        providerName: provider.providerName,
        address: provider.address,
        signatoryName: provider.signatoryName,
        signatoryTitle: provider.signatoryTitle,
        accreditations: provider.accreditations,
      })
      .expect(200);
    expect(await count('credentials.provider_settings.changed', null)).toBe(before);
  });

  it('takes one evaluation per enrollment with required answers, and reports it in aggregate', async () => {
    const c = await certifiableCourse(t, instructor, 'Evaluation course');
    const path = `/api/courses/${c.course.id}/evaluation`;
    const form = (await request(t.http).get(path).set(bearer(instructor)).expect(200))
      .body as EvaluationForm;
    expect(form.questions.map((q) => q.id)).toEqual([
      'objectives',
      'relevance',
      'bias',
      'faculty',
      'change',
      'comments',
    ]);
    await request(t.http).get(path).set(bearer(trainee)).expect(403);

    const a = await traineeThrough(t, instructor, c, ['evaluation', 'attestation']);
    const incomplete = await request(t.http)
      .post(path)
      .set(bearer(a.token))
      .send({ answers: [{ questionId: 'objectives', rating: 5 }] })
      .expect(400);
    expect(incomplete.body).toMatchObject({ code: 'INVALID_EVALUATION' });
    expect(incomplete.body.message).toContain(
      'answers: "The activity was fair, balanced and free of commercial bias." is required',
    );
    const outOfRange = await request(t.http)
      .post(path)
      .set(bearer(a.token))
      .send({ answers: [{ questionId: 'objectives', rating: 6 }] })
      .expect(400);
    expect(outOfRange.body.message).toEqual(['answers.0.rating must be an integer from 1 to 5']);
    expect(
      await queryDatabase(
        t.db.url,
        'SELECT 1 FROM credentials.evaluation_response WHERE user_id = $1',
        [a.id],
      ),
    ).toHaveLength(0);
    const done = (
      await request(t.http).post(path).set(bearer(a.token)).send(EVALUATION_ANSWERS).expect(201)
    ).body as EvaluationForm;
    expect(done.submittedAt).toEqual(expect.any(String));
    const again = await request(t.http)
      .post(path)
      .set(bearer(a.token))
      .send(EVALUATION_ANSWERS)
      .expect(409);
    expect(again.body.code).toBe('EVALUATION_ALREADY_SUBMITTED');

    const b = await traineeThrough(t, instructor, c, ['evaluation', 'attestation']);
    await request(t.http)
      .post(path)
      .set(bearer(b.token))
      .send({
        answers: [
          { questionId: 'objectives', rating: 3 },
          { questionId: 'relevance', rating: 2 },
          { questionId: 'bias', rating: 5 },
          { questionId: 'faculty', rating: 4 },
          { questionId: 'change', text: 'Slow down the consent conversation.' },
          { questionId: 'comments', text: 'More case studies, please.' },
        ],
      })
      .expect(201);

    const results = (
      await request(t.http).get(`${path}/results`).set(bearer(instructor)).expect(200)
    ).body as EvaluationResults;
    expect(results.responses).toBe(2);
    expect(results.questions[0]).toMatchObject({
      id: 'objectives',
      average: 4,
      distribution: [0, 0, 1, 0, 1],
    });
    expect(results.questions[4]?.texts).toEqual(
      expect.arrayContaining([
        'Slow down the consent conversation.',
        'I will check understanding with teach-back.',
      ]),
    );
    expect(JSON.stringify(results)).not.toContain(a.id);
    await request(t.http).get(`${path}/results`).set(bearer(a.token)).expect(403);

    // Owners edit the form: ids they keep stay, new questions get one.
    const edited = (
      await request(t.http)
        .put(path)
        .set(bearer(instructor))
        .send({
          questions: [
            {
              id: 'objectives',
              prompt: 'The objectives were met.',
              kind: 'rating',
              required: true,
            },
            { prompt: 'Would you recommend this course?', kind: 'rating', required: false },
          ],
        })
        .expect(200)
    ).body as EvaluationForm;
    expect(edited.questions[0]).toMatchObject({
      id: 'objectives',
      prompt: 'The objectives were met.',
    });
    expect(edited.questions[1]?.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('reports credits per credit type and period, and learners and completion per course, with CSV', async () => {
    const c = await certifiableCourse(t, instructor, 'Report course');
    const a = await traineeThrough(t, instructor, c);
    await traineeThrough(t, instructor, c, ['postTest']);
    await request(t.http)
      .post('/api/certificates')
      .set(bearer(admin))
      .send({ userId: a.id, courseId: c.course.id })
      .expect(201);
    const credits = (
      await request(t.http).get('/api/reports/credits?period=year').set(bearer(admin)).expect(200)
    ).body as CreditsReportRow[];
    expect(credits).toContainEqual({
      period: String(new Date().getUTCFullYear()),
      creditType: 'apa',
      certificates: expect.any(Number),
      credits: expect.any(Number),
    });
    const courses = (
      await request(t.http).get('/api/reports/courses').set(bearer(admin)).expect(200)
    ).body as CourseReportRow[];
    expect(courses.find((r) => r.courseId === c.course.id)).toMatchObject({
      learners: 2,
      completed: 1,
      completionRate: 50,
      certificates: 1,
      evaluations: 2,
    });
    const csv = await request(t.http)
      .get('/api/reports/courses?format=csv')
      .set(bearer(admin))
      .expect(200);
    expect(csv.text.split('\r\n')[0]).toBe(
      'Course,Learners,Completed,Completion rate (%),Certificates,Evaluations',
    );
    expect(csv.text).toContain('Report course,2,1,50,1,2');
    await request(t.http).get('/api/reports/credits?from=yesterday').set(bearer(admin)).expect(400);
    await request(t.http).get('/api/reports/courses').set(bearer(instructor)).expect(403);
  });
});
