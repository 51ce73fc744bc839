/**
 * Colours, fonts and page sizes shared by the certificate and transcript renderers.
 *
 * Fonts are the PDF standard 14 (Times, Helvetica, Courier): every PDF reader has them, so
 * nothing is embedded, files stay a few kilobytes and rendering loads no font file. Their
 * encoding is WinAnsi (Windows-1252), so all text passes through `toWinAnsi` first.
 */
export const PDF_COLORS = {
  /** Threshold teal (the web app's primary). */
  primary: '#00696b',
  /** A deeper teal for large type. */
  primaryDark: '#004f51',
  /** Body ink: a near-black with a hint of teal. */
  ink: '#1c2828',
  /** Secondary text. */
  muted: '#56625f',
  /** Warm neutral accent (rules, ornaments). */
  accent: '#b39a72',
  /** Hairlines and table rules. */
  hairline: '#d9d2c5',
  /** Zebra rows and table header fill. */
  tint: '#f4f1ea',
  /** Revoked status. */
  danger: '#a3382b',
  /** Expired status. */
  warning: '#8a5a00',
} as const;

export type PdfFont =
  | 'Helvetica'
  | 'Helvetica-Bold'
  | 'Helvetica-Oblique'
  | 'Times-Roman'
  | 'Times-Bold'
  | 'Times-Italic'
  | 'Courier-Bold';

/** Ascender of a standard font in 1/1000 em (from its AFM), to place text on a common baseline. */
export const FONT_ASCENDER: Record<PdfFont, number> = {
  Helvetica: 718,
  'Helvetica-Bold': 718,
  'Helvetica-Oblique': 718,
  'Times-Roman': 683,
  'Times-Bold': 683,
  'Times-Italic': 683,
  'Courier-Bold': 629,
};

/** US Letter in PDF points (1/72 in). */
export const LETTER = { short: 612, long: 792 } as const;
