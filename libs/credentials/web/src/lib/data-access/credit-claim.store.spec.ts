import type { HttpTestingController } from '@angular/common/http/testing';
import { CreditType } from '@lms/shared/contracts';
import {
  apiError,
  attestationResponse,
  certificate,
  courseOutline,
  eligibility,
  evaluationForm,
} from '../testing/credentials-fixtures';
import type { SavedFile } from '../testing/page-harness';
import { fail, request, tick } from '../testing/page-harness';
import { setUpStore } from '../testing/store-harness';
import { CreditClaimStore } from './credit-claim.store';

describe('CreditClaimStore', () => {
  let store: CreditClaimStore;
  let backend: HttpTestingController;
  let saved: SavedFile[];

  beforeEach(() => {
    ({ store, backend, saved } = setUpStore(CreditClaimStore));
  });

  afterEach(() => {
    backend.verify();
  });

  /** Answers the four requests of `load('c1')`. */
  async function load(
    answers: {
      eligibility?: ReturnType<typeof eligibility>;
      evaluation?: ReturnType<typeof evaluationForm>;
      attestation?: ReturnType<typeof attestationResponse>;
    } = {},
  ): Promise<void> {
    const done = store.load('c1');
    (await request('GET', '/api/courses/c1/eligibility', {})).flush(
      answers.eligibility ?? eligibility(),
    );
    (await request('GET', '/api/courses/c1/evaluation')).flush(
      answers.evaluation ?? evaluationForm(),
    );
    (await request('GET', '/api/courses/c1/attestation')).flush(
      answers.attestation ?? attestationResponse(),
    );
    (await request('GET', '/api/courses/c1')).flush(courseOutline());
    await done;
  }

  it('lists what the course still requires, without the evaluation and attestation lines', async () => {
    await load();
    expect(store.courseTitle()).toBe('Foundations of Ketamine-Assisted Psychotherapy');
    expect(store.requirements()).toEqual([
      'Complete the module "Integration"',
      'Pass the post-test "Course post-test"',
    ]);
    expect(store.steps().map((s) => [s.id, s.state])).toEqual([
      ['requirements', 'todo'],
      ['evaluation', 'todo'],
      ['attestation', 'todo'],
      ['certificate', 'todo'],
    ]);
  });

  it('posts the answers, shows the form as submitted and refreshes eligibility', async () => {
    await load({ eligibility: eligibility({ missing: ['Submit the course evaluation'] }) });
    const answers = [
      { questionId: 'e1', rating: 4 },
      { questionId: 'e3', text: 'Screen every client.' },
    ];
    const submitted = store.submitEvaluation({ answers });
    const post = await request('POST', '/api/courses/c1/evaluation');
    expect(post.request.body).toEqual({ answers });
    post.flush(evaluationForm({ submittedAt: '2026-02-03T10:00:00.000Z' }), {
      status: 201,
      statusText: 'Created',
    });
    (await request('GET', '/api/courses/c1/eligibility', {})).flush(
      eligibility({ missing: ['Make the attestation and claim your credit'] }),
    );
    await expect(submitted).resolves.toBe(true);
    expect(store.evaluationSubmitted()).toBe(true);
    expect(store.steps()[0]?.state).toBe('done');
    expect(store.steps()[1]?.state).toBe('done');
    expect(store.notice()).toBe('Evaluation submitted. Thank you.');
  });

  it('names the question the server refused, and reloads the form after a second submit', async () => {
    await load();
    let submitted = store.submitEvaluation({ answers: [] });
    fail(
      await request('POST', '/api/courses/c1/evaluation'),
      400,
      apiError(400, 'VALIDATION_FAILED', ['answer the question "What will you change?"']),
    );
    await expect(submitted).resolves.toBe(false);
    expect(store.evaluationErrors()).toEqual(['Answer the question "What will you change?".']);

    submitted = store.submitEvaluation({ answers: [] });
    fail(
      await request('POST', '/api/courses/c1/evaluation'),
      409,
      apiError(409, 'EVALUATION_ALREADY_SUBMITTED'),
    );
    (await request('GET', '/api/courses/c1/evaluation')).flush(
      evaluationForm({ submittedAt: '2026-02-01T10:00:00.000Z' }),
    );
    await expect(submitted).resolves.toBe(false);
    expect(store.evaluationErrors()).toEqual([
      'You have already submitted the evaluation of this course.',
    ]);
    expect(store.evaluationSubmitted()).toBe(true);
  });

  it('records the attestation and claim, then sees the trainee eligible', async () => {
    await load({ eligibility: eligibility({ missing: ['Make the attestation'] }) });
    const attested = store.attest({ creditType: CreditType.Apa, creditsClaimed: 6.25 });
    const post = await request('POST', '/api/courses/c1/attestation');
    expect(post.request.body).toEqual({ creditType: 'apa', creditsClaimed: 6.25 });
    post.flush(
      attestationResponse({
        creditType: CreditType.Apa,
        creditsClaimed: 6.25,
        attestedAt: '2026-02-03T10:00:00.000Z',
      }),
    );
    (await request('GET', '/api/courses/c1/eligibility', {})).flush(
      eligibility({ eligible: true, missing: [] }),
    );
    await expect(attested).resolves.toBe(true);
    expect(store.attested()).toBe(true);
    expect(store.eligible()).toBe(true);
    expect(store.certificateIssued()).toBe(false);
  });

  it('shows the server’s reason when the claim is refused', async () => {
    await load();
    const attested = store.attest({ creditType: CreditType.Apa, creditsClaimed: 7 });
    fail(
      await request('POST', '/api/courses/c1/attestation'),
      400,
      apiError(400, 'INVALID_CLAIM', 'creditsClaimed must be at most 6.5 for apa'),
    );
    await expect(attested).resolves.toBe(false);
    expect(store.attestationErrors()).toEqual(['CreditsClaimed must be at most 6.5 for apa.']);
    expect(store.attested()).toBe(false);
  });

  it('loads the issued certificate, locks the claim and saves the PDF as certificate-<code>.pdf', async () => {
    const done = store.load('c1');
    (await request('GET', '/api/courses/c1/eligibility', {})).flush(
      eligibility({ eligible: true, missing: [], certificateId: 'cert1' }),
    );
    (await request('GET', '/api/courses/c1/evaluation')).flush(
      evaluationForm({ submittedAt: '2026-02-01T10:00:00.000Z' }),
    );
    (await request('GET', '/api/courses/c1/attestation')).flush(attestationResponse());
    (await request('GET', '/api/courses/c1')).flush(courseOutline());
    (await request('GET', '/api/certificates/cert1')).flush(certificate());
    await done;
    expect(store.certificate()?.verificationCode).toBe('THR-7K2M-9QXA');
    expect(store.claimLocked()).toBe(true);
    expect(store.steps()[3]?.state).toBe('done');

    const downloaded = store.downloadCertificate();
    const pdf = await request('GET', '/api/certificates/cert1/pdf');
    expect(pdf.request.responseType).toBe('blob');
    pdf.flush(new Blob(['%PDF-1.7'], { type: 'application/pdf' }));
    await downloaded;
    expect(saved.map((f) => f.fileName)).toEqual(['certificate-THR-7K2M-9QXA.pdf']);
  });

  it('reads the error of a failed PDF download out of its Blob body', async () => {
    const done = store.load('c1');
    (await request('GET', '/api/courses/c1/eligibility', {})).flush(
      eligibility({ eligible: true, missing: [], certificateId: 'cert1' }),
    );
    (await request('GET', '/api/courses/c1/evaluation')).flush(evaluationForm());
    (await request('GET', '/api/courses/c1/attestation')).flush(attestationResponse());
    (await request('GET', '/api/courses/c1')).flush(courseOutline());
    (await request('GET', '/api/certificates/cert1')).flush(certificate());
    await done;

    const downloaded = store.downloadCertificate();
    const body = JSON.stringify(apiError(403, 'NOT_YOUR_CERTIFICATE', 'Not yours'));
    (await request('GET', '/api/certificates/cert1/pdf')).flush(
      new Blob([body], { type: 'application/json' }),
      { status: 403, statusText: 'Forbidden' },
    );
    await downloaded;
    await tick();
    // Read from the Blob: without it, only the status would speak ("You do not have permission").
    expect(store.certificateErrors()).toEqual(['This certificate belongs to someone else.']);
    expect(saved).toEqual([]);
  });

  it('says the course was not found on a 404', async () => {
    const done = store.load('nope');
    fail(
      await request('GET', '/api/courses/nope/eligibility', {}),
      404,
      apiError(404, 'COURSE_NOT_FOUND'),
    );
    fail(
      await request('GET', '/api/courses/nope/evaluation'),
      404,
      apiError(404, 'COURSE_NOT_FOUND'),
    );
    fail(
      await request('GET', '/api/courses/nope/attestation'),
      404,
      apiError(404, 'COURSE_NOT_FOUND'),
    );
    fail(await request('GET', '/api/courses/nope'), 404, apiError(404, 'COURSE_NOT_FOUND'));
    await done;
    expect(store.notFound()).toBe(true);
    expect(store.errors()).toEqual([]);
  });
});
