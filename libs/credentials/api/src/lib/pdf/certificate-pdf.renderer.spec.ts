import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { create } from 'qrcode';
import { renderCertificatePdf, type CertificatePdfData } from './certificate-pdf.renderer';
import { QR_ERROR_CORRECTION } from './pdf-qr-code.util';
import { readPdf } from '@lms/platform/api-testing';
import { contentStreams, drawnQrCode, squash } from './testing/read-pdf';

const fixture = (name: string): Buffer => readFileSync(join(__dirname, '__fixtures__', name));

const ANCC_STATEMENT =
  'In support of improving patient care, Threshold Institute for Psychedelic Care is jointly ' +
  'accredited by the Accreditation Council for Continuing Medical Education (ACCME), the ' +
  'Accreditation Council for Pharmacy Education (ACPE), and the American Nurses Credentialing ' +
  'Center (ANCC), to provide continuing education for the healthcare team.\n\n' +
  'Threshold Institute for Psychedelic Care designates this enduring material for a maximum of ' +
  '5.75 AMA PRA Category 1 Credits\u2122. Physicians should claim only the credit commensurate ' +
  'with the extent of their participation in the activity.\n\n' +
  'Nurses completing this activity receive 5.75 ANCC contact hours. This activity was planned ' +
  'by and for the healthcare team, and learners will receive 5.75 Interprofessional Continuing ' +
  'Education (IPCE) credits for learning and change. Approval valid through 12/31/2027 \u2013 ' +
  'regulatory boards are the final authority on courses accepted for credit.';

function certificate(overrides: Partial<CertificatePdfData> = {}): CertificatePdfData {
  return {
    verificationCode: '7KQM-4XTR-9HWPC',
    verifyUrl: 'https://threshold.example.org/verify/7KQM-4XTR-9HWPC',
    holderName: 'Amélie O\u2019Connor-Nyström',
    licence: { type: 'LCSW', number: '12345', state: 'CA' },
    courseTitle:
      'Foundations of Ketamine-Assisted Psychotherapy: Screening, Facilitation and Integration',
    learningFormat: 'Enduring material (self-paced online)',
    completedAt: new Date('2026-03-14T00:00:00Z'),
    issuedAt: new Date('2026-03-20T15:30:00Z'),
    expiresAt: new Date('2028-03-20T00:00:00Z'),
    creditTypeLabel: 'ASWB ACE CE credits',
    credits: 6,
    accreditationStatement:
      'Threshold Institute for Psychedelic Care, #1234, is approved to offer social work ' +
      'continuing education by the Association of Social Work Boards (ASWB) Approved Continuing ' +
      'Education (ACE) program. Regulatory boards are the final authority on courses accepted ' +
      'for continuing education credit. ACE provider approval period: 01/01/2025\u201301/01/2028.',
    providerNumber: 'ACE Provider #1234',
    providerName: 'Threshold Institute for Psychedelic Care',
    providerAddress: '1200 Harbor Boulevard, Suite 400\nOakland, CA 94607',
    signatoryName: 'Maya R. Castellanos, PhD',
    signatoryTitle: 'Director of Continuing Education',
    logo: null,
    ...overrides,
  };
}

/** Worst realistic input: 100-character name, 200-character title, 1,200-character statement. */
function longest(): CertificatePdfData {
  return certificate({
    holderName:
      'Alexandra Konstantinopoulou-Vanderbilt-Rasmussen, DNP, PMHNP-BC, FAANP, Clinical Associate Professor'.slice(
        0,
        100,
      ),
    courseTitle: (
      'Ketamine-Assisted Psychotherapy for Treatment-Resistant Depression and PTSD: Pharmacology, ' +
      'Medical Screening, Informed Consent, Session Facilitation, Trauma-Informed Integration and ' +
      'Collaborative Care'
    ).padEnd(200, ' in Practice'),
    creditTypeLabel: 'AMA PRA Category 1 Credit\u2122',
    credits: 5.75,
    accreditationStatement: ANCC_STATEMENT.padEnd(1200, ' Provider approval is on file.'),
    providerNumber: 'Joint Accreditation Provider #4008123',
    logo: fixture('logo.png'),
  });
}

