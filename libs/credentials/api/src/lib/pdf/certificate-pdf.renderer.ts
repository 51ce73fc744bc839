import { createPdfDocument, renderToBuffer } from './pdf-document.util';
import {
  ascent,
  drawRule,
  drawRun,
  drawText,
  measureText,
  textWidth,
  type TextStyle,
} from './pdf-draw.util';
import { prepareLogo } from './pdf-logo.util';
import { drawQrCode } from './pdf-qr-code.util';
import { formatCreditAmount, formatLongDate, toWinAnsi } from './pdf-text.util';
import { LETTER, PDF_COLORS } from './pdf-theme';

/** What a CE certificate shows (DOMAIN.md, "Continuing-education rules"). */
export interface CertificatePdfData {
  /** Already formatted, e.g. "7KQM-4XTR-9HWPC". */
  verificationCode: string;
  /** Absolute URL of the public verification page; encoded in the QR code. */
  verifyUrl: string;
  holderName: string;
  /** Printed when given, e.g. "License: LCSW 12345 (CA)". */
  licence: { type: string; number: string; state: string } | null;
  courseTitle: string;
  /** e.g. "Enduring material (self-paced online)". */
  learningFormat: string;
  completedAt: Date;
  issuedAt: Date;
  /** "Valid until …" when set. */
  expiresAt: Date | null;
  /** e.g. "AMA PRA Category 1 Credit™", "ANCC nursing contact hours". */
  creditTypeLabel: string;
  /** e.g. 6 or 5.75; printed with two decimals. */
  credits: number;
  /** Printed verbatim (never reworded or truncated); the type shrinks when it is long. */
  accreditationStatement: string;
  /** e.g. "ACE Provider #1234". */
  providerNumber: string;
  providerName: string;
  /** Postal address, several lines. */
  providerAddress: string;
  signatoryName: string;
  signatoryTitle: string;
  /** PNG or JPEG. */
  logo: Buffer | null;
}

// Page geometry (points). US Letter landscape: 792 × 612.
const PAGE_WIDTH = LETTER.long;
const PAGE_HEIGHT = LETTER.short;
const BORDER_OUTER = 24;
const BORDER_INNER = 30;
const LEFT = 78;
const RIGHT = PAGE_WIDTH - LEFT;
const CONTENT_WIDTH = RIGHT - LEFT;
const CENTER = PAGE_WIDTH / 2;
const TOP = 54;
const BOTTOM = PAGE_HEIGHT - 52;
const LOGO_BOX = { width: 200, height: 42 };
/** 2.4 cm: scannable from paper (brief: at least 2.2 cm). */
const QR_SIZE = 68;
/** Footer columns: signature (left), dates (centre), verification (right, with the QR). */
const FOOTER_COLUMN = 196;
const DATES_COLUMN = 150;
const VERIFY_COLUMN = 240;

const text = {
  providerName: {
    font: 'Helvetica-Bold',
    size: 9.5,
    color: PDF_COLORS.primary,
    characterSpacing: 0.9,
  },
  address: { font: 'Helvetica', size: 7.5, color: PDF_COLORS.muted, lineGap: 1 },
  lead: { font: 'Helvetica', size: 10.5, color: PDF_COLORS.muted },
  detail: { font: 'Helvetica', size: 9.5, color: PDF_COLORS.muted },
  // Letter-spacing stays under ~0.08 em so text extraction does not split the words.
  label: { font: 'Helvetica-Bold', size: 6.5, color: PDF_COLORS.muted, characterSpacing: 0.5 },
  footerValue: { font: 'Helvetica', size: 9.5, color: PDF_COLORS.ink },
  code: { font: 'Helvetica-Bold', size: 12, color: PDF_COLORS.ink, characterSpacing: 0.6 },
  small: { font: 'Helvetica', size: 6.5, color: PDF_COLORS.muted, lineGap: 0.5 },
  signature: { font: 'Times-Italic', size: 17, color: PDF_COLORS.primaryDark },
  signatoryName: { font: 'Helvetica-Bold', size: 8.5, color: PDF_COLORS.ink },
  signatoryTitle: { font: 'Helvetica', size: 7.5, color: PDF_COLORS.muted, lineGap: 0.5 },
} satisfies Record<string, TextStyle>;

/** Sizes for the body at one density. */
interface Density {
  heading: number;
  name: number;
  nameMin: number;
  title: number;
  statement: number;
  statementWidth: number;
  gap: number;
}

