import {
  pointBiserial,
  questionStatistics,
  scoreDistribution,
  type ScoredAttempt,
} from './item-statistics';

// A hand-computed example. Five attempts with scores 90, 80, 70, 40, 20; question Q is answered
// correctly by the first three.
//   mean = 60, population SD = sqrt((900+400+100+400+1600)/5) = sqrt(680) = 26.0768
//   M1 = 80, M0 = 30, p = 0.6, q = 0.4, sqrt(pq) = 0.489898
//   r_pb = (80 − 30) / 26.0768 × 0.489898 = 0.939336… → 0.939
const scores = [90, 80, 70, 40, 20];
const correctQ = [true, true, true, false, false];

describe('point-biserial discrimination', () => {
  it('matches the hand-computed example to 3 decimals', () => {
    expect(pointBiserial(correctQ, scores)).toBe(0.939);
  });

  it('is negative when weaker trainees get it right', () => {
    expect(pointBiserial([false, false, false, true, true], scores)).toBe(-0.939);
  });

  it('is undefined when everyone (or no one) gets it right, or scores do not vary', () => {
    expect(pointBiserial([true, true, true, true, true], scores)).toBeNull();
    expect(pointBiserial([true, false], [50, 50])).toBeNull();
    expect(pointBiserial([], [])).toBeNull();
  });
});

describe('questionStatistics', () => {
  const attempts: ScoredAttempt[] = scores.map((score, i) => ({
    score,
    passed: score >= 75,
    answers: new Map([
      [
        'Q',
        {
          correct: correctQ[i] ?? false,
          optionIds: correctQ[i] ? ['right'] : i === 3 ? ['wrong1'] : ['wrong1', 'wrong2'],
        },
      ],
      ['R', { correct: i % 2 === 0, optionIds: [] }],
    ]),
  }));

  it('reports attempts, difficulty, discrimination and option pick rates', () => {
    expect(questionStatistics('Q', ['right', 'wrong1', 'wrong2'], attempts)).toEqual({
      questionId: 'Q',
      attempts: 5,
      difficulty: 0.6,
      discrimination: 0.939,
      flagged: false,
      options: [
        { optionId: 'right', pickRate: 0.6 },
        { optionId: 'wrong1', pickRate: 0.4 },
        { optionId: 'wrong2', pickRate: 0.2 },
      ],
    });
  });

  it('flags a question that discriminates poorly (below 0.2)', () => {
    // R is right for scores 90, 70, 20: r_pb = (60 − 60) / … = 0
    expect(questionStatistics('R', [], attempts)).toMatchObject({
      difficulty: 0.6,
      discrimination: 0,
      flagged: true,
    });
  });

  it('counts only the attempts that were given the question', () => {
    expect(questionStatistics('S', ['x'], attempts)).toMatchObject({
      attempts: 0,
      difficulty: null,
      discrimination: null,
      flagged: false,
    });
  });
});

describe('scoreDistribution', () => {
  it('puts scores in ten bins, 100 in the last', () => {
    const bins = scoreDistribution([0, 9.99, 10, 75, 100, 95]);
    expect(bins.map((b) => b.count)).toEqual([2, 1, 0, 0, 0, 0, 0, 1, 0, 2]);
    expect(bins[9]).toMatchObject({ from: 90, to: 100 });
  });
});
