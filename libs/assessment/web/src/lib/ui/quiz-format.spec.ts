import { courseItemLink } from './quiz-format';

describe('courseItemLink', () => {
  it.each([
    [{ kind: 'lesson' as const, id: 'l1' }, ['/courses', 'c1', 'lessons', 'l1']],
    [{ kind: 'quiz' as const, id: 'q1' }, ['/courses', 'c1', 'quizzes', 'q1']],
    [{ kind: 'roleplay' as const, id: 'r1' }, ['/courses', 'c1', 'roleplays', 'r1']],
  ])('opens a %o where it lives', (item, link) => {
    expect(courseItemLink('c1', { ...item, title: 'x', moduleId: 'm1' })).toEqual(link);
  });

  it('falls back to the outline when nothing is next', () => {
    expect(courseItemLink('c1', null)).toEqual(['/courses', 'c1']);
  });
});
