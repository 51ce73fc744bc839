import { createHash } from 'node:crypto';
import { deflateSync, inflateSync } from 'node:zlib';

/**
 * Makes a provider logo cheap to embed, once per distinct logo.
 *
 * pdfkit embeds a JPEG or an opaque PNG by copying its compressed data: fast. A PNG with an
 * alpha channel (most logos) is decoded pixel by pixel in JavaScript, split into colour and
 * alpha and compressed twice, about 15 ms for a 900×240 logo, on every certificate. Logos sit
 * on the certificate's white paper, so we composite such a PNG onto white once, re-encode it as
 * an opaque RGB/grey PNG and keep the result: pdfkit then embeds it as fast as a JPEG, and the
 * page looks the same.
 *
 * Anything else (JPEG, opaque PNG, palette PNG with transparency, 16-bit or interlaced PNG,
 * bytes that are not an image) is returned unchanged and pdfkit handles it as usual.
 */
export function prepareLogo(logo: Buffer): Buffer {
  const byIdentity = preparedByBuffer.get(logo);
  if (byIdentity) return byIdentity;
  const key = createHash('sha1').update(logo).digest('hex');
  let prepared = preparedByHash.get(key);
  if (!prepared) {
    prepared = flattenAlphaPng(logo) ?? logo;
    if (preparedByHash.size >= MAX_CACHED_LOGOS) {
      const oldest = preparedByHash.keys().next().value;
      if (oldest !== undefined) preparedByHash.delete(oldest);
    }
    preparedByHash.set(key, prepared);
  }
  preparedByBuffer.set(logo, prepared);
  return prepared;
}

/** A provider has one logo; a few more covers logo changes while a process runs. */
const MAX_CACHED_LOGOS = 8;
const preparedByHash = new Map<string, Buffer>();
const preparedByBuffer = new WeakMap<Buffer, Buffer>();

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const COLOR_GRAY = 0;
const COLOR_RGB = 2;
const COLOR_GRAY_ALPHA = 4;
const COLOR_RGBA = 6;

/**
 * An 8-bit, non-interlaced grey+alpha or RGBA PNG composited onto white and re-encoded
 * without alpha; null for any other input.
 */
export function flattenAlphaPng(png: Buffer): Buffer | null {
  if (png.length < 33 || !png.subarray(0, 8).equals(PNG_SIGNATURE)) return null;
  if (png.toString('latin1', 12, 16) !== 'IHDR') return null;
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const bitDepth = png[24];
  const colorType = png[25];
  const interlace = png[28];
  if (bitDepth !== 8 || interlace !== 0) return null;
  if (colorType !== COLOR_GRAY_ALPHA && colorType !== COLOR_RGBA) return null;
  if (width === 0 || height === 0 || width * height > 16_000_000) return null;

  const idat: Buffer[] = [];
  for (let offset = 8; offset + 8 <= png.length;) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    if (type === 'IDAT') idat.push(png.subarray(offset + 8, offset + 8 + length));
    if (type === 'IEND') break;
    offset += 12 + length;
  }
  let raw: Buffer;
  try {
    raw = inflateSync(Buffer.concat(idat));
  } catch {
    return null;
  }
  const channels = colorType === COLOR_RGBA ? 4 : 2;
  const stride = width * channels;
  if (raw.length < height * (stride + 1)) return null;

  const pixels = unfilter(raw, width, height, channels);
  if (!pixels) return null;

  const colors = channels - 1;
  const outStride = width * colors + 1;
  const out = Buffer.alloc(height * outStride); // filter byte 0 ("None") on every row
  for (let y = 0; y < height; y++) {
    let source = y * stride;
    let target = y * outStride + 1;
    for (let x = 0; x < width; x++) {
      const alpha = pixels[source + colors];
      for (let c = 0; c < colors; c++) {
        // Composite onto white: c·α + 255·(1 − α), rounded.
        out[target++] = (pixels[source + c] * alpha + 255 * (255 - alpha) + 127) / 255;
      }
      source += channels;
    }
  }

  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = colorType === COLOR_RGBA ? COLOR_RGB : COLOR_GRAY;
  return Buffer.concat([
    PNG_SIGNATURE,
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(out)),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Reverses PNG scanline filters (spec §9) for 8-bit samples; null on an unknown filter. */
function unfilter(raw: Buffer, width: number, height: number, bpp: number): Uint8Array | null {
  const stride = width * bpp;
  const pixels = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const input = y * (stride + 1) + 1;
    const row = y * stride;
    const previous = row - stride;
    for (let i = 0; i < stride; i++) {
      const value = raw[input + i];
      const left = i >= bpp ? pixels[row + i - bpp] : 0;
      const up = y > 0 ? pixels[previous + i] : 0;
      const upLeft = y > 0 && i >= bpp ? pixels[previous + i - bpp] : 0;
      let predicted: number;
      switch (filter) {
        case 0:
          predicted = 0;
          break;
        case 1:
          predicted = left;
          break;
        case 2:
          predicted = up;
          break;
        case 3:
          predicted = (left + up) >> 1;
          break;
        case 4: {
          const p = left + up - upLeft;
          const pa = Math.abs(p - left);
          const pb = Math.abs(p - up);
          const pc = Math.abs(p - upLeft);
          predicted = pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
          break;
        }
        default:
          return null;
      }
      pixels[row + i] = (value + predicted) & 0xff;
    }
  }
  return pixels;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const chunk = Buffer.alloc(12 + data.length);
  chunk.writeUInt32BE(data.length, 0);
  chunk.write(type, 4, 'latin1');
  data.copy(chunk, 8);
  chunk.writeUInt32BE(crc32(chunk.subarray(4, 8 + data.length)), 8 + data.length);
  return chunk;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