/**
 * The body's sizes at tightness t, from 0 (roomiest: short title and statement) to 1 (tightest:
 * 200-character title, 1,200-character statement, 100-character name, logo). Everything
 * shrinks together so the page keeps its proportions; spacing shrinks fastest.
 */
function density(t: number): Density {
  return {
    heading: 34 - 12 * t,
    name: 32 - 12 * t,
    nameMin: 22 - 6 * t,
    title: 19 - 7 * t,
    statement: 8.5 - 2.75 * t,
    statementWidth: 560 + 60 * t,
    gap: 1 - 0.6 * t,
  };
}

/** Steps of the search for the roomiest density that fits (1/32: finer than the eye sees). */
const FIT_STEPS = 5;
/** Past t = 1 only the statement shrinks further, down to this size. */
const STATEMENT_MIN_SIZE = 4;

/** A vertical slice of the body: its height at a density, and how to draw it at y. */
interface BodyItem {
  gapBefore: number;
  height: number;
  draw: (y: number) => void;
}

/**
 * Renders a one-page, US Letter landscape CE certificate.
 *
 * All text is real text (searchable, extractable), in the PDF standard fonts (see
 * pdf-text.util.ts for the character set). The output is deterministic for the same input.
 * Throws if the accreditation statement cannot fit the page even at 4 pt (far beyond any
 * realistic statement): the renderer never truncates the statement nor spills onto a second
 * page.
 */
export function renderCertificatePdf(data: CertificatePdfData): Promise<Buffer> {
  const doc = createPdfDocument('landscape', {
    title: `CE certificate \u2013 ${data.courseTitle}`,
    author: data.providerName,
    subject:
      `Certificate of completion: ${formatCreditAmount(data.credits, data.creditTypeLabel)} ` +
      `awarded to ${data.holderName}. Verification code ${data.verificationCode}.`,
    keywords: `continuing education, CE certificate, ${data.verificationCode}`,
    creationDate: data.issuedAt,
  });
  return renderToBuffer(doc, () => {
    doc.on('pageAdded', () => {
      throw new Error('A certificate must fit on one page');
    });
    drawCertificate(doc, data);
  });
}

function drawCertificate(doc: PDFKit.PDFDocument, data: CertificatePdfData): void {
  drawBorder(doc);
  const headerBottom = drawHeader(doc, data);
  const footerTop = drawFooter(doc, data);
  drawBody(doc, data, headerBottom, footerTop);
}

function drawBorder(doc: PDFKit.PDFDocument): void {
  doc.save();
  doc
    .rect(BORDER_OUTER, BORDER_OUTER, PAGE_WIDTH - 2 * BORDER_OUTER, PAGE_HEIGHT - 2 * BORDER_OUTER)
    .lineWidth(1.6)
    .strokeColor(PDF_COLORS.primary)
    .stroke();
  doc
    .rect(BORDER_INNER, BORDER_INNER, PAGE_WIDTH - 2 * BORDER_INNER, PAGE_HEIGHT - 2 * BORDER_INNER)
    .lineWidth(0.6)
    .strokeColor(PDF_COLORS.primary)
    .stroke();
  // Small warm diamonds where the inner border turns.
  for (const [x, y] of [
    [BORDER_INNER, BORDER_INNER],
    [PAGE_WIDTH - BORDER_INNER, BORDER_INNER],
    [BORDER_INNER, PAGE_HEIGHT - BORDER_INNER],
    [PAGE_WIDTH - BORDER_INNER, PAGE_HEIGHT - BORDER_INNER],
  ] as const) {
    diamond(doc, x, y, 3.2, PDF_COLORS.accent);
  }
  doc.restore();
}

function diamond(doc: PDFKit.PDFDocument, x: number, y: number, r: number, color: string): void {
  doc
    .moveTo(x, y - r)
    .lineTo(x + r, y)
    .lineTo(x, y + r)
    .lineTo(x - r, y)
    .closePath()
    .fill(color);
}

/** Logo, provider name and address, centred at the top; returns the header's bottom edge. */
function drawHeader(doc: PDFKit.PDFDocument, data: CertificatePdfData): number {
  let y = TOP;
  if (data.logo && drawLogo(doc, data.logo, y)) {
    y += LOGO_BOX.height + 8;
  }
  y += drawText(doc, toWinAnsi(data.providerName), text.providerName, {
    x: LEFT,
    y,
    width: CONTENT_WIDTH,
    align: 'center',
  });
  const address = toWinAnsi(data.providerAddress)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('  \u00b7  ');
  if (address !== '') {
    y += 2;
    y += drawText(doc, address, text.address, {
      x: LEFT + 60,
      y,
      width: CONTENT_WIDTH - 120,
      align: 'center',
    });
  }
  return y;
}

