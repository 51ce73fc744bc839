import { randomInt } from 'node:crypto';

/** No 0/O, 1/I/L or U: nothing a reader can mistake, read aloud or type from paper. */
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
export const CODE_LENGTH = 13;
/** log2(30^13) ≈ 63.8 bits of entropy from a CSPRNG. */
export const CODE_BITS = CODE_LENGTH * Math.log2(CODE_ALPHABET.length);

/** A new random verification code, stored without separators, e.g. `7KQM4XTR9HWPC`. */
export function newVerificationCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i += 1) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** For print and display: `7KQM-4XTR-9HWPC`. */
export function formatVerificationCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`;
}

/** What a person typed or scanned → the stored form (case, spaces and dashes ignored). */
export function normaliseVerificationCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '');
}

const CODE_PATTERN = new RegExp(`^[${CODE_ALPHABET}]{${CODE_LENGTH}}$`);

/** True for a stored-form code that could exist (alphabet and length): others need no lookup. */
export function isWellFormedVerificationCode(code: string): boolean {
  return CODE_PATTERN.test(code);
}
