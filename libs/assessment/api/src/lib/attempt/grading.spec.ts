import { type GradableQuestion, gradeAttempt, gradeQuestion } from './grading';

const single: GradableQuestion = {
  id: 's',
  type: 'single',
  points: 1,
  partialCredit: false,
  options: [
    { id: 'a', correct: false },
    { id: 'b', correct: true },
    { id: 'c', correct: false },
  ],
};
const trueFalse: GradableQuestion = {
  id: 't',
  type: 'true_false',
  points: 1,
  partialCredit: false,
  options: [
    { id: 'true', correct: true },
    { id: 'false', correct: false },
  ],
};
const multiple = (partialCredit: boolean): GradableQuestion => ({
  id: 'm',
  type: 'multiple',
  points: 2,
  partialCredit,
  options: [
    { id: 'w', correct: true },
    { id: 'x', correct: true },
    { id: 'y', correct: true },
    { id: 'z', correct: false },
  ],
});

describe('gradeQuestion', () => {
  it.each([
    [['b'], true, 1],
    [['a'], false, 0],
    [['a', 'b'], false, 0],
    [[], false, 0],
    [['nope'], false, 0],
  ])('single %p → correct %p, %d points', (picks, correct, earned) => {
    expect(gradeQuestion(single, picks)).toEqual({ questionId: 's', correct, earned, possible: 1 });
  });

  it.each([
    [['true'], true, 1],
    [['false'], false, 0],
    [['true', 'false'], false, 0],
  ])('true/false %p → correct %p', (picks, correct, earned) => {
    expect(gradeQuestion(trueFalse, picks)).toMatchObject({ correct, earned });
  });

  it.each([
    [['w', 'x', 'y'], true, 2],
    [['w', 'x'], false, 0],
    [['w', 'x', 'y', 'z'], false, 0],
    [[], false, 0],
  ])('multiple, all or nothing: %p → %d points', (picks, correct, earned) => {
    expect(gradeQuestion(multiple(false), picks)).toMatchObject({ correct, earned, possible: 2 });
  });

  it.each([
    [['w', 'x', 'y'], true, 2],
    [['w', 'x'], false, 1.33],
    [['w'], false, 0.67],
    [['w', 'x', 'z'], false, 0.67],
    [['w', 'z'], false, 0],
    [['z'], false, 0],
  ])('multiple with partial credit: %p → %d points', (picks, correct, earned) => {
    expect(gradeQuestion(multiple(true), picks)).toMatchObject({ correct, earned });
  });

  it('ignores partial credit on single-answer questions', () => {
    expect(gradeQuestion({ ...single, partialCredit: true }, ['a', 'b']).earned).toBe(0);
  });
});

describe('gradeAttempt', () => {
  it('scores points earned over points possible and applies the pass mark', () => {
    const grade = gradeAttempt(
      [single, trueFalse, multiple(true)],
      new Map([
        ['s', ['b']],
        ['m', ['w', 'x']],
      ]),
      75,
    );
    // 1 + 0 + 1.33 of 4 points
    expect(grade).toMatchObject({ earned: 2.33, possible: 4, score: 58.25, passed: false });
    expect(grade.questions.map((q) => q.correct)).toEqual([true, false, false]);
  });

  it('passes at exactly the pass mark', () => {
    const grade = gradeAttempt(
      [single, trueFalse, { ...single, id: 's2' }, { ...single, id: 's3' }],
      new Map([
        ['s', ['b']],
        ['t', ['true']],
        ['s2', ['b']],
      ]),
      75,
    );
    expect(grade).toMatchObject({ score: 75, passed: true });
  });

  it('scores an empty attempt 0', () => {
    expect(gradeAttempt([], new Map(), 75)).toMatchObject({ score: 0, passed: false });
  });
});