/**
 * Draws the logo centred in its box. A logo that is not a readable PNG or JPEG is left out
 * (the certificate is complete without it) rather than failing the issuance; the upload
 * endpoint is where such files are rejected.
 */
function drawLogo(doc: PDFKit.PDFDocument, logo: Buffer, y: number): boolean {
  try {
    doc.image(prepareLogo(logo), CENTER - LOGO_BOX.width / 2, y, {
      fit: [LOGO_BOX.width, LOGO_BOX.height],
      align: 'center',
      valign: 'center',
    });
    return true;
  } catch {
    return false;
  }
}

/** Signature (left), dates (centre), code and QR (right); returns the footer's top edge. */
function drawFooter(doc: PDFKit.PDFDocument, data: CertificatePdfData): number {
  // Right: QR in the corner, the code and "Verify at" beside it, bottom-aligned.
  const qrX = RIGHT - QR_SIZE;
  const qrY = BOTTOM - QR_SIZE;
  drawQrCode(doc, data.verifyUrl, qrX, qrY, QR_SIZE, PDF_COLORS.ink);
  const verifyX = RIGHT - VERIFY_COLUMN;
  const verifyWidth = qrX - 14 - verifyX;
  const code = toWinAnsi(data.verificationCode);
  // The code stays on one line: a longer code than usual gets smaller type.
  const codeStyle: TextStyle = {
    ...text.code,
    size: Math.min(
      text.code.size,
      (text.code.size * verifyWidth) / textWidth(doc, code, text.code),
    ),
  };
  const verifyLines: [string, TextStyle, number][] = [
    ['VERIFICATION CODE', text.label, 0],
    [code, codeStyle, 2],
    [`Verify at ${toWinAnsi(data.verifyUrl)}`, text.small, 4],
  ];
  const verifyTop = stackBottomUp(doc, verifyLines, verifyX, verifyWidth, 'right');

  // Centre: dates.
  const dateLines: [string, TextStyle, number][] = [
    ['DATE OF ISSUE', text.label, 0],
    [formatLongDate(data.issuedAt), text.footerValue, 2],
  ];
  if (data.expiresAt) {
    dateLines.push(
      ['VALID UNTIL', text.label, 8],
      [formatLongDate(data.expiresAt), text.footerValue, 2],
    );
  }
  const datesTop = stackBottomUp(doc, dateLines, CENTER - DATES_COLUMN / 2, DATES_COLUMN, 'center');

  // Left: the signatory's name set as a signature on the line, printed name and title below.
  const signatureTop = drawSignature(doc, data);

  return Math.min(qrY, verifyTop, datesTop, signatureTop);
}

/**
 * Draws lines of text stacked upwards so the last one ends at BOTTOM; returns the top edge.
 * Each entry is [text, style, gap above].
 */
function stackBottomUp(
  doc: PDFKit.PDFDocument,
  lines: readonly [string, TextStyle, number][],
  x: number,
  width: number,
  align: 'left' | 'center' | 'right',
): number {
  const heights = lines.map(([line, style]) => measureText(doc, line, style, width));
  let y = BOTTOM - lines.reduce((sum, [, , gap], i) => sum + gap + heights[i], 0);
  const top = y;
  lines.forEach(([line, style, gap], i) => {
    y += gap;
    drawText(doc, line, style, { x, y, width, align });
    y += heights[i];
  });
  return top;
}

function drawSignature(doc: PDFKit.PDFDocument, data: CertificatePdfData): number {
  const width = FOOTER_COLUMN;
  const name = toWinAnsi(data.signatoryName);
  const title = toWinAnsi(data.signatoryTitle);
  const titleHeight = title === '' ? 0 : measureText(doc, title, text.signatoryTitle, width);
  const nameHeight = measureText(doc, name, text.signatoryName, width);
  const ruleY = BOTTOM - titleHeight - (title === '' ? 0 : 1) - nameHeight - 5;

  const signature: TextStyle = {
    ...text.signature,
    size: Math.min(
      text.signature.size,
      (text.signature.size * (width - 8)) / Math.max(1, textWidth(doc, name, text.signature)),
    ),
  };
  drawRun(doc, name, signature, LEFT + 4, ruleY - 5);
  drawRule(doc, LEFT, LEFT + width, ruleY, PDF_COLORS.ink, 0.6);
  let y = ruleY + 5;
  y += drawText(doc, name, text.signatoryName, { x: LEFT, y, width });
  if (title !== '') drawText(doc, title, text.signatoryTitle, { x: LEFT, y: y + 1, width });
  return ruleY - 5 - ascent(signature);
}

