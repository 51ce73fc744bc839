/** How many leading bytes `sniffMediaType` needs. */
export const SNIFF_BYTES = 16;

const ascii = (bytes: Uint8Array, from: number, text: string): boolean =>
  Buffer.from(bytes.subarray(from, from + text.length)).toString('latin1') === text;

/**
 * The audio/video type of a file from its first bytes (its "magic number"), never from its
 * name: WebM/Matroska, Ogg, MP4/M4A, MP3, WAV. `null` for anything else.
 */
export function sniffMediaType(head: Uint8Array): string | null {
  if (head.length < 12) return null;
  if (head[0] === 0x1a && head[1] === 0x45 && head[2] === 0xdf && head[3] === 0xa3) {
    return 'video/webm';
  }
  if (ascii(head, 0, 'OggS')) return 'audio/ogg';
  if (ascii(head, 0, 'RIFF') && ascii(head, 8, 'WAVE')) return 'audio/wav';
  if (ascii(head, 4, 'ftyp')) return ascii(head, 8, 'M4A') ? 'audio/mp4' : 'video/mp4';
  if (ascii(head, 0, 'ID3')) return 'audio/mpeg';
  // An MPEG audio frame sync: 11 set bits, layer III.
  if (head[0] === 0xff && (head[1] & 0xe6) === 0xe2) return 'audio/mpeg';
  return null;
}

/** PNG or JPEG from the first bytes (logos); `null` for anything else. */
export function sniffImageType(head: Uint8Array): string | null {
  if (head[0] === 0x89 && head[1] === 0x50 && head[2] === 0x4e && head[3] === 0x47)
    return 'image/png';
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'image/jpeg';
  return null;
}
