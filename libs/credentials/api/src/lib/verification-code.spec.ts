import {
  CODE_ALPHABET,
  CODE_BITS,
  formatVerificationCode,
  isWellFormedVerificationCode,
  newVerificationCode,
  normaliseVerificationCode,
} from './verification-code';

describe('verification codes', () => {
  it('carry at least 60 bits from an alphabet without look-alike characters', () => {
    expect(CODE_BITS).toBeGreaterThanOrEqual(60);
    for (const ambiguous of ['0', 'O', '1', 'I', 'L', 'U'])
      expect(CODE_ALPHABET).not.toContain(ambiguous);
  });

  it('are random and well formed', () => {
    const codes = new Set(Array.from({ length: 2000 }, () => newVerificationCode()));
    expect(codes.size).toBe(2000);
    for (const code of codes) expect(code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTVWXYZ]{13}$/);
  });

  it('print in groups and read back from what a person types', () => {
    expect(formatVerificationCode('7KQM4XTR9HWPC')).toBe('7KQM-4XTR-9HWPC');
    expect(normaliseVerificationCode(' 7kqm-4xtr 9hwpc ')).toBe('7KQM4XTR9HWPC');
  });

  it('tells a code that could exist from anything else', () => {
    expect(isWellFormedVerificationCode('7KQM4XTR9HWPC')).toBe(true);
    for (const bad of ['7KQM4XTR9HWP', '7KQM4XTR9HWPCX', '0KQM4XTR9HWPC', '7KQM4XTR9HWP\u0000', ''])
      expect(isWellFormedVerificationCode(bad)).toBe(false);
  });
});
