import { createPdfDocument, renderToBuffer } from './pdf-document.util';
import { drawRule, drawText, measureText, type TextStyle } from './pdf-draw.util';
import { formatCredits, formatLongDate, formatShortDate, toWinAnsi } from './pdf-text.util';
import { LETTER, PDF_COLORS } from './pdf-theme';

export type TranscriptCertificateStatus = 'active' | 'revoked' | 'expired';

export interface TranscriptPdfData {
  holderName: string;
  generatedAt: Date;
  providerName: string;
  certificates: {
    courseTitle: string;
    creditTypeLabel: string;
    credits: number;
    completedAt: Date;
    issuedAt: Date;
    status: TranscriptCertificateStatus;
    verificationCode: string;
  }[];
  totalsByCreditType: { creditTypeLabel: string; credits: number; certificates: number }[];
  totalsByYear: { year: number; creditTypeLabel: string; credits: number }[];
}

// US Letter portrait: 612 × 792 points.
const PAGE_WIDTH = LETTER.short;
const PAGE_HEIGHT = LETTER.long;
const LEFT = 54;
const RIGHT = PAGE_WIDTH - LEFT;
const WIDTH = RIGHT - LEFT;
const TOP = 50;
/** Tables stop here; the page footer sits below. */
const CONTENT_BOTTOM = PAGE_HEIGHT - 64;
const FOOTER_Y = PAGE_HEIGHT - 44;
const CELL_PADDING_X = 4;
const CELL_PADDING_Y = 4.5;

const text = {
  provider: { font: 'Helvetica-Bold', size: 9, color: PDF_COLORS.primary, characterSpacing: 0.8 },
  meta: { font: 'Helvetica', size: 8, color: PDF_COLORS.muted },
  title: { font: 'Times-Bold', size: 24, color: PDF_COLORS.ink },
  holder: { font: 'Times-Roman', size: 15, color: PDF_COLORS.primaryDark },
  section: { font: 'Helvetica-Bold', size: 8, color: PDF_COLORS.primary, characterSpacing: 0.6 },
  th: { font: 'Helvetica-Bold', size: 6.5, color: PDF_COLORS.muted, characterSpacing: 0.5 },
  td: { font: 'Helvetica', size: 8, color: PDF_COLORS.ink, lineGap: 0.5 },
  tdBold: { font: 'Helvetica-Bold', size: 8, color: PDF_COLORS.ink },
  tdMuted: { font: 'Helvetica', size: 8, color: PDF_COLORS.muted, lineGap: 0.5 },
  code: { font: 'Helvetica', size: 7.5, color: PDF_COLORS.ink },
  note: { font: 'Helvetica-Oblique', size: 7.5, color: PDF_COLORS.muted, lineGap: 1 },
  footer: { font: 'Helvetica', size: 7, color: PDF_COLORS.muted },
} satisfies Record<string, TextStyle>;

interface Cell {
  text: string;
  style: TextStyle;
  strike?: boolean;
}

interface Column {
  header: string;
  width: number;
  align?: 'left' | 'right';
}

interface Table {
  columns: readonly Column[];
  rows: readonly Cell[][];
  /** Which rows get the tinted background; every other row when left out. */
  shaded?: readonly boolean[];
}

/** Where the next block goes; a new page resets it below the running header. */
interface Cursor {
  y: number;
}

const STATUS_LABELS: Record<TranscriptCertificateStatus, string> = {
  active: 'Active',
  revoked: 'Revoked',
  expired: 'Expired',
};

/**
 * Renders a learner's CE transcript: US Letter portrait, totals by credit type and by year,
 * then every certificate, paginated with the table header repeated on each page and
 * "Page n of N" in the footer. Revoked certificates stay listed, marked "Revoked" with their
 * credits struck through. Deterministic for the same input (CreationDate = generatedAt).
 */
export function renderTranscriptPdf(data: TranscriptPdfData): Promise<Buffer> {
  const doc = createPdfDocument(
    'portrait',
    {
      title: `CE transcript \u2013 ${data.holderName}`,
      author: data.providerName,
      subject: `Continuing education transcript of ${data.holderName}, generated ${formatLongDate(data.generatedAt)}`,
      keywords: 'continuing education, CE transcript',
      creationDate: data.generatedAt,
    },
    { bufferPages: true },
  );
  return renderToBuffer(doc, () => {
    drawTranscript(doc, data);
  });
}