/**
 * The centre of the certificate, from "Certificate of Completion" to the accreditation
 * statement: measured at each density until it fits between header and footer, then centred
 * in that space with its spacing opened up to use it calmly.
 */
function drawBody(
  doc: PDFKit.PDFDocument,
  data: CertificatePdfData,
  headerBottom: number,
  footerTop: number,
): void {
  const top = headerBottom + 14;
  const available = footerTop - 16 - top;
  const items = fitBody(doc, data, available);
  const content = items.reduce((sum, item) => sum + item.height, 0);
  const gaps = items.reduce((sum, item) => sum + item.gapBefore, 0);
  const spare = available - content - gaps;
  // Up to half the spare room opens the spacing (at most 1.7×), the rest surrounds the body.
  const stretch = gaps > 0 ? Math.min(0.7, (spare * 0.5) / gaps) : 0;
  const used = content + gaps * (1 + stretch);
  let y = top + (available - used) / 2;
  items.forEach((item, index) => {
    if (index > 0) y += item.gapBefore * (1 + stretch);
    item.draw(y);
    y += item.height;
  });
}

/**
 * The body at the roomiest density that fits `available` points: t = 0 when it fits as is,
 * otherwise a bisection on t. Throws when even 4 pt type cannot hold the statement.
 */
function fitBody(doc: PDFKit.PDFDocument, data: CertificatePdfData, available: number): BodyItem[] {
  const attempt = (d: Density): BodyItem[] | null => {
    const items = bodyItems(doc, data, d);
    const height = items.reduce(
      (sum, item, i) => sum + item.height + (i > 0 ? item.gapBefore : 0),
      0,
    );
    return height <= available ? items : null;
  };
  const roomiest = attempt(density(0));
  if (roomiest) return roomiest;
  // Bisection on t: `high` is the roomiest density known to fit (1 until one does).
  let fitting: BodyItem[] | null = null;
  let low = 0;
  let high = 1;
  for (let step = 0; step < FIT_STEPS; step++) {
    const middle = (low + high) / 2;
    const items = attempt(density(middle));
    if (items) {
      fitting = items;
      high = middle;
    } else {
      low = middle;
    }
  }
  fitting ??= attempt(density(1));
  if (fitting) return fitting;
  const tightest = density(1);
  for (let size = tightest.statement - 0.25; size >= STATEMENT_MIN_SIZE; size -= 0.25) {
    fitting = attempt({ ...tightest, statement: size, statementWidth: CONTENT_WIDTH });
    if (fitting) return fitting;
  }
  throw new Error(
    'The certificate does not fit on one page even in 4 pt type: the accreditation statement ' +
      `(${data.accreditationStatement.length} characters) is too long to print on a one-page certificate`,
  );
}

