import type { ByteRange } from './object-storage';

/**
 * The one byte range of a `Range: bytes=…` header (RFC 9110), clamped to the size; `undefined`
 * when there is no usable header (serve it whole), `null` when it cannot be satisfied (416).
 * Several ranges are answered with the first one, which browsers' media players accept.
 */
export function parseByteRange(
  header: string | undefined,
  size: number,
): ByteRange | null | undefined {
  if (!header) return undefined;
  const match = /^bytes=(\d*)-(\d*)/.exec(header.trim());
  if (!match) return undefined;
  const [, from = '', to = ''] = match;
  if (from === '' && to === '') return undefined;
  if (from === '') {
    const suffix = Number(to);
    if (suffix === 0 || size === 0) return null;
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(from);
  const end = to === '' ? size - 1 : Math.min(Number(to), size - 1);
  if (start >= size || end < start) return null;
  return { start, end };
}
