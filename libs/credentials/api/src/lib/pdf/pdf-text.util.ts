/**
 * Text helpers for the PDF renderers: WinAnsi-safe strings, dates, credit amounts.
 */

/**
 * Code points outside Latin-1 that WinAnsiEncoding (Windows-1252) can still show: the standard
 * fonts have glyphs for them and pdfkit maps them to their WinAnsi bytes.
 */
const WIN_ANSI_EXTRA = new Set([
  0x152, 0x153, 0x160, 0x161, 0x178, 0x17d, 0x17e, 0x192, 0x2c6, 0x2dc, 0x2013, 0x2014, 0x2018,
  0x2019, 0x201a, 0x201c, 0x201d, 0x201e, 0x2020, 0x2021, 0x2022, 0x2026, 0x2030, 0x2039, 0x203a,
  0x20ac, 0x2122,
]);

/** Strings made only of characters the standard fonts can show (the common case: no work). */
const WIN_ANSI_ONLY =
  /^[\n\x20-\x7e\xa0-\xac\xae-\xff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018\u2019\u201a\u201c\u201d\u201e\u2020\u2021\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]*$/;

/**
 * Replacements for characters WinAnsi lacks and that Unicode decomposition does not reduce to
 * a WinAnsi character (letters with a stroke, typographic spaces and dashes, invisible marks).
 */
const SUBSTITUTES: ReadonlyMap<string, string> = new Map([
  ['\u00ad', ''], // soft hyphen: invisible unless a line breaks there
  ['\u200b', ''],
  ['\u200c', ''],
  ['\u200d', ''],
  ['\u2060', ''],
  ['\ufeff', ''],
  ['\u2010', '-'],
  ['\u2011', '-'],
  ['\u2012', '\u2013'],
  ['\u2015', '\u2014'],
  ['\u2212', '-'],
  ['\u2032', "'"],
  ['\u2033', '"'],
  ['\u2044', '/'],
  ['\u2116', 'No.'],
  ['\u2120', 'SM'],
  ['ł', 'l'],
  ['Ł', 'L'],
  ['đ', 'd'],
  ['Đ', 'D'],
  ['ı', 'i'],
  ['ħ', 'h'],
  ['Ħ', 'H'],
  ['ŧ', 't'],
  ['Ŧ', 'T'],
  ['ŋ', 'n'],
  ['Ŋ', 'N'],
  ['ĸ', 'k'],
  ['ſ', 's'],
  ['ə', 'e'],
  ['Ə', 'E'],
]);

/** Shown for a character no standard font can draw (e.g. Chinese, Cyrillic, emoji). */
export const UNSUPPORTED_CHARACTER = '?';

function isWinAnsi(codePoint: number): boolean {
  return (
    (codePoint >= 0x20 && codePoint <= 0x7e) ||
    (codePoint >= 0xa0 && codePoint <= 0xff && codePoint !== 0xad) ||
    WIN_ANSI_EXTRA.has(codePoint)
  );
}

function everyCodePoint(text: string, test: (codePoint: number) => boolean): boolean {
  for (const character of text) if (!test(character.codePointAt(0) ?? 0)) return false;
  return true;
}

function toWinAnsiCharacter(character: string): string {
  const codePoint = character.codePointAt(0) ?? 0;
  if (isWinAnsi(codePoint) || character === '\n') return character;
  if (character === '\t') return ' ';
  if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint < 0xa0)) return '';
  const substitute = SUBSTITUTES.get(character);
  if (substitute !== undefined) return substitute;
  if (codePoint >= 0x2000 && codePoint <= 0x200a) return ' '; // en/em/thin/hair spaces
  if (codePoint === 0x202f || codePoint === 0x205f || codePoint === 0x3000) return ' ';
  // Accented letters outside Latin-1 (ř, ő, ș, ą, ā, ệ …) and compatibility forms (ﬁ, ①)
  // decompose into a WinAnsi base letter plus combining marks: keep the letter.
  const decomposed = character.normalize('NFKD').replace(/\p{M}/gu, '');
  if (decomposed !== '' && everyCodePoint(decomposed, isWinAnsi)) return decomposed;
  return UNSUPPORTED_CHARACTER;
}

/**
 * Makes a string safe for the PDF standard fonts, which encode text as WinAnsi: characters it
 * has (é, ö, ß, ’, –, —, ™, €, …) are kept as they are; others are reduced to their closest
 * WinAnsi form (ř → r, ł → l, ﬁ → fi, non-breaking hyphen → -) and the rest become "?", so a
 * name in a script the fonts lack still renders, visibly incomplete rather than garbled.
 * Line breaks (\n) are kept; CR/LF pairs become \n and tabs become spaces.
 */
export function toWinAnsi(text: string): string {
  const normalized = text.normalize('NFC').replace(/\r\n?/g, '\n');
  if (WIN_ANSI_ONLY.test(normalized)) return normalized;
  let result = '';
  for (const character of normalized) result += toWinAnsiCharacter(character);
  return result;
}

// Dates are printed in UTC: an instant stored at midnight UTC prints as that calendar day on
// every server, whatever its time zone (the jest config and the API both run with TZ=UTC).
const LONG_DATE = new Intl.DateTimeFormat('en-US', {
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  timeZone: 'UTC',
});
const SHORT_DATE = new Intl.DateTimeFormat('en-US', {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  timeZone: 'UTC',
});

/** "March 14, 2026" */
export function formatLongDate(date: Date): string {
  return LONG_DATE.format(date);
}

/** "Mar 14, 2026" */
export function formatShortDate(date: Date): string {
  return SHORT_DATE.format(date);
}

/** Credits always with two decimals, as accreditors print them: 6 → "6.00", 5.75 → "5.75". */
export function formatCredits(credits: number): string {
  return credits.toFixed(2);
}

/**
 * The amount and the credit type as one phrase, with the label's noun agreeing with the amount:
 * "6.00 AMA PRA Category 1 Credits™", "1.00 AMA PRA Category 1 Credit™",
 * "5.75 ANCC nursing contact hours", "1.00 NBCC clock hour", "2.50 IPCE credits".
 * The label is otherwise printed as given (it names the accreditor's own credit).
 */
export function formatCreditAmount(credits: number, creditTypeLabel: string): string {
  const amount = formatCredits(credits);
  const singular = amount === '1.00';
  const label = singular
    ? creditTypeLabel.replace(/\b(credit|hour)s(\u2122?)$/i, '$1$2')
    : creditTypeLabel.replace(/\b(credit|hour)(\u2122?)$/i, '$1s$2');
  return `${amount} ${label}`;
}
