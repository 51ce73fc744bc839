import { FONT_ASCENDER, type PdfFont } from './pdf-theme';

/** How a run of text looks. */
export interface TextStyle {
  font: PdfFont;
  size: number;
  color: string;
  characterSpacing?: number;
  lineGap?: number;
}

export interface TextBox {
  x: number;
  y: number;
  width: number;
  align?: 'left' | 'center' | 'right' | 'justify';
  /** Struck through (e.g. the credits of a revoked certificate). */
  strike?: boolean;
}

function applyStyle(doc: PDFKit.PDFDocument, style: TextStyle): void {
  doc.font(style.font).fontSize(style.size).fillColor(style.color);
}

function textOptions(
  style: TextStyle,
  box: Pick<TextBox, 'width' | 'align' | 'strike'>,
): PDFKit.Mixins.TextOptions {
  return {
    width: box.width,
    align: box.align ?? 'left',
    strike: box.strike ?? false,
    lineGap: style.lineGap ?? 0,
    characterSpacing: style.characterSpacing ?? 0,
  };
}

/**
 * Text that fits on one line at `width` is measured and drawn without pdfkit's line wrapper
 * (Unicode line breaking per word): same result, a fraction of the time. Returns its width,
 * or null when the text needs wrapping.
 */
function singleLineWidth(doc: PDFKit.PDFDocument, text: string, style: TextStyle, width: number) {
  if (text.includes('\n')) return null;
  const lineWidth = doc.widthOfString(text, { characterSpacing: style.characterSpacing ?? 0 });
  return lineWidth <= width ? lineWidth : null;
}

/** Height of one line of text in `style` (what pdfkit's wrapper advances per line). */
function lineHeight(doc: PDFKit.PDFDocument, style: TextStyle): number {
  return doc.currentLineHeight(true) + (style.lineGap ?? 0);
}

/**
 * Heights of wrapped text by style, width and text. A bulk issuance prints the same course
 * title and accreditation statement on every certificate, so the certificate's fitting search
 * measures them once per course instead of once per certificate. Bounded: oldest out first.
 */
const wrappedHeights = new Map<string, number>();
const MAX_WRAPPED_HEIGHTS = 512;

/** Height `text` takes when wrapped to `width` in `style`. */
export function measureText(
  doc: PDFKit.PDFDocument,
  text: string,
  style: TextStyle,
  width: number,
): number {
  applyStyle(doc, style);
  if (singleLineWidth(doc, text, style, width) !== null) return lineHeight(doc, style);
  const key = [
    style.font,
    style.size,
    style.characterSpacing ?? 0,
    style.lineGap ?? 0,
    width,
    text,
  ].join('\u0000');
  let height = wrappedHeights.get(key);
  if (height === undefined) {
    height = doc.heightOfString(text, textOptions(style, { width }));
    if (wrappedHeights.size >= MAX_WRAPPED_HEIGHTS) {
      const oldest = wrappedHeights.keys().next().value;
      if (oldest !== undefined) wrappedHeights.delete(oldest);
    }
    wrappedHeights.set(key, height);
  }
  return height;
}

/** Width of `text` on one line in `style`. */
export function textWidth(doc: PDFKit.PDFDocument, text: string, style: TextStyle): number {
  applyStyle(doc, style);
  return doc.widthOfString(text, { characterSpacing: style.characterSpacing ?? 0 });
}

/** Draws wrapped text; returns the height it took. */
export function drawText(
  doc: PDFKit.PDFDocument,
  text: string,
  style: TextStyle,
  box: TextBox,
): number {
  applyStyle(doc, style);
  const align = box.align ?? 'left';
  const width = singleLineWidth(doc, text, style, box.width);
  if (width !== null && align !== 'justify') {
    const offset =
      align === 'center' ? (box.width - width) / 2 : align === 'right' ? box.width - width : 0;
    doc.text(text, box.x + offset, box.y, {
      lineBreak: false,
      characterSpacing: style.characterSpacing ?? 0,
      strike: box.strike ?? false,
    });
    return lineHeight(doc, style);
  }
  doc.text(text, box.x, box.y, textOptions(style, box));
  return doc.y - box.y;
}

/** Draws one line of text whose alphabetic baseline is at `baselineY`, left edge at x. */
export function drawRun(
  doc: PDFKit.PDFDocument,
  text: string,
  style: TextStyle,
  x: number,
  baselineY: number,
): void {
  applyStyle(doc, style);
  doc.text(text, x, baselineY, {
    lineBreak: false,
    baseline: 'alphabetic',
    characterSpacing: style.characterSpacing ?? 0,
  });
}

/** Distance from the top of a line box to its baseline. */
export function ascent(style: TextStyle): number {
  return (FONT_ASCENDER[style.font] / 1000) * style.size;
}

/** A horizontal rule. */
export function drawRule(
  doc: PDFKit.PDFDocument,
  x1: number,
  x2: number,
  y: number,
  color: string,
  width: number,
): void {
  doc.save().moveTo(x1, y).lineTo(x2, y).lineWidth(width).strokeColor(color).stroke().restore();
}