function bodyItems(doc: PDFKit.PDFDocument, data: CertificatePdfData, d: Density): BodyItem[] {
  const items: BodyItem[] = [];
  const gap = (points: number): number => points * d.gap;
  const centred = (value: string, style: TextStyle, gapBefore: number, width = CONTENT_WIDTH) => {
    items.push({
      gapBefore,
      height: measureText(doc, value, style, width),
      draw: (y) => {
        drawText(doc, value, style, { x: CENTER - width / 2, y, width, align: 'center' });
      },
    });
  };

  centred('Certificate of Completion', heading(d), 0);
  items.push({
    gapBefore: gap(6),
    height: 7,
    draw: (y) => {
      drawRule(doc, CENTER - 46, CENTER - 9, y + 3.5, PDF_COLORS.accent, 0.8);
      diamond(doc, CENTER, y + 3.5, 3, PDF_COLORS.accent);
      drawRule(doc, CENTER + 9, CENTER + 46, y + 3.5, PDF_COLORS.accent, 0.8);
    },
  });
  centred('This certifies that', text.lead, gap(12));
  centred(toWinAnsi(data.holderName), holderNameStyle(doc, data.holderName, d), gap(6));
  if (data.licence) {
    centred(`License: ${formatLicence(data.licence)}`, text.detail, gap(3));
  }
  centred('has completed the continuing education activity', text.lead, gap(12));
  centred(toWinAnsi(data.courseTitle), courseTitle(d), gap(5), 600);
  centred(
    [toWinAnsi(data.learningFormat.trim()), `Completed ${formatLongDate(data.completedAt)}`]
      .filter((part) => part !== '')
      .join('  \u00b7  '),
    text.detail,
    gap(5),
  );
  items.push(creditLine(doc, data, gap(14)));

  const statement: TextStyle = {
    font: 'Helvetica',
    size: d.statement,
    color: PDF_COLORS.ink,
    lineGap: d.statement * 0.12,
  };
  items.push({
    gapBefore: gap(16),
    height: 0.5,
    draw: (y) => {
      drawRule(doc, CENTER - 170, CENTER + 170, y, PDF_COLORS.hairline, 0.5);
    },
  });
  centred(toWinAnsi(data.accreditationStatement), statement, gap(9), d.statementWidth);
  const providerNumber = toWinAnsi(data.providerNumber.trim());
  if (providerNumber !== '') {
    centred(
      providerNumber,
      { ...statement, font: 'Helvetica-Bold', color: PDF_COLORS.muted },
      gap(4),
      d.statementWidth,
    );
  }
  return items;
}

function heading(d: Density): TextStyle {
  return { font: 'Times-Bold', size: d.heading, color: PDF_COLORS.primary, characterSpacing: 0.3 };
}

function courseTitle(d: Density): TextStyle {
  return { font: 'Times-Bold', size: d.title, color: PDF_COLORS.primaryDark, lineGap: 1 };
}

/** The name on one line, shrunk to fit down to `nameMin`; a longer name wraps at that size. */
function holderNameStyle(doc: PDFKit.PDFDocument, holderName: string, d: Density): TextStyle {
  const style: TextStyle = { font: 'Times-Bold', size: d.name, color: PDF_COLORS.ink };
  const width = textWidth(doc, toWinAnsi(holderName), style);
  const size = Math.max(d.nameMin, Math.min(d.name, (d.name * CONTENT_WIDTH * 0.96) / width));
  return { ...style, size: Math.floor(size * 4) / 4 };
}

/** "LCSW 12345 (CA)", leaving out whatever part is empty. */
function formatLicence(licence: NonNullable<CertificatePdfData['licence']>): string {
  const type = toWinAnsi(licence.type.trim());
  const number = toWinAnsi(licence.number.trim());
  const state = toWinAnsi(licence.state.trim());
  return [type, number, state === '' ? '' : `(${state})`].filter((part) => part !== '').join(' ');
}

/** "and is awarded 6.00 AMA PRA Category 1 Credits™", the amount in bold, on one baseline. */
function creditLine(
  doc: PDFKit.PDFDocument,
  data: CertificatePdfData,
  gapBefore: number,
): BodyItem {
  const lead = 'and is awarded ';
  const amount = toWinAnsi(formatCreditAmount(data.credits, data.creditTypeLabel));
  const amountStyle: TextStyle = { font: 'Helvetica-Bold', size: 14, color: PDF_COLORS.primary };
  const leadWidth = textWidth(doc, lead, text.lead);
  const amountWidth = textWidth(doc, amount, amountStyle);
  if (leadWidth + amountWidth > CONTENT_WIDTH) {
    // A label too long for one line (not one of the standard credit types): wrap it centred.
    const height = measureText(doc, amount, amountStyle, CONTENT_WIDTH);
    return {
      gapBefore,
      height: height + 16,
      draw: (y) => {
        drawText(doc, lead.trim(), text.lead, {
          x: LEFT,
          y,
          width: CONTENT_WIDTH,
          align: 'center',
        });
        drawText(doc, amount, amountStyle, {
          x: LEFT,
          y: y + 16,
          width: CONTENT_WIDTH,
          align: 'center',
        });
      },
    };
  }
  return {
    gapBefore,
    height: measureText(doc, amount, amountStyle, CONTENT_WIDTH),
    draw: (y) => {
      const x = CENTER - (leadWidth + amountWidth) / 2;
      const baseline = y + ascent(amountStyle);
      drawRun(doc, lead, text.lead, x, baseline);
      drawRun(doc, amount, amountStyle, x + leadWidth, baseline);
    },
  };
}