function drawTranscript(doc: PDFKit.PDFDocument, data: TranscriptPdfData): void {
  const holder = toWinAnsi(data.holderName);
  const provider = toWinAnsi(data.providerName);
  const cursor: Cursor = { y: drawFirstPageHeader(doc, data, holder, provider) };
  const newPage = (): void => {
    doc.addPage();
    cursor.y = drawRunningHeader(doc, holder, provider);
  };

  section(doc, cursor, 'TOTALS BY CREDIT TYPE', newPage);
  if (data.totalsByCreditType.length === 0) {
    note(doc, cursor, 'No credits have been awarded yet.', newPage);
  } else {
    drawTable(doc, cursor, totalsByCreditTypeTable(data), newPage);
  }

  section(doc, cursor, 'TOTALS BY YEAR OF COMPLETION', newPage);
  if (data.totalsByYear.length === 0) {
    note(doc, cursor, 'No credits have been awarded yet.', newPage);
  } else {
    drawTable(doc, cursor, totalsByYearTable(data), newPage);
  }

  section(doc, cursor, 'CERTIFICATES', newPage);
  if (data.certificates.length === 0) {
    note(doc, cursor, 'No certificates have been issued yet.', newPage);
  } else {
    drawTable(doc, cursor, certificatesTable(data), newPage);
    note(
      doc,
      cursor,
      `Status as of ${formatLongDate(data.generatedAt)}. Revoked certificates are listed for the ` +
        'record with their credits struck through. Each certificate can be verified by its code ' +
        `on ${provider.trim() === '' ? 'the' : `${provider}'s`} public verification page.`,
      newPage,
    );
  }

  drawFooters(doc, holder, provider, data.generatedAt);
}

function drawFirstPageHeader(
  doc: PDFKit.PDFDocument,
  data: TranscriptPdfData,
  holder: string,
  provider: string,
): number {
  let y = TOP;
  const generated = `Generated ${formatLongDate(data.generatedAt)}`;
  drawText(doc, generated, text.meta, { x: LEFT, y: y + 1, width: WIDTH, align: 'right' });
  y += drawText(doc, provider, text.provider, { x: LEFT, y, width: WIDTH - 150 });
  y += 6;
  drawRule(doc, LEFT, RIGHT, y, PDF_COLORS.primary, 1.2);
  y += 14;
  y += drawText(doc, 'Continuing education transcript', text.title, { x: LEFT, y, width: WIDTH });
  y += 2;
  y += drawText(doc, holder, text.holder, { x: LEFT, y, width: WIDTH });
  return y + 10;
}

function drawRunningHeader(doc: PDFKit.PDFDocument, holder: string, provider: string): number {
  const y = TOP;
  drawText(doc, `Continuing education transcript \u2014 ${holder}`, text.meta, {
    x: LEFT,
    y,
    width: WIDTH * 0.62,
  });
  const height = drawText(
    doc,
    provider,
    { ...text.meta, font: 'Helvetica-Bold' },
    {
      x: LEFT + WIDTH * 0.62,
      y,
      width: WIDTH * 0.38,
      align: 'right',
    },
  );
  const ruleY = y + Math.max(height, measureText(doc, holder, text.meta, WIDTH * 0.62)) + 5;
  drawRule(doc, LEFT, RIGHT, ruleY, PDF_COLORS.primary, 0.8);
  return ruleY + 14;
}

/** A section heading, kept with at least the first rows of what follows. */
function section(
  doc: PDFKit.PDFDocument,
  cursor: Cursor,
  title: string,
  newPage: () => void,
): void {
  cursor.y += 12;
  if (cursor.y + 70 > CONTENT_BOTTOM) newPage();
  cursor.y += drawText(doc, title, text.section, { x: LEFT, y: cursor.y, width: WIDTH });
  cursor.y += 5;
}

function note(doc: PDFKit.PDFDocument, cursor: Cursor, value: string, newPage: () => void): void {
  const height = measureText(doc, value, text.note, WIDTH);
  cursor.y += 6;
  if (cursor.y + height > CONTENT_BOTTOM) newPage();
  cursor.y += drawText(doc, value, text.note, { x: LEFT, y: cursor.y, width: WIDTH });
}

/**
 * Draws a table from the cursor down, starting a new page (and repeating the header row)
 * whenever the next row would cross the bottom margin. Rows never split across pages.
 */
function drawTable(
  doc: PDFKit.PDFDocument,
  cursor: Cursor,
  table: Table,
  newPage: () => void,
): void {
  const headerHeight = rowHeight(
    doc,
    table.columns,
    table.columns.map((column) => ({ text: column.header, style: text.th })),
  );
  const heights = table.rows.map((row) => rowHeight(doc, table.columns, row));
  if (cursor.y + headerHeight + (heights[0] ?? 0) > CONTENT_BOTTOM) newPage();
  drawHeaderRow(doc, cursor, table.columns, headerHeight);
  table.rows.forEach((row, index) => {
    const height = heights[index];
    if (cursor.y + height > CONTENT_BOTTOM) {
      newPage();
      drawHeaderRow(doc, cursor, table.columns, headerHeight);
    }
    if (table.shaded ? table.shaded[index] : index % 2 === 1) {
      // Below the previous row's hairline, which stays visible.
      doc
        .save()
        .rect(LEFT, cursor.y + 0.3, WIDTH, height - 0.3)
        .fill(PDF_COLORS.tint)
        .restore();
    }
    drawCells(doc, cursor.y, table.columns, row);
    cursor.y += height;
    drawRule(doc, LEFT, RIGHT, cursor.y, PDF_COLORS.hairline, 0.4);
  });
}

