import { itemLink } from './curriculum-format';

describe('itemLink', () => {
  it.each([
    [{ kind: 'lesson' as const, id: 'l1' }, ['/courses', 'c1', 'lessons', 'l1']],
    [{ kind: 'quiz' as const, id: 'q1' }, ['/courses', 'c1', 'quizzes', 'q1']],
    [{ kind: 'roleplay' as const, id: 'r1' }, ['/courses', 'c1', 'roleplays', 'r1']],
  ])('opens %p', (item, link) => {
    expect(itemLink('c1', { ...item, title: 'T', moduleId: 'm1' })).toEqual(link);
  });

  it('opens the outline when nothing is next', () => {
    expect(itemLink('c1', null)).toEqual(['/courses', 'c1']);
  });
});
