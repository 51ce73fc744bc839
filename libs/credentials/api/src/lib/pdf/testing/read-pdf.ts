import { inflateSync } from 'node:zlib';

/** Test-only helpers: read a rendered PDF back. */

/** Text without any whitespace: compares wrapped text with its source, line breaks aside. */
export function squash(value: string): string {
  return value.replace(/\s+/g, '');
}

/** The decompressed page content streams (images and fonts left out). */
export function contentStreams(pdf: Buffer): string[] {
  const file = pdf.toString('latin1');
  const streams: string[] = [];
  for (let at = file.indexOf('stream\n'); at >= 0; at = file.indexOf('stream\n', at + 1)) {
    if (file.slice(at - 3, at) === 'end') continue;
    const dictionary = file.slice(file.lastIndexOf(' obj', at), at);
    if (dictionary.includes('/Subtype /Image') || !dictionary.includes('/FlateDecode')) continue;
    const end = file.indexOf('\nendstream', at);
    streams.push(inflateSync(pdf.subarray(at + 'stream\n'.length, end)).toString('latin1'));
  }
  return streams;
}

/**
 * The QR code drawn by drawQrCode, read back from the content stream: its module grid (from
 * the "column row run 1 re" rectangles) and its printed size in points.
 */
export function drawnQrCode(pdf: Buffer, modules: number): { grid: number[]; size: number } {
  const content = contentStreams(pdf).join('\n');
  const scale = /\n([\d.]+) 0 0 \1 0 0 cm\n\d+ \d+ \d+ 1 re\n/.exec(content);
  const grid = new Array<number>(modules * modules).fill(0);
  for (const [, column, row, run] of content.matchAll(/^(\d+) (\d+) (\d+) 1 re$/gm)) {
    for (let i = 0; i < Number(run); i++) grid[Number(row) * modules + Number(column) + i] = 1;
  }
  return { grid, size: scale ? Number(scale[1]) * modules : 0 };
}
