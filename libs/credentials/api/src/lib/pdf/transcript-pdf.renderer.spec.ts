import { readPdf } from '@lms/platform/api-testing';
import { squash } from './testing/read-pdf';
import {
  renderTranscriptPdf,
  type TranscriptCertificateStatus,
  type TranscriptPdfData,
} from './transcript-pdf.renderer';

const LABELS = [
  'AMA PRA Category 1 Credit\u2122',
  'ANCC nursing contact hours',
  'APA CE credits',
  'ASWB ACE CE credits',
];
const TITLES = [
  'Foundations of Ketamine-Assisted Psychotherapy: Screening, Session Facilitation and Integration',
  'Informed Consent for Psychoactive Medicines',
  'Trauma-Informed Care in Dissociative States: Building a Safe Container',
];
const STATUSES: TranscriptCertificateStatus[] = ['active', 'active', 'revoked', 'expired'];

function transcript(rows: number): TranscriptPdfData {
  return {
    holderName: 'Amélie O\u2019Connor-Nyström',
    generatedAt: new Date('2026-03-20T12:00:00Z'),
    providerName: 'Threshold Institute for Psychedelic Care',
    certificates: Array.from({ length: rows }, (_, i) => ({
      courseTitle: `${TITLES[i % TITLES.length]} #${String(i + 1)}`,
      creditTypeLabel: LABELS[i % LABELS.length],
      credits: [6, 5.75, 1.5][i % 3],
      completedAt: new Date(Date.UTC(2026 - (i % 3), i % 12, 1 + (i % 27))),
      issuedAt: new Date(Date.UTC(2026 - (i % 3), i % 12, 2 + (i % 27))),
      status: STATUSES[i % STATUSES.length],
      verificationCode: `7KQM-4XTR-${String(10000 + i)}`,
    })),
    totalsByCreditType: [
      { creditTypeLabel: LABELS[0], credits: 312.25, certificates: 50 },
      { creditTypeLabel: LABELS[1], credits: 287.5, certificates: 50 },
    ],
    totalsByYear: [
      { year: 2024, creditTypeLabel: LABELS[0], credits: 40.5 },
      { year: 2026, creditTypeLabel: LABELS[1], credits: 18.75 },
      { year: 2026, creditTypeLabel: LABELS[0], credits: 24 },
    ],
  };
}

describe('renderTranscriptPdf', () => {
  it('lists the certificates with their status and code, and the totals', async () => {
    const data = transcript(4);
    const { text, pages } = readPdf(await renderTranscriptPdf(data));

    expect(pages).toBe(1);
    expect(text).toContain('Threshold Institute for Psychedelic Care');
    expect(text).toContain('Continuing education transcript');
    expect(text).toContain('Amélie O\u2019Connor-Nyström');
    expect(text).toContain('Generated March 20, 2026');
    expect(text).toContain('TOTALS BY CREDIT TYPE');
    expect(text).toContain('TOTALS BY YEAR OF COMPLETION');
    for (const certificate of data.certificates) {
      expect(squash(text)).toContain(squash(certificate.courseTitle));
      expect(text).toContain(certificate.verificationCode);
    }
    expect(text).toMatch(/6\.00\s+Jan 1, 2026\s+Active\s+7KQM-4XTR-10000/);
    expect(text).toMatch(/1\.50\s+Mar 3, 2024\s+Revoked\s+7KQM-4XTR-10002/);
    expect(text).toContain('Expired');
    expect(text).toMatch(/AMA PRA Category 1 Credit\u2122\s+50\s+312\.25/);
    expect(text).toMatch(/2026\s+AMA PRA Category 1 Credit\u2122\s+24\.00/);
    expect(text).toMatch(/ANCC nursing contact hours\s+18\.75/);
    expect(text).toMatch(/2024\s+AMA PRA Category 1 Credit\u2122\s+40\.50/);
    expect(text).toContain('Page 1 of 1');
  });

  it('orders the totals by year, most recent first', async () => {
    const { text } = readPdf(await renderTranscriptPdf(transcript(1)));

    expect(text.indexOf('18.75')).toBeLessThan(text.indexOf('40.50'));
  });

  it('paginates 200 certificates, repeating the table header on every page', async () => {
    const data = transcript(200);
    const { text, pages } = readPdf(await renderTranscriptPdf(data));

    expect(pages).toBeGreaterThan(4);
    expect(text.match(/COURSE\s+CREDIT TYPE\s+CREDITS\s+COMPLETED\s+STATUS\s+CODE/g)).toHaveLength(
      pages,
    );
    expect(text).toContain(`Page ${String(pages)} of ${String(pages)}`);
    for (const certificate of data.certificates) {
      expect(text).toContain(certificate.verificationCode);
    }
    expect(text).toContain('312.25');
  });

  it('says so when there is nothing yet', async () => {
    const { text, pages } = readPdf(
      await renderTranscriptPdf({
        ...transcript(0),
        totalsByCreditType: [],
        totalsByYear: [],
      }),
    );

    expect(pages).toBe(1);
    expect(text).toContain('No certificates have been issued yet.');
    expect(text).toContain('No credits have been awarded yet.');
  });

  it('sets the metadata and renders the same bytes for the same input', async () => {
    const data = transcript(30);
    const first = await renderTranscriptPdf(data);
    const { info } = readPdf(first);

    expect(info['Title']).toBe('CE transcript \u2013 Amélie O\u2019Connor-Nyström');
    expect(info['Author']).toBe('Threshold Institute for Psychedelic Care');
    expect(info['CreationDate']).toMatch(/^D:20260320120000/);
    expect((await renderTranscriptPdf(data)).equals(first)).toBe(true);
  });

  it('renders a long transcript quickly (timing logged, not asserted)', async () => {
    const data = transcript(200);
    await renderTranscriptPdf(data); // warm up
    const count = 10;
    const started = process.hrtime.bigint();
    for (let i = 0; i < count; i++) await renderTranscriptPdf(data);
    const perTranscript = Number(process.hrtime.bigint() - started) / 1e6 / count;
    process.stdout.write(
      `renderTranscriptPdf: ${perTranscript.toFixed(1)} ms per 200-certificate transcript\n`,
    );
    expect(perTranscript).toBeGreaterThan(0);
  });
});
