import { wrapLabel } from './chart-labels';
import { nextDay } from './credit-format';

describe('wrapLabel', () => {
  it('breaks a long title at spaces into lines of at most the given length', () => {
    expect(wrapLabel('Foundations of Ketamine-Assisted Psychotherapy', 18)).toEqual([
      'Foundations of',
      'Ketamine-Assisted',
      'Psychotherapy',
    ]);
    expect(wrapLabel('Integration Skills', 32)).toEqual(['Integration Skills']);
  });

  it('keeps a word longer than the limit whole', () => {
    expect(wrapLabel('Psychopharmacology basics', 10)).toEqual(['Psychopharmacology', 'basics']);
  });
});

describe('nextDay', () => {
  it('moves to the next calendar day, across months and leap days', () => {
    expect(nextDay('2026-02-28')).toBe('2026-03-01');
    expect(nextDay('2028-02-28')).toBe('2028-02-29');
    expect(nextDay('2026-12-31')).toBe('2027-01-01');
  });

  it('leaves anything that is not a day alone', () => {
    expect(nextDay('')).toBe('');
    expect(nextDay('2026-13-45')).toBe('2026-13-45');
  });
});
