import { computeProgress } from './progress';

const modules = [
  {
    id: 'm1',
    title: 'One',
    lessons: [
      { id: 'a', title: 'A' },
      { id: 'b', title: 'B' },
    ],
  },
  {
    id: 'm2',
    title: 'Two',
    lessons: [{ id: 'c', title: 'C' }],
    quizzes: [{ id: 'q', title: 'Q', passed: false }],
  },
  { id: 'm3', title: 'Three', lessons: [{ id: 'd', title: 'D' }] },
];

describe('computeProgress (the unlock rule)', () => {
  it('opens only the first module at the start and points at its first lesson', () => {
    const p = computeProgress(modules, new Set());
    expect(p.modules.map((m) => m.locked)).toEqual([false, true, true]);
    expect(p.nextItem).toEqual({ kind: 'lesson', id: 'a', title: 'A', moduleId: 'm1' });
    expect(p.percentComplete).toBe(0);
  });

  it('keeps the next module locked until every item of the previous one is complete', () => {
    const p = computeProgress(modules, new Set(['a']));
    expect(p.modules.map((m) => m.locked)).toEqual([false, true, true]);
    expect(p.nextItem?.id).toBe('b');
  });

  it('unlocks the next module when the previous is complete', () => {
    const p = computeProgress(modules, new Set(['a', 'b']));
    expect(p.modules.map((m) => m.locked)).toEqual([false, false, true]);
    expect(p.modules[0]?.completed).toBe(true);
    expect(p.nextItem).toEqual({ kind: 'lesson', id: 'c', title: 'C', moduleId: 'm2' });
    expect(p.percentComplete).toBe(40);
  });

  it('needs the quiz passed, not only the lessons read', () => {
    const p = computeProgress(modules, new Set(['a', 'b', 'c']));
    expect(p.modules[2]?.locked).toBe(true);
    expect(p.nextItem).toEqual({ kind: 'quiz', id: 'q', title: 'Q', moduleId: 'm2' });
  });

  it('reports 100% and no next item when all is done', () => {
    const withPassedQuiz = modules.map((m) => ({
      ...m,
      quizzes: m.quizzes?.map((q) => ({ ...q, passed: true })),
    }));
    const p = computeProgress(withPassedQuiz, new Set(['a', 'b', 'c', 'd']));
    expect(p.percentComplete).toBe(100);
    expect(p.nextItem).toBeNull();
  });
});
