import { isQuarterStep, minutesToCredits, roundToQuarter } from './ce-hours';

describe('CE hours', () => {
  it.each([
    [0, 0],
    [7, 0],
    [8, 0.25],
    [60, 1],
    [95, 1.5],
    [97, 1.5],
    [98, 1.75],
    [390, 6.5],
  ])('%i minutes is %d credits', (minutes, credits) => {
    expect(minutesToCredits(minutes)).toBe(credits);
  });

  it('rounds halves of a quarter up', () => {
    expect(roundToQuarter(1.125)).toBe(1.25);
    expect(roundToQuarter(1.12)).toBe(1);
  });

  it.each([
    [0.25, true],
    [1.75, true],
    [3, true],
    [0.3, false],
    [-0.25, false],
    [Number.NaN, false],
  ])('%d is a quarter step: %p', (value, expected) => {
    expect(isQuarterStep(value)).toBe(expected);
  });
});