describe('renderCertificatePdf', () => {
  it('prints everything a CE certificate must show, as extractable text', async () => {
    const data = certificate();
    const { text, pages } = readPdf(await renderCertificatePdf(data));

    expect(pages).toBe(1);
    expect(text).toContain('Certificate of Completion');
    expect(text).toContain('Amélie O\u2019Connor-Nyström');
    expect(text).toContain('License: LCSW 12345 (CA)');
    expect(squash(text)).toContain(squash(data.courseTitle));
    expect(text).toContain('Enduring material (self-paced online)');
    expect(text).toContain('Completed March 14, 2026');
    expect(text).toContain('6.00 ASWB ACE CE credits');
    expect(squash(text)).toContain(squash(data.accreditationStatement));
    expect(text).toContain('ACE Provider #1234');
    expect(text).toContain('Threshold Institute for Psychedelic Care');
    expect(text).toContain('1200 Harbor Boulevard, Suite 400');
    expect(text).toContain('Maya R. Castellanos, PhD');
    expect(text).toContain('Director of Continuing Education');
    expect(text).toContain('March 20, 2026'); // issued
    expect(text).toContain('March 20, 2028'); // valid until
    expect(text).toContain('7KQM-4XTR-9HWPC');
    expect(squash(text)).toContain(squash(`Verify at ${data.verifyUrl}`));
    // Letter-spaced labels still extract as words (no "V E R I F I C A T I O N").
    expect(text).toContain('VERIFICATION CODE');
    expect(text).toContain('DATE OF ISSUE');
    expect(text).toContain('VALID UNTIL');
  });

  it('leaves out the licence and the expiry when there are none', async () => {
    const { text } = readPdf(
      await renderCertificatePdf(certificate({ licence: null, expiresAt: null })),
    );

    expect(text).not.toContain('License');
    expect(text).not.toContain('VALID UNTIL');
  });

  it.each([
    ['AMA PRA Category 1 Credit\u2122', 5.75, '5.75 AMA PRA Category 1 Credits\u2122'],
    ['AMA PRA Category 1 Credit\u2122', 1, '1.00 AMA PRA Category 1 Credit\u2122'],
    ['ANCC nursing contact hours', 5.75, '5.75 ANCC nursing contact hours'],
    ['IPCE credit', 12.5, '12.50 IPCE credits'],
  ])('phrases the credit line from "%s" and %d', async (creditTypeLabel, credits, expected) => {
    const { text } = readPdf(await renderCertificatePdf(certificate({ creditTypeLabel, credits })));

    expect(text).toContain(`and is awarded ${expected}`);
  });

  it('keeps the longest realistic certificate, with a logo, on one page and prints it whole', async () => {
    const data = longest();
    const pdf = await renderCertificatePdf(data);
    const { text, pages } = readPdf(pdf);

    expect(pages).toBe(1);
    expect(squash(text)).toContain(squash(data.holderName));
    expect(squash(text)).toContain(squash(data.courseTitle));
    expect(squash(text)).toContain(squash(data.accreditationStatement));
    expect(text).toContain('5.75 AMA PRA Category 1 Credits\u2122');
    expect(text).toContain('Joint Accreditation Provider #4008123');
    expect(pdf.toString('latin1')).toContain('/Subtype /Image');
  });

  it('shrinks a statement twice the realistic length rather than spill onto a second page', async () => {
    const data = certificate({
      courseTitle: longest().courseTitle,
      accreditationStatement: ANCC_STATEMENT.repeat(3),
      logo: fixture('logo.png'),
    });
    const { text, pages } = readPdf(await renderCertificatePdf(data));

    expect(pages).toBe(1);
    expect(squash(text)).toContain(squash(data.accreditationStatement));
  });

  it('refuses a statement no page could hold instead of truncating it', async () => {
    await expect(
      renderCertificatePdf(certificate({ accreditationStatement: ANCC_STATEMENT.repeat(40) })),
    ).rejects.toThrow(/too long to print on a one-page certificate/);
  });

  it('keeps WinAnsi characters (™ é ö ’ – “ ” € Š) and reduces others to their closest form', async () => {
    const { text } = readPdf(
      await renderCertificatePdf(
        certificate({
          holderName: 'Zoë Šimić-Łukasiewicz, Dvořák',
          courseTitle: 'Integration \u2013 \u201cholding space\u201d after the session (€0 fee)',
          creditTypeLabel: 'AMA PRA Category 1 Credit\u2122',
        }),
      ),
    );

    expect(text).toContain('Zoë Šimic-Lukasiewicz, Dvorák');
    expect(text).toContain(
      'Integration \u2013 \u201cholding space\u201d after the session (€0 fee)',
    );
    expect(text).toContain('6.00 AMA PRA Category 1 Credits\u2122');
  });

  it('renders a name in a script the standard fonts lack, marking the missing characters', async () => {
    const { text, pages } = readPdf(
      await renderCertificatePdf(certificate({ holderName: '李小龍 (Bruce Lee) 🙂' })),
    );

    expect(pages).toBe(1);
    expect(text).toContain('??? (Bruce Lee) ?');
  });

  it('draws the QR code of the verify URL, at least 2.2 cm wide', async () => {
    const data = certificate();
    const expected = create(data.verifyUrl, { errorCorrectionLevel: QR_ERROR_CORRECTION }).modules;

    const drawn = drawnQrCode(await renderCertificatePdf(data), expected.size);

    expect(drawn.grid).toEqual(Array.from(expected.data));
    expect(drawn.size).toBeGreaterThanOrEqual((2.2 / 2.54) * 72);
  });

  it('embeds a JPEG logo, and leaves out a logo that is not an image', async () => {
    const jpeg = await renderCertificatePdf(certificate({ logo: fixture('logo.jpg') }));
    const broken = await renderCertificatePdf(certificate({ logo: Buffer.from('not an image') }));

    expect(jpeg.toString('latin1')).toContain('/Filter /DCTDecode');
    expect(broken.toString('latin1')).not.toContain('/Subtype /Image');
    expect(readPdf(broken).text).toContain('Certificate of Completion');
  });

  it('sets the document metadata', async () => {
    const data = certificate();
    const { info } = readPdf(await renderCertificatePdf(data));

    expect(info['Title']).toBe(`CE certificate \u2013 ${data.courseTitle}`);
    expect(info['Author']).toBe('Threshold Institute for Psychedelic Care');
    expect(info['Subject']).toContain('6.00 ASWB ACE CE credits');
    expect(info['Subject']).toContain('7KQM-4XTR-9HWPC');
    expect(info['CreationDate']).toMatch(/^D:20260320153000/);
  });

  it('renders the same bytes for the same input', async () => {
    const data = certificate({ logo: fixture('logo.png') });

    const first = await renderCertificatePdf(data);
    const second = await renderCertificatePdf({ ...data, logo: Buffer.from(fixture('logo.png')) });

    expect(second.equals(first)).toBe(true);
    expect(
      (await renderCertificatePdf({ ...data, issuedAt: new Date('2026-03-21T00:00:00Z') })).equals(
        first,
      ),
    ).toBe(false);
  });

  it('draws text only inside the border', async () => {
    const content = contentStreams(await renderCertificatePdf(longest())).join('\n');
    // Text positions: "1 0 0 1 x y Tm" in a y-up space after pdfkit's flip.
    const positions = [...content.matchAll(/^1 0 0 1 (-?[\d.]+) (-?[\d.]+) Tm$/gm)].map(
      ([, x, y]) => [Number(x), Number(y)],
    );

    expect(positions.length).toBeGreaterThan(10);
    for (const [x, y] of positions) {
      expect(x).toBeGreaterThan(30);
      expect(x).toBeLessThan(762);
      expect(y).toBeGreaterThan(30);
      expect(y).toBeLessThan(582);
    }
  });

  it('renders fast enough to bulk-issue (timing logged, not asserted)', async () => {
    const data = longest();
    for (let i = 0; i < 20; i++) await renderCertificatePdf(data); // warm up
    const count = 200;
    const started = process.hrtime.bigint();
    for (let i = 0; i < count; i++) {
      await renderCertificatePdf({ ...data, verificationCode: `7KQM-4XTR-${String(i)}` });
    }
    const perCertificate = Number(process.hrtime.bigint() - started) / 1e6 / count;
    process.stdout.write(
      `renderCertificatePdf: ${perCertificate.toFixed(2)} ms per certificate (longest input, PNG logo)\n`,
    );
    expect(perCertificate).toBeGreaterThan(0);
  });
});
