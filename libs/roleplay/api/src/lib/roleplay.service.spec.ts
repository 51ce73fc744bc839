import { RubricVersionEntity } from './roleplay.entities';
import { RoleplayErrorCode } from './roleplay.exception';
import { scoreRubric } from './roleplay.service';

const rubric = Object.assign(new RubricVersionEntity(), {
  id: 'r',
  scenarioId: 's',
  version: 1,
  criteria: [
    {
      id: 'c1',
      title: 'Consent',
      description: '',
      levels: [
        { label: 'No', points: 0 },
        { label: 'Partly', points: 1 },
        { label: 'Yes', points: 3 },
      ],
    },
    {
      id: 'c2',
      title: 'Safety',
      description: '',
      levels: [
        { label: 'No', points: 0 },
        { label: 'Yes', points: 2 },
      ],
    },
  ],
});

describe('scoreRubric', () => {
  it('takes the points of the chosen level of each criterion', () => {
    expect(
      scoreRubric(rubric, [
        { criterionId: 'c2', levelIndex: 1, comment: '  ' },
        { criterionId: 'c1', levelIndex: 2, comment: 'Clear' },
      ]),
    ).toEqual([
      { criterionId: 'c1', levelIndex: 2, points: 3, comment: 'Clear' },
      { criterionId: 'c2', levelIndex: 1, points: 2, comment: null },
    ]);
  });

  it.each([
    [
      'a level outside the rubric',
      [
        { criterionId: 'c1', levelIndex: 3 },
        { criterionId: 'c2', levelIndex: 0 },
      ],
    ],
    ['a missing criterion', [{ criterionId: 'c1', levelIndex: 0 }]],
    [
      'a repeated criterion',
      [
        { criterionId: 'c1', levelIndex: 0 },
        { criterionId: 'c1', levelIndex: 1 },
      ],
    ],
    [
      'an unknown criterion',
      [
        { criterionId: 'c1', levelIndex: 0 },
        { criterionId: 'zz', levelIndex: 0 },
      ],
    ],
  ])('refuses %s', (_case, scores) => {
    expect(() => scoreRubric(rubric, scores)).toThrow(
      expect.objectContaining({ code: RoleplayErrorCode.InvalidScores }),
    );
  });
});
