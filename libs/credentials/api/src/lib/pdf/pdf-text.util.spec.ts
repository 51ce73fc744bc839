import {
  formatCreditAmount,
  formatCredits,
  formatLongDate,
  formatShortDate,
  toWinAnsi,
} from './pdf-text.util';

describe('toWinAnsi', () => {
  it('keeps text the standard fonts can show as it is', () => {
    const text = 'Zoë Müller-Åberg’s “CE” – 6.00 Credits™ … €5 • Œuvre Š ž ÿ ß';
    expect(toWinAnsi(text)).toBe(text);
  });

  it.each([
    ['Łukasz Dvořák', 'Lukasz Dvorák'],
    ['Ștefan Ąžuolas Nguyễn', 'Stefan Ažuolas Nguyen'],
    ['ﬁrst‑line\u2212care', 'first-line-care'],
    ['soft\u00adhyphen zero\u200bwidth', 'softhyphen zerowidth'],
    ['thin\u2009space\ttab', 'thin space tab'],
    ['李小龍 Bruce', '??? Bruce'],
    ['Ольга', '?????'],
    ['emoji 🙂!', 'emoji ?!'],
  ])('reduces %s to %s', (input, expected) => {
    expect(toWinAnsi(input)).toBe(expected);
  });

  it('keeps line breaks and normalises CR LF and decomposed accents', () => {
    expect(toWinAnsi('one\r\ntwo\rthree\nfour')).toBe('one\ntwo\nthree\nfour');
    expect(toWinAnsi('Ame\u0301lie')).toBe('Amélie');
  });
});

describe('formatting', () => {
  it('prints credits with two decimals', () => {
    expect(formatCredits(6)).toBe('6.00');
    expect(formatCredits(5.75)).toBe('5.75');
    expect(formatCredits(0.25)).toBe('0.25');
  });

  it.each([
    [6, 'AMA PRA Category 1 Credit™', '6.00 AMA PRA Category 1 Credits™'],
    [1, 'AMA PRA Category 1 Credit™', '1.00 AMA PRA Category 1 Credit™'],
    [5.75, 'ANCC nursing contact hours', '5.75 ANCC nursing contact hours'],
    [1, 'NBCC clock hours', '1.00 NBCC clock hour'],
    [2.5, 'IPCE credit', '2.50 IPCE credits'],
    [1, 'APA CE credits', '1.00 APA CE credit'],
    [3, 'ASWB ACE CE credits', '3.00 ASWB ACE CE credits'],
    [3, 'Certificate of attendance', '3.00 Certificate of attendance'],
  ])('phrases %d %s as "%s"', (credits, label, expected) => {
    expect(formatCreditAmount(credits, label)).toBe(expected);
  });

  it('prints dates in UTC', () => {
    const lateEvening = new Date('2026-03-14T23:30:00Z');
    expect(formatLongDate(lateEvening)).toBe('March 14, 2026');
    expect(formatShortDate(lateEvening)).toBe('Mar 14, 2026');
  });
});