function drawHeaderRow(
  doc: PDFKit.PDFDocument,
  cursor: Cursor,
  columns: readonly Column[],
  height: number,
): void {
  drawRule(doc, LEFT, RIGHT, cursor.y, PDF_COLORS.ink, 0.8);
  drawCells(
    doc,
    cursor.y,
    columns,
    columns.map((column) => ({ text: column.header, style: text.th })),
  );
  cursor.y += height;
  drawRule(doc, LEFT, RIGHT, cursor.y, PDF_COLORS.ink, 0.5);
}

function rowHeight(doc: PDFKit.PDFDocument, columns: readonly Column[], cells: Cell[]): number {
  let height = 0;
  cells.forEach((cell, i) => {
    const width = columns[i].width - 2 * CELL_PADDING_X;
    height = Math.max(height, measureText(doc, cell.text, cell.style, width));
  });
  return height + 2 * CELL_PADDING_Y;
}

function drawCells(
  doc: PDFKit.PDFDocument,
  y: number,
  columns: readonly Column[],
  cells: Cell[],
): void {
  let x = LEFT;
  cells.forEach((cell, i) => {
    const column = columns[i];
    drawText(doc, cell.text, cell.style, {
      x: x + CELL_PADDING_X,
      y: y + CELL_PADDING_Y,
      width: column.width - 2 * CELL_PADDING_X,
      align: column.align ?? 'left',
      strike: cell.strike ?? false,
    });
    x += column.width;
  });
}

function totalsByCreditTypeTable(data: TranscriptPdfData): Table {
  return {
    columns: [
      { header: 'CREDIT TYPE', width: 314 },
      { header: 'CERTIFICATES', width: 90, align: 'right' },
      { header: 'CREDITS', width: 100, align: 'right' },
    ],
    rows: data.totalsByCreditType.map((total) => [
      { text: toWinAnsi(total.creditTypeLabel), style: text.td },
      { text: String(total.certificates), style: text.td },
      { text: formatCredits(total.credits), style: text.tdBold },
    ]),
  };
}

/** Most recent year first; the year is printed once per group, and groups are shaded. */
function totalsByYearTable(data: TranscriptPdfData): Table {
  const totals = [...data.totalsByYear].sort(
    (a, b) => b.year - a.year || a.creditTypeLabel.localeCompare(b.creditTypeLabel, 'en'),
  );
  const years = [...new Set(totals.map((total) => total.year))];
  return {
    columns: [
      { header: 'YEAR', width: 90 },
      { header: 'CREDIT TYPE', width: 314 },
      { header: 'CREDITS', width: 100, align: 'right' },
    ],
    rows: totals.map((total, i) => [
      {
        text: i > 0 && totals[i - 1].year === total.year ? '' : String(total.year),
        style: text.tdBold,
      },
      { text: toWinAnsi(total.creditTypeLabel), style: text.td },
      { text: formatCredits(total.credits), style: text.tdBold },
    ]),
    shaded: totals.map((total) => years.indexOf(total.year) % 2 === 1),
  };
}

function certificatesTable(data: TranscriptPdfData): Table {
  return {
    columns: [
      { header: 'COURSE', width: 172 },
      { header: 'CREDIT TYPE', width: 104 },
      { header: 'CREDITS', width: 44, align: 'right' },
      { header: 'COMPLETED', width: 60 },
      { header: 'STATUS', width: 44 },
      { header: 'CODE', width: 80 },
    ],
    rows: data.certificates.map((certificate) => {
      const revoked = certificate.status === 'revoked';
      const plain = revoked ? text.tdMuted : text.td;
      return [
        { text: toWinAnsi(certificate.courseTitle), style: plain },
        { text: toWinAnsi(certificate.creditTypeLabel), style: plain },
        { text: formatCredits(certificate.credits), style: plain, strike: revoked },
        { text: formatShortDate(certificate.completedAt), style: plain },
        { text: STATUS_LABELS[certificate.status], style: statusStyle(certificate.status) },
        { text: toWinAnsi(certificate.verificationCode), style: text.code },
      ];
    }),
  };
}

function statusStyle(status: TranscriptCertificateStatus): TextStyle {
  switch (status) {
    case 'active':
      return text.td;
    case 'revoked':
      return { ...text.tdBold, color: PDF_COLORS.danger };
    case 'expired':
      return { ...text.td, color: PDF_COLORS.warning };
  }
}

/** "Page n of N" and the document's identity at the foot of every page. */
function drawFooters(
  doc: PDFKit.PDFDocument,
  holder: string,
  provider: string,
  generatedAt: Date,
): void {
  const { start, count } = doc.bufferedPageRange();
  for (let index = start; index < start + count; index++) {
    doc.switchToPage(index);
    drawRule(doc, LEFT, RIGHT, FOOTER_Y - 6, PDF_COLORS.hairline, 0.5);
    drawText(
      doc,
      `${holder} \u00b7 Continuing education transcript \u00b7 ${provider} \u00b7 generated ${formatShortDate(generatedAt)}`,
      text.footer,
      { x: LEFT, y: FOOTER_Y, width: WIDTH - 80 },
    );
    drawText(doc, `Page ${index - start + 1} of ${count}`, text.footer, {
      x: RIGHT - 80,
      y: FOOTER_Y,
      width: 80,
      align: 'right',
    });
  }
}
