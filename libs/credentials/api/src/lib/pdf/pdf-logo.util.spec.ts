import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateSync, inflateSync } from 'node:zlib';
import { flattenAlphaPng, prepareLogo } from './pdf-logo.util';

/** A PNG from raw scanlines (each row: filter byte + samples). */
function png(width: number, height: number, colorType: number, rows: number[][]): Buffer {
  const chunk = (type: string, data: Buffer): Buffer => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = colorType;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.from(rows.flat()))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The decoded scanlines of a flattened PNG (always filter 0) and its colour type. */
function decode(flat: Buffer): { colorType: number; rows: number[][] } {
  const width = flat.readUInt32BE(16);
  const colorType = flat[25];
  const idat = flat.subarray(8 + 25 + 8, flat.length - 12 - 4);
  const raw = inflateSync(idat);
  const stride = width * (colorType === 2 ? 3 : 1) + 1;
  const rows: number[][] = [];
  for (let at = 0; at < raw.length; at += stride) rows.push([...raw.subarray(at + 1, at + stride)]);
  return { colorType, rows };
}

describe('flattenAlphaPng', () => {
  it('composites RGBA onto white and drops the alpha channel', () => {
    // 2×1: opaque teal, fully transparent black.
    const flat = flattenAlphaPng(png(2, 1, 6, [[0, 0, 105, 107, 255, 0, 0, 0, 0]]));

    expect(decode(flat!)).toEqual({ colorType: 2, rows: [[0, 105, 107, 255, 255, 255]] });
  });

  it('undoes every PNG filter (sub, up, average, Paeth)', () => {
    // Grey + alpha, 2×5, half-transparent black (0, 128) everywhere: composite = 127.
    // Row 0 unfiltered; rows 1–4 use filters 1–4 on the same pixels.
    const pixels = [0, 128, 0, 128];
    const rows = [
      [0, ...pixels],
      [1, 0, 128, 0, 0], // sub: x − left
      [2, 0, 0, 0, 0], // up: x − above
      [3, 0, 64, 0, 0], // average: x − floor((left + above) / 2)
      [4, 0, 0, 0, 0], // Paeth: x − predictor (above wins)
    ];

    const { colorType, rows: decoded } = decode(flattenAlphaPng(png(2, 5, 4, rows))!);

    expect(colorType).toBe(0);
    expect(decoded).toEqual(Array.from({ length: 5 }, () => [127, 127]));
  });

  it('leaves opaque PNGs, JPEGs and other bytes to pdfkit', () => {
    expect(flattenAlphaPng(png(1, 1, 2, [[0, 1, 2, 3]]))).toBeNull();
    expect(flattenAlphaPng(readFileSync(join(__dirname, '__fixtures__', 'logo.jpg')))).toBeNull();
    expect(flattenAlphaPng(Buffer.from('not an image'))).toBeNull();
  });
});

describe('prepareLogo', () => {
  it('prepares a logo once and returns the same result for equal bytes', () => {
    const logo = readFileSync(join(__dirname, '__fixtures__', 'logo.png'));

    const first = prepareLogo(logo);

    expect(first).not.toBe(logo);
    expect(prepareLogo(Buffer.from(logo))).toBe(first);
    expect(prepareLogo(logo)).toBe(first);
  });
});
