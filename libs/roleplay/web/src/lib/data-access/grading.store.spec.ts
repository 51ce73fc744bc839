import { TestBed } from '@angular/core/testing';
import type { GradeRequest } from '@lms/shared/contracts';
import { of } from 'rxjs';
import {
  failWith,
  gradeResponse,
  roleplayResponse,
  submissionResponse,
} from '../testing/roleplay-fixtures';
import { GradingStore } from './grading.store';
import { RoleplayApi } from './roleplay.api';

describe('GradingStore', () => {
  const api = {
    getSubmission: jest.fn(),
    getRoleplay: jest.fn(),
    grade: jest.fn(),
    regrade: jest.fn(),
  };
  const body: GradeRequest = {
    scores: [
      { criterionId: 'k1', levelIndex: 1 },
      { criterionId: 'k2', levelIndex: 2 },
    ],
    feedback: 'Explore the history first.',
    outcome: 'revise',
  };
  const graded = submissionResponse({ status: 'graded', grade: gradeResponse() });
  let store: GradingStore;

  beforeEach(() => {
    api.getSubmission.mockReturnValue(of(submissionResponse()));
    api.getRoleplay.mockReturnValue(of(roleplayResponse({ graderNotes: 'Look for curiosity.' })));
    api.grade.mockReturnValue(of(graded));
    TestBed.configureTestingModule({
      providers: [GradingStore, { provide: RoleplayApi, useValue: api }],
    });
    store = TestBed.inject(GradingStore);
  });

  afterEach(() => {
    jest.clearAllMocks();
  });

  it('loads the submission and then its role-play', async () => {
    await store.load('s1');
    expect(api.getSubmission).toHaveBeenCalledWith('s1');
    expect(api.getRoleplay).toHaveBeenCalledWith('r1');
    expect(store.roleplay()?.graderNotes).toBe('Look for curiosity.');
    expect(store.isGraded()).toBe(false);
  });

  it('saves a grade and shows it', async () => {
    await store.load('s1');
    await expect(store.saveGrade(body)).resolves.toBe(true);
    expect(api.grade).toHaveBeenCalledWith('s1', body);
    expect(store.saved()).toBe('grade');
    expect(store.grade()?.outcome).toBe('revise');
    expect(store.canCorrect()).toBe(true);
  });

  it('keeps the grader’s draft and shows the other grade when someone was quicker', async () => {
    await store.load('s1');
    api.grade.mockReturnValue(failWith(409, 'ALREADY_GRADED'));
    api.getSubmission.mockReturnValue(of(graded));
    await expect(store.saveGrade(body)).resolves.toBe(false);
    expect(store.conflict()).toBe(true);
    expect(store.saveErrors()).toEqual(['This submission was just graded by someone else.']);
    expect(store.draft()).toEqual(body);
    expect(store.isGraded()).toBe(true);
    expect(store.saved()).toBeNull();
  });

  it('shows the server’s reason for invalid scores', async () => {
    await store.load('s1');
    api.grade.mockReturnValue(
      failWith(400, 'INVALID_SCORES', 'levelIndex for "Explores" must be from 0 to 2'),
    );
    await store.saveGrade(body);
    expect(store.saveErrors()).toEqual(['LevelIndex for "Explores" must be from 0 to 2.']);
    expect(store.conflict()).toBe(false);
  });

  it('corrects the grade of the latest submission', async () => {
    api.getSubmission.mockReturnValue(of(graded));
    const corrected = submissionResponse({
      status: 'graded',
      grade: gradeResponse({ id: 'g2', outcome: 'pass', correctionReason: 'Misread criterion 1' }),
      previousGrades: [gradeResponse()],
    });
    api.regrade.mockReturnValue(of(corrected));
    await store.load('s1');
    const correction = { ...body, outcome: 'pass' as const, reason: 'Misread criterion 1' };
    await expect(store.saveCorrection(correction)).resolves.toBe(true);
    expect(api.regrade).toHaveBeenCalledWith('s1', correction);
    expect(store.saved()).toBe('correction');
    expect(store.submission()?.previousGrades).toHaveLength(1);
  });

  it('does not offer to correct an earlier attempt', async () => {
    api.getSubmission.mockReturnValue(of({ ...graded, latest: false }));
    await store.load('s1');
    expect(store.isGraded()).toBe(true);
    expect(store.canCorrect()).toBe(false);
  });

  it.each([
    [404, 'SUBMISSION_NOT_FOUND', 'not-found'],
    [403, 'NOT_YOUR_SUBMISSION', 'not-staff'],
  ])('explains why a submission cannot open (%i %s)', async (status, code, blocked) => {
    api.getSubmission.mockReturnValue(failWith(status, code));
    await store.load('s1');
    expect(store.blocked()).toBe(blocked);
    expect(store.submission()).toBeNull();
  });
});
