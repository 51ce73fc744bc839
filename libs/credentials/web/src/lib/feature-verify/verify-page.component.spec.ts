import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import type { RouterTestingHarness } from '@angular/router/testing';
import type { VerificationResponse } from '@lms/shared/contracts';
import { apiError, verification } from '../testing/credentials-fixtures';
import {
  buttonNamed,
  configurePages,
  fail,
  openPage,
  request,
  settle,
  text,
  type,
} from '../testing/page-harness';

describe('VerifyPageComponent', () => {
  let harness: RouterTestingHarness;
  let root: HTMLElement;

  beforeEach(() => {
    configurePages();
  });

  afterEach(() => {
    TestBed.inject(HttpTestingController).verify();
    TestBed.resetTestingModule();
  });

  async function open(code: string, answer: VerificationResponse | 'not-found'): Promise<void> {
    ({ harness, root } = await openPage(`/verify/${code}`));
    const get = await request('GET', `/api/verify/${code}`, null, harness);
    if (answer === 'not-found') fail(get, 404, apiError(404, 'CERTIFICATE_NOT_FOUND'));
    else get.flush(answer);
    await settle(harness, () => root.querySelector('[data-testid="verdict"]') !== null);
    root = harness.routeNativeElement as HTMLElement;
  }

  function facts(): string[] {
    return Array.from(root.querySelectorAll('.facts__row')).map(
      (row) => `${text(row.querySelector('dt'))}: ${text(row.querySelector('dd'))}`,
    );
  }

  it('says "Valid certificate" first, then who, what and by whom', async () => {
    await open('THR-7K2M-9QXA', verification());
    expect(root.querySelectorAll('h1')).toHaveLength(1);
    expect(text(root.querySelector('h1'))).toBe('Valid certificate');
    expect(root.querySelector('.verdict--valid mat-icon')?.getAttribute('data-mat-icon-name')).toBe(
      'verified',
    );
    expect(facts()).toEqual([
      'Holder: Robin Reader',
      'Course: Foundations of Ketamine-Assisted Psychotherapy',
      'Credit: 6.5 APA CE credits',
      'Completed: Feb 1, 2026',
      'Issued: Feb 3, 2026',
      'Provider: Threshold Institute',
      'Verification code: THR-7K2M-9QXA',
    ]);
  });

  it('says "Revoked on <date>" for a revoked certificate, never valid', async () => {
    await open(
      'THR-7K2M-9QXA',
      verification({ valid: false, status: 'revoked', revokedAt: '2026-02-05T09:00:00.000Z' }),
    );
    expect(text(root.querySelector('h1'))).toBe('Revoked on Feb 5, 2026');
    expect(text(root.querySelector('.verdict'))).toContain('This certificate is not valid.');
    expect(text(root)).not.toContain('Valid certificate');
    expect(facts()).toContain('Revoked: Feb 5, 2026');
  });

  it('says "Expired on <date>" for an expired certificate', async () => {
    await open(
      'THR-7K2M-9QXA',
      verification({ valid: false, status: 'expired', expiresAt: '2028-02-03T00:00:00.000Z' }),
    );
    expect(text(root.querySelector('h1'))).toBe('Expired on Feb 3, 2028');
    expect(facts()).toContain('Expired: Feb 3, 2028');
  });

  it('says "No certificate has this code" for an unknown code', async () => {
    await open('NOPE-0000', 'not-found');
    expect(text(root.querySelector('h1'))).toBe('No certificate has this code');
    expect(text(root.querySelector('.verdict'))).toContain('NOPE-0000');
  });

  it('asks for a code at /verify and opens /verify/<code>', async () => {
    ({ harness, root } = await openPage('/verify'));
    await settle(harness, () => root.querySelector('h1') !== null);
    root = harness.routeNativeElement as HTMLElement;
    expect(text(root.querySelector('h1'))).toBe('Verify a certificate');
    type(root.querySelector('input'), '  THR-7K2M-9QXA ');
    buttonNamed(root, 'Verify').click();
    (await request('GET', '/api/verify/THR-7K2M-9QXA', null, harness)).flush(verification());
    await settle(harness, () => TestBed.inject(Router).url === '/verify/THR-7K2M-9QXA');
    expect(TestBed.inject(Router).url).toBe('/verify/THR-7K2M-9QXA');
  });
});
