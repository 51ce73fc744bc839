import { drawQuestions, shuffled } from './draw';

const bank = [
  { id: 'a', tags: ['contraindications'] },
  { id: 'b', tags: ['contraindications'] },
  { id: 'c', tags: ['contraindications', 'monitoring'] },
  { id: 'd', tags: ['monitoring'] },
  { id: 'e', tags: [] },
  { id: 'f', tags: [] },
];

describe('drawQuestions', () => {
  it('gives the whole list when nothing is drawn', () => {
    expect(drawQuestions(bank, null, null).map((q) => q.id)).toEqual([
      'a',
      'b',
      'c',
      'd',
      'e',
      'f',
    ]);
  });

  it('draws N at random without repeats', () => {
    for (let i = 0; i < 20; i += 1) {
      const ids = drawQuestions(bank, 4, null).map((q) => q.id);
      expect(ids).toHaveLength(4);
      expect(new Set(ids).size).toBe(4);
    }
  });

  it('draws N per tag first, then fills up, never twice', () => {
    for (let i = 0; i < 30; i += 1) {
      const drawn = drawQuestions(bank, 4, { contraindications: 2, monitoring: 1 });
      expect(drawn).toHaveLength(4);
      expect(new Set(drawn.map((q) => q.id)).size).toBe(4);
      expect(
        drawn.filter((q) => q.tags.includes('contraindications')).length,
      ).toBeGreaterThanOrEqual(2);
      expect(drawn.filter((q) => q.tags.includes('monitoring')).length).toBeGreaterThanOrEqual(1);
    }
  });

  it('takes what there is when a tag has fewer questions than asked', () => {
    expect(
      drawQuestions(bank, null, { monitoring: 5 })
        .map((q) => q.id)
        .sort(),
    ).toEqual(['c', 'd']);
  });
});

describe('shuffled', () => {
  it('keeps every item', () => {
    expect(shuffled([1, 2, 3, 4, 5]).sort()).toEqual([1, 2, 3, 4, 5]);
  });
});
