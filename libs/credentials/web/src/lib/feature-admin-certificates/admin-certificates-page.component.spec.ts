import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { RouterTestingHarness } from '@angular/router/testing';
import {
  adminUser,
  bulkIssuance,
  certificate,
  courseSummary,
  eligibility,
} from '../testing/credentials-fixtures';
import {
  buttonNamed,
  configurePages,
  openPage,
  request,
  settle,
  text,
  type,
} from '../testing/page-harness';

describe('AdminCertificatesPageComponent', () => {
  let harness: RouterTestingHarness;
  let root: HTMLElement;

  beforeEach(async () => {
    configurePages();
    ({ harness, root } = await openPage('/admin/certificates'));
    (await request('GET', '/api/certificates', { limit: '20', offset: '0' }, harness)).flush({
      items: [
        certificate(),
        certificate({
          id: 'cert0',
          verificationCode: 'THR-OLD1-0000',
          status: 'revoked',
          revokedAt: '2026-02-02T09:00:00.000Z',
          revocationReason: 'Wrong credit type',
        }),
      ],
      total: 2,
    });
    (await request('GET', '/api/courses', { limit: '200' }, harness)).flush({
      items: [courseSummary('c1', 'Foundations of Ketamine-Assisted Psychotherapy')],
      total: 1,
    });
    await settle(harness, () => root.querySelector('[data-testid="certificate-row"]') !== null);
    root = harness.routeNativeElement as HTMLElement;
  });

  afterEach(() => {
    TestBed.inject(HttpTestingController).verify();
    TestBed.resetTestingModule();
    jest.useRealTimers();
  });

  function rows(): Element[] {
    return Array.from(root.querySelectorAll('[data-testid="certificate-row"]'));
  }

  function overlay(): HTMLElement {
    const container = document.querySelector<HTMLElement>('.cdk-overlay-container');
    if (!container) throw new Error('no overlay');
    return container;
  }

  async function choose(select: Element | null, option: string): Promise<void> {
    (select?.querySelector('.mat-mdc-select-trigger') as HTMLElement | null)?.click();
    await settle(harness, () => overlay().querySelector('mat-option') !== null);
    const found = Array.from(overlay().querySelectorAll('mat-option')).find(
      (o) => text(o) === option,
    ) as HTMLElement | undefined;
    if (!found) throw new Error(`no option "${option}"`);
    found.click();
    await settle(harness);
  }

  it('lists certificates with status in words and only the actions each allows', () => {
    expect(text(root.querySelector('h1'))).toBe('Certificates');
    expect(text(root.querySelector('caption'))).toBe('2 certificates, newest first');
    const [active, revoked] = rows();
    expect(text(active?.querySelector('lms-certificate-status'))).toBe('Active');
    expect(
      Array.from(active?.querySelectorAll('.row-actions button') ?? []).map((b) =>
        b.getAttribute('aria-label'),
      ),
    ).toEqual(['Download PDF of THR-7K2M-9QXA', 'Reissue THR-7K2M-9QXA', 'Revoke THR-7K2M-9QXA']);
    expect(text(revoked?.querySelector('lms-certificate-status'))).toBe('Revoked');
    expect(text(revoked)).toContain('on Feb 2, 2026 — Wrong credit type');
    expect(revoked?.querySelectorAll('.row-actions button')).toHaveLength(1);
  });

  it('revokes only with a reason given in the dialog', async () => {
    root.querySelector<HTMLButtonElement>('button[aria-label="Revoke THR-7K2M-9QXA"]')?.click();
    await settle(harness, () => text(overlay().querySelector('h2')) !== '');
    const dialog = overlay();
    expect(text(dialog.querySelector('h2'))).toBe('Revoke certificate THR-7K2M-9QXA?');
    buttonNamed(dialog, 'Revoke certificate').click();
    await settle(harness);
    TestBed.inject(HttpTestingController).expectNone('/api/certificates/cert1/revoke');
    expect(text(dialog.querySelector('mat-error'))).toBe('Give the reason.');

    type(dialog.querySelector('textarea'), 'Attestation was not signed by the trainee');
    buttonNamed(dialog, 'Revoke certificate').click();
    const post = await request('POST', '/api/certificates/cert1/revoke', null, harness);
    expect(post.request.body).toEqual({ reason: 'Attestation was not signed by the trainee' });
    post.flush(certificate({ status: 'revoked', revokedAt: '2026-02-06T00:00:00.000Z' }));
    await settle(
      harness,
      () => text(rows()[0]?.querySelector('lms-certificate-status')) === 'Revoked',
    );
    expect(text(root.querySelector('[data-testid="notice"]'))).toBe(
      'Certificate THR-7K2M-9QXA of Robin Reader revoked.',
    );
  });

  it('issues a certificate once the chosen trainee is eligible, and shows it in the list', async () => {
    const panel = root.querySelector('lms-issue-panel');
    const issueButton = (): HTMLButtonElement => buttonNamed(panel ?? root, 'Issue certificate');
    expect(issueButton().disabled).toBe(true);
    await choose(
      panel?.querySelector('mat-select') ?? null,
      'Foundations of Ketamine-Assisted Psychotherapy',
    );

    const search = panel?.querySelector<HTMLInputElement>('[data-testid="issue-trainee"]') ?? null;
    search?.dispatchEvent(new Event('focusin'));
    type(search, 'Rob');
    const users = await request('GET', '/api/users', null, harness);
    expect(users.request.params.get('q')).toBe('Rob');
    expect(users.request.params.get('role')).toBe('trainee');
    users.flush({ items: [adminUser('u1', 'Robin Reader')], total: 1 });
    await settle(harness, () => overlay().querySelector('mat-option') !== null);
    (overlay().querySelector('mat-option') as HTMLElement).click();

    (await request('GET', '/api/courses/c1/eligibility', { userId: 'u1' }, harness)).flush(
      eligibility({ userId: 'u1', missing: ['Submit the course evaluation'] }),
    );
    await settle(harness, () => text(panel?.querySelector('.missing')) !== '');
    expect(text(panel?.querySelector('.eligibility__line'))).toBe(
      'Robin Reader is not eligible yet. Still missing:',
    );
    expect(Array.from(panel?.querySelectorAll('.missing li') ?? []).map(text)).toEqual([
      'Submit the course evaluation',
    ]);
    expect(issueButton().disabled).toBe(true);

    buttonNamed(panel ?? root, 'Check again').click();
    (await request('GET', '/api/courses/c1/eligibility', { userId: 'u1' }, harness)).flush(
      eligibility({ userId: 'u1', eligible: true, missing: [] }),
    );
    await settle(harness, () => !issueButton().disabled);
    expect(text(panel?.querySelector('.eligibility__line'))).toBe('Robin Reader is eligible.');
    issueButton().click();
    const post = await request('POST', '/api/certificates', null, harness);
    expect(post.request.body).toEqual({ userId: 'u1', courseId: 'c1' });
    post.flush(certificate({ id: 'cert7', verificationCode: 'THR-NEW7-CODE' }), {
      status: 201,
      statusText: 'Created',
    });
    (await request('GET', '/api/certificates', null, harness)).flush({
      items: [certificate({ id: 'cert7', verificationCode: 'THR-NEW7-CODE' })],
      total: 1,
    });
    await settle(harness, () => text(root.querySelector('[data-testid="notice"]')) !== '');
    expect(text(root.querySelector('[data-testid="notice"]'))).toBe(
      'Certificate THR-NEW7-CODE issued to Robin Reader for Foundations of Ketamine-Assisted Psychotherapy.',
    );
    expect(text(panel?.querySelector('.eligibility__line'))).toBe(
      'Robin Reader holds an active certificate for this course.',
    );
    expect(issueButton().disabled).toBe(true);
  });

  it('follows a bulk issuance with a determinate progress bar and sums it up', async () => {
    const panel = root.querySelector('lms-bulk-panel');
    await choose(
      panel?.querySelector('mat-select') ?? null,
      'Foundations of Ketamine-Assisted Psychotherapy',
    );
    buttonNamed(panel ?? root, 'Issue to every eligible trainee').click();
    const post = await request(
      'POST',
      '/api/courses/c1/certificates/bulk',
      { wait: 'false' },
      harness,
    );
    post.flush(bulkIssuance({ status: 'running', processed: 3, issued: 3 }), {
      status: 202,
      statusText: 'Accepted',
    });
    await settle(harness, () => panel?.querySelector('mat-progress-bar') !== null);
    const bar = panel?.querySelector('mat-progress-bar');
    expect(bar?.getAttribute('aria-label')).toBe('Bulk issuance progress');
    expect(bar?.getAttribute('aria-valuenow')).toBe('20');
    expect(text(panel?.querySelector('.bulk-progress__text'))).toBe(
      '3 of 15 enrollments processed · issued 3 so far',
    );
    expect(panel?.querySelector('[data-testid="bulk-summary"]')?.getAttribute('role')).toBe(
      'status',
    );

    const poll = await request('GET', '/api/bulk-issuances/b1', null, harness);
    poll.flush(bulkIssuance({ status: 'completed', processed: 15, issued: 12, skipped: 3 }));
    (await request('GET', '/api/certificates', null, harness)).flush({ items: [], total: 0 });
    await settle(harness, () =>
      text(panel?.querySelector('[data-testid="bulk-summary"]')).startsWith('Issued'),
    );
    expect(text(panel?.querySelector('[data-testid="bulk-summary"]'))).toBe(
      'Issued 12 · skipped 3 (not eligible or already certified)',
    );
    expect(panel?.querySelector('mat-progress-bar')?.getAttribute('aria-valuenow')).toBe('100');
  });
});
