import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { RouterTestingHarness } from '@angular/router/testing';
import { transcript } from '../testing/credentials-fixtures';
import type { SavedFile } from '../testing/page-harness';
import {
  buttonNamed,
  cells,
  configurePages,
  openPage,
  request,
  settle,
  text,
} from '../testing/page-harness';

describe('TranscriptPageComponent', () => {
  let saved: SavedFile[];
  let harness: RouterTestingHarness;
  let root: HTMLElement;

  beforeEach(async () => {
    ({ saved } = configurePages());
    ({ harness, root } = await openPage('/transcript'));
    (await request('GET', '/api/me/transcript', {}, harness)).flush(transcript());
    await settle(harness, () => root.querySelector('[data-testid="certificate-row"]') !== null);
    root = harness.routeNativeElement as HTMLElement;
  });

  afterEach(() => {
    TestBed.inject(HttpTestingController).verify();
    TestBed.resetTestingModule();
  });

  function rows(selector: string): string[][] {
    return Array.from(root.querySelectorAll(`${selector} tbody tr`)).map(cells);
  }

  it('shows the totals by credit type and by year', () => {
    expect(text(root.querySelector('h1'))).toBe('My certificates and transcript');
    expect(rows('[data-testid="totals-by-type"]')).toEqual([['APA CE credits', '6.5', '1']]);
    expect(rows('[data-testid="totals-by-year"]')).toEqual([['2026', 'APA CE credits', '6.5']]);
  });

  it('lists each certificate with its status in words, code, PDF and Verify link', () => {
    const certificates = Array.from(root.querySelectorAll('[data-testid="certificate-row"]'));
    expect(certificates).toHaveLength(2);
    expect(text(certificates[0])).toContain('6.5 APA CE credits');
    expect(text(certificates[0]?.querySelector('lms-certificate-status'))).toBe('Active');
    expect(text(certificates[1]?.querySelector('lms-certificate-status'))).toBe('Revoked');
    expect(text(certificates[1])).toContain('on Feb 2, 2026');
    expect(
      certificates[0]?.querySelector('a[aria-label="Verify THR-7K2M-9QXA"]')?.getAttribute('href'),
    ).toBe('/verify/THR-7K2M-9QXA');
  });

  it('downloads the CSV, the PDF and a certificate as files', async () => {
    buttonNamed(root, 'Transcript CSV').click();
    (await request('GET', '/api/me/transcript', { format: 'csv' }, harness)).flush(
      new Blob(['a,b']),
    );
    await settle(harness, () => saved.length === 1);
    buttonNamed(root, 'Transcript PDF').click();
    (await request('GET', '/api/me/transcript', { format: 'pdf' }, harness)).flush(
      new Blob(['%PDF']),
    );
    await settle(harness, () => saved.length === 2);
    root
      .querySelector<HTMLButtonElement>(
        'button[aria-label="Download PDF of Foundations of Ketamine-Assisted Psychotherapy, THR-7K2M-9QXA"]',
      )
      ?.click();
    (await request('GET', '/api/certificates/cert1/pdf', null, harness)).flush(new Blob(['%PDF']));
    await settle(harness, () => saved.length === 3);
    expect(saved.map((f) => f.fileName)).toEqual([
      'transcript.csv',
      'transcript.pdf',
      'certificate-THR-7K2M-9QXA.pdf',
    ]);
  });
});

describe('TranscriptPageComponent without certificates', () => {
  afterEach(() => {
    TestBed.inject(HttpTestingController).verify();
    TestBed.resetTestingModule();
  });

  it('says how credit is earned, with no empty totals and nothing to download', async () => {
    configurePages();
    const { harness } = await openPage('/transcript');
    (await request('GET', '/api/me/transcript', {}, harness)).flush(
      transcript({ certificates: [], totalsByCreditType: [], totalsByYear: [] }),
    );
    const root = harness.routeNativeElement as HTMLElement;
    await settle(harness, () => root.querySelector('lms-empty-state') !== null);
    expect(text(root.querySelector('lms-empty-state h2'))).toBe('No certificates yet');
    expect(root.querySelector('table')).toBeNull();
    expect(
      Array.from(root.querySelectorAll('button')).map((b) => b.textContent.trim()),
    ).not.toContain('Transcript PDF');
  });

  it('explains empty totals when every certificate is revoked', async () => {
    configurePages();
    const { harness } = await openPage('/transcript');
    const all = transcript();
    (await request('GET', '/api/me/transcript', {}, harness)).flush(
      transcript({
        certificates: all.certificates.filter((c) => c.status === 'revoked'),
        totalsByCreditType: [],
        totalsByYear: [],
      }),
    );
    const root = harness.routeNativeElement as HTMLElement;
    await settle(harness, () => root.querySelector('[data-testid="certificate-row"]') !== null);
    expect(text(root.querySelector('.muted'))).toBe(
      'No credit counts yet: every certificate on your transcript is revoked.',
    );
    expect(root.querySelector('[data-testid="totals-by-type"]')).toBeNull();
  });
});
