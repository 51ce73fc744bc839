import { isIsoDate } from '../validation/is-iso-date';
import { inputProblem, MAX_JSON_DEPTH } from './input-guard';

describe('inputProblem', () => {
  it('accepts ordinary input, emoji and accents included', () => {
    expect(inputProblem({ title: 'Zoë’s consent 🌿', tags: ['a', { b: 1 }] }, '')).toBeNull();
  });

  it('names the field holding a NUL or a lone surrogate', () => {
    expect(inputProblem({ fullName: 'Ann\u0000' }, '')).toBe(
      'fullName must not contain NUL characters',
    );
    expect(inputProblem({ a: [{ b: 'x\ud800' }] }, '')).toBe(
      'a.0.b must be valid Unicode text (it has a lone surrogate)',
    );
  });

  it('refuses nesting deeper than the limit and prototype-named keys', () => {
    let deep: unknown = 'x';
    for (let i = 0; i <= MAX_JSON_DEPTH; i += 1) deep = [deep];
    expect(inputProblem({ fullName: deep }, '')).toMatch(/^fullName(\.0)* is nested too deeply/);
    expect(inputProblem(JSON.parse('{"__proto__":{"x":1}}'), '')).toBe(
      'property __proto__ should not exist',
    );
    expect(inputProblem({ toString: 'x' }, '')).toBe('property toString should not exist');
  });
});

describe('isIsoDate', () => {
  it.each(['2026-01-31', '2024-02-29', '2026-11-27T08:00:00Z', '2026-11-27T08:00:00.123+02:00'])(
    'accepts %s',
    (value) => {
      expect(isIsoDate(value)).toBe(true);
    },
  );

  it.each(['2024-02-30', '2023-02-29', '0000-01-01', '2024-W01', '2026-13-01', 'yesterday', 5])(
    'refuses %s',
    (value) => {
      expect(isIsoDate(value)).toBe(false);
    },
  );
});
