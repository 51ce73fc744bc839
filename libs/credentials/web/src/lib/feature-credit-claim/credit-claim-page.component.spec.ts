import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { RouterTestingHarness } from '@angular/router/testing';
import type {
  AttestationResponse,
  EligibilityResponse,
  EvaluationForm,
} from '@lms/shared/contracts';
import { CreditType } from '@lms/shared/contracts';
import {
  attestationResponse,
  certificate,
  courseOutline,
  eligibility,
  evaluationForm,
} from '../testing/credentials-fixtures';
import type { SavedFile } from '../testing/page-harness';
import {
  buttonNamed,
  configurePages,
  linkNamed,
  openPage,
  request,
  settle,
  text,
  type,
} from '../testing/page-harness';

describe('CreditClaimPageComponent', () => {
  let saved: SavedFile[];
  let harness: RouterTestingHarness;
  let root: HTMLElement;

  beforeEach(() => {
    ({ saved } = configurePages());
  });

  afterEach(() => {
    TestBed.inject(HttpTestingController).verify();
    TestBed.resetTestingModule();
  });

  async function open(
    answers: {
      eligibility?: EligibilityResponse;
      evaluation?: EvaluationForm;
      attestation?: AttestationResponse;
    } = {},
  ): Promise<void> {
    ({ harness, root } = await openPage('/courses/c1/credit'));
    (await request('GET', '/api/courses/c1/eligibility', {}, harness)).flush(
      answers.eligibility ?? eligibility(),
    );
    (await request('GET', '/api/courses/c1/evaluation', null, harness)).flush(
      answers.evaluation ?? evaluationForm(),
    );
    (await request('GET', '/api/courses/c1/attestation', null, harness)).flush(
      answers.attestation ?? attestationResponse(),
    );
    (await request('GET', '/api/courses/c1', null, harness)).flush(courseOutline());
    await settle(harness, () => root.querySelector('h1') !== null);
    root = harness.routeNativeElement as HTMLElement;
  }

  function steps(): string[] {
    return Array.from(root.querySelectorAll('[data-testid="step"]')).map((step) =>
      text(step.querySelector('.step__head')),
    );
  }

  function radio(label: string): HTMLInputElement {
    const found = Array.from(root.querySelectorAll('mat-radio-button')).find(
      (r) => text(r.querySelector('label')) === label,
    );
    const input = found?.querySelector('input');
    if (!input) throw new Error(`no radio "${label}"`);
    return input;
  }

  it('shows the four steps with their state in words, and what the course still requires', async () => {
    await open();
    expect(text(root.querySelector('h1'))).toBe('Complete your course');
    expect(text(root.querySelector('.overline'))).toBe(
      'Foundations of Ketamine-Assisted Psychotherapy',
    );
    expect(steps()).toEqual([
      '1 Step 1: Course requirements To do',
      '2 Step 2: Course evaluation To do',
      '3 Step 3: Attestation and claim To do',
      '4 Step 4: Certificate Not issued yet',
    ]);
    expect(Array.from(root.querySelectorAll('[data-testid="requirements"] li')).map(text)).toEqual([
      'Complete the module "Integration"',
      'Pass the post-test "Course post-test"',
    ]);
    expect(text(root.querySelector('[data-testid="certificate-step"]'))).toContain(
      'Complete the steps above to become eligible',
    );
  });

  it('labels the rating scale 1 Strongly disagree … 5 Strongly agree and marks required questions', async () => {
    await open();
    const first = root.querySelector('[data-testid="evaluation-question"]');
    expect(Array.from(first?.querySelectorAll('mat-radio-button label') ?? []).map(text)).toEqual([
      '1 Strongly disagree',
      '2 Disagree',
      '3 Neutral',
      '4 Agree',
      '5 Strongly agree',
    ]);
    expect(text(first?.querySelector('legend'))).toBe(
      'Question 1 The course met its stated learning objectives. (required)',
    );
    expect(first?.querySelector('mat-radio-group')?.getAttribute('aria-labelledby')).toBe(
      'evaluation-e1-legend',
    );
    expect(root.querySelector('label[for="evaluation-e3-text"]')?.textContent).toContain(
      'What will you change in your practice?',
    );
  });

  it('does not send an evaluation with a required question unanswered, and says which', async () => {
    await open();
    radio('4 Agree').click();
    buttonNamed(root, 'Submit evaluation').click();
    await settle(harness);
    TestBed.inject(HttpTestingController).expectNone('/api/courses/c1/evaluation');
    expect(text(root.querySelector('#evaluation-e1-error'))).toBe('');
    expect(text(root.querySelector('mat-error'))).toBe('Answer this question.');
  });

  it('submits the answers, then shows "Submitted on …"', async () => {
    await open();
    radio('4 Agree').click();
    type(root.querySelector('#evaluation-e3-text'), '  Screen every client.  ');
    await settle(harness);
    buttonNamed(root, 'Submit evaluation').click();
    const post = await request('POST', '/api/courses/c1/evaluation', null, harness);
    expect(post.request.body).toEqual({
      answers: [
        { questionId: 'e1', rating: 4 },
        { questionId: 'e3', text: 'Screen every client.' },
      ],
    });
    post.flush(evaluationForm({ submittedAt: '2026-02-03T10:00:00.000Z' }));
    (await request('GET', '/api/courses/c1/eligibility', {}, harness)).flush(
      eligibility({ missing: ['Make the attestation and claim your credit'] }),
    );
    await settle(
      harness,
      () => root.querySelector('[data-testid="evaluation-submitted"]') !== null,
    );
    expect(text(root.querySelector('[data-testid="evaluation-submitted"]'))).toBe(
      'Submitted on Feb 3, 2026. Thank you.',
    );
    expect(steps()[1]).toBe('Step 2: Course evaluation Done');
  });

  it('claims the full designation of the chosen type by default, beside the time recorded', async () => {
    await open();
    expect(text(root.querySelector('[data-testid="time-recorded"]'))).toBe(
      'Time recorded in this course: 6 h 4 min',
    );
    const labels = Array.from(root.querySelectorAll('.credit-types mat-radio-button label')).map(
      text,
    );
    expect(labels).toEqual(['APA CE credits — up to 6.5', 'ASWB ACE CE credits — up to 6']);
    radio('ASWB ACE CE credits — up to 6').click();
    await settle(harness);
    const credits = root.querySelector<HTMLInputElement>('input[formcontrolname="creditsClaimed"]');
    expect(credits?.value).toBe('6');
    expect(credits?.getAttribute('step')).toBe('0.25');
    expect(credits?.getAttribute('max')).toBe('6');
  });

  it('requires the attestation, refuses credits off the quarter steps, then posts the claim', async () => {
    await open();
    radio('APA CE credits — up to 6.5').click();
    const credits = root.querySelector<HTMLInputElement>('input[formcontrolname="creditsClaimed"]');
    type(credits, '6.3');
    await settle(harness);
    buttonNamed(root, 'Attest and claim credit').click();
    await settle(harness);
    TestBed.inject(HttpTestingController).expectNone('/api/courses/c1/attestation');
    expect(text(root.querySelector('lms-attestation-form mat-error'))).toBe(
      'Use steps of 0.25, for example 6.25 or 6.5.',
    );
    expect(text(root.querySelector('lms-attestation-form .group__error'))).toBe(
      'Confirm the attestation to claim credit.',
    );

    type(credits, '6.25');
    root.querySelector<HTMLInputElement>('mat-checkbox input')?.click();
    await settle(harness);
    expect(text(root.querySelector('mat-checkbox label'))).toBe(
      'I attest that the credit I claim is commensurate with the extent of my participation in the activity.',
    );
    buttonNamed(root, 'Attest and claim credit').click();
    const post = await request('POST', '/api/courses/c1/attestation', null, harness);
    expect(post.request.body).toEqual({ creditType: 'apa', creditsClaimed: 6.25 });
    post.flush(
      attestationResponse({
        creditType: CreditType.Apa,
        creditsClaimed: 6.25,
        attestedAt: '2026-02-03T10:00:00.000Z',
      }),
    );
    (await request('GET', '/api/courses/c1/eligibility', {}, harness)).flush(
      eligibility({ eligible: true, missing: [] }),
    );
    await settle(harness, () => root.querySelector('[data-testid="eligible"]') !== null);
    expect(text(root.querySelector('[data-testid="claim-summary"]'))).toBe(
      'You claimed 6.25 APA CE credits and attested on Feb 3, 2026.',
    );
    expect(text(root.querySelector('[data-testid="eligible"]'))).toBe(
      'Eligible — your CE administrator will issue your certificate.',
    );
    expect(buttonNamed(root, 'Change claim')).toBeTruthy();
  });

  it('offers the issued certificate: Download PDF and a link to it; the claim is locked', async () => {
    ({ harness, root } = await openPage('/courses/c1/credit'));
    (await request('GET', '/api/courses/c1/eligibility', {}, harness)).flush(
      eligibility({ eligible: true, missing: [], certificateId: 'cert1' }),
    );
    (await request('GET', '/api/courses/c1/evaluation', null, harness)).flush(
      evaluationForm({ submittedAt: '2026-02-01T10:00:00.000Z' }),
    );
    (await request('GET', '/api/courses/c1/attestation', null, harness)).flush(
      attestationResponse({
        creditType: CreditType.Apa,
        creditsClaimed: 6.5,
        attestedAt: '2026-02-01T10:00:00.000Z',
      }),
    );
    (await request('GET', '/api/courses/c1', null, harness)).flush(courseOutline());
    (await request('GET', '/api/certificates/cert1', null, harness)).flush(certificate());
    await settle(harness, () => root.querySelector('.code') !== null);
    root = harness.routeNativeElement as HTMLElement;

    expect(steps().every((step) => step.endsWith('Done') || step.endsWith('Issued'))).toBe(true);
    expect(text(root.querySelector('[data-testid="certificate-step"]'))).toContain(
      'Verification code: THR-7K2M-9QXA',
    );
    expect(linkNamed(root, 'View certificate')?.getAttribute('href')).toBe('/verify/THR-7K2M-9QXA');
    expect(() => buttonNamed(root, 'Change claim')).toThrow();
    buttonNamed(root, 'Download PDF').click();
    (await request('GET', '/api/certificates/cert1/pdf', null, harness)).flush(
      new Blob(['%PDF-1.7'], { type: 'application/pdf' }),
    );
    await settle(harness, () => saved.length > 0);
    expect(saved.map((f) => f.fileName)).toEqual(['certificate-THR-7K2M-9QXA.pdf']);
  });
});
