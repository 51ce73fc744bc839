import { TestBed } from '@angular/core/testing';
import { of } from 'rxjs';
import {
  failWith,
  gradeResponse,
  roleplayResponse,
  submissionResponse,
} from '../testing/roleplay-fixtures';
import {
  buttonNamed,
  configurePages,
  linkNamed,
  openPage,
  settle,
  text,
  typeInto,
} from '../testing/page-harness';

/** The radio of a criterion's level, by the criterion's position and the level's index. */
function level(root: HTMLElement, criterion: number, index: number): HTMLInputElement {
  const radios = root
    .querySelectorAll('[data-testid="grader-criterion"]')
    [criterion]?.querySelectorAll<HTMLInputElement>('input[type="radio"]');
  const radio = radios?.[index];
  if (!radio) throw new Error(`no level ${index} of criterion ${criterion}`);
  return radio;
}

function radioNamed(root: HTMLElement, label: string): HTMLInputElement {
  const found = Array.from(root.querySelectorAll<HTMLInputElement>('input[type="radio"]')).find(
    (input) => text(root.querySelector(`label[for="${input.id}"]`)) === label,
  );
  if (!found) throw new Error(`no radio "${label}"`);
  return found;
}

function field(root: HTMLElement, name: string): HTMLTextAreaElement {
  const found = root.querySelector<HTMLTextAreaElement>(`textarea[data-field="${name}"]`);
  if (!found) throw new Error(`no field ${name}`);
  return found;
}

describe('GradingPageComponent', () => {
  const api = {
    getSubmission: jest.fn(),
    getRoleplay: jest.fn(),
    grade: jest.fn(),
    regrade: jest.fn(),
  };
  const url = '/grading/s1';
  const graded = submissionResponse({ status: 'graded', grade: gradeResponse() });

  beforeEach(() => {
    api.getSubmission.mockReturnValue(
      of(
        submissionResponse({
          recording: { contentType: 'audio/wav', sizeBytes: 4096, url: '/rec/s1?sig=y' },
        }),
      ),
    );
    api.getRoleplay.mockReturnValue(of(roleplayResponse({ graderNotes: 'Look for curiosity.' })));
    api.grade.mockReturnValue(of(graded));
    configurePages(api);
  });

  afterEach(() => {
    TestBed.resetTestingModule();
    jest.clearAllMocks();
  });

  it('shows the scenario, grader notes and the trainee’s work beside the rubric', async () => {
    const { root } = await openPage(url);
    expect(text(root.querySelector('h1'))).toBe(
      'Screening a client who discloses a contraindication',
    );
    expect(text(root.querySelector('[data-testid="submission-meta"]'))).toContain('Jordan Lee');
    expect(text(root.querySelector('[data-testid="submission-meta"]'))).toContain('Attempt 1');
    expect(text(root)).toContain('Look for curiosity.');
    expect(text(root.querySelector('[data-testid="transcript"]'))).toBe(
      'Therapist: Tell me more about your blood pressure readings.',
    );
    expect(text(root.querySelector('[data-testid="reflection"]'))).toBe(
      'I moved to the plan too quickly.',
    );
    const audio = root.querySelector('audio');
    expect(audio?.getAttribute('src')).toBe('/rec/s1?sig=y');
    expect(root.querySelector('video')).toBeNull();
    const headings = Array.from(root.querySelectorAll('h2')).map(text);
    expect(headings).toEqual(['Scenario', 'The trainee’s work', 'Rubric and grade']);
  });

  it('computes the total live as levels are chosen', async () => {
    const { harness, root } = await openPage(url);
    const total = root.querySelector('[data-testid="live-total"]');
    expect(total?.getAttribute('aria-live')).toBe('polite');
    expect(text(total)).toBe('0 / 4 points so far · 0 of 2 criteria scored · pass mark 75%');
    level(root, 0, 1).click();
    await settle(harness);
    expect(text(total)).toBe('1 / 4 points so far · 1 of 2 criteria scored · pass mark 75%');
    level(root, 1, 2).click();
    await settle(harness);
    expect(text(total?.querySelector('.total__points'))).toBe('3 / 4 points · 75% · pass mark 75%');
    expect(text(total?.querySelector('.total__verdict'))).toBe('Meets the pass mark.');
    level(root, 1, 0).click();
    await settle(harness);
    expect(text(total?.querySelector('.total__points'))).toBe('1 / 4 points · 25% · pass mark 75%');
    expect(text(total?.querySelector('.total__verdict'))).toBe('Below the pass mark.');
  });

  it('names each level with its label and points', async () => {
    const { root } = await openPage(url);
    expect(radioNamed(root, 'Proficient · 2 points')).toBeTruthy();
    expect(radioNamed(root, 'Revise and resubmit')).toBeTruthy();
    const group = root.querySelector('[data-testid="grader-criterion"] mat-radio-group');
    expect(group?.getAttribute('role')).toBe('radiogroup');
    const legend = root.querySelector(`#${group?.getAttribute('aria-labelledby') ?? 'none'}`);
    expect(text(legend)).toBe('Criterion 1 of 2:Explores the disclosure');
  });

  it('asks for every level, the outcome and feedback before saving', async () => {
    const { harness, root } = await openPage(url);
    level(root, 0, 1).click();
    await settle(harness);
    buttonNamed(root, 'Save grade').click();
    await settle(harness);
    expect(api.grade).not.toHaveBeenCalled();
    expect(text(root)).toContain('Choose a level for this criterion.');
    expect(text(root)).toContain('Choose pass or revise.');
    expect(text(root)).toContain('Write feedback for the trainee.');
    expect(document.activeElement).toBe(level(root, 1, 0));
  });

  it('saves the grade, shows it and leads back to the queue', async () => {
    const { harness, root } = await openPage(url);
    level(root, 0, 1).click();
    level(root, 1, 2).click();
    radioNamed(root, 'Revise and resubmit').click();
    const comments = root.querySelectorAll<HTMLTextAreaElement>(
      '[data-testid="grader-criterion"] textarea',
    );
    const comment = comments[0];
    if (!comment) throw new Error('no comment field');
    typeInto(comment, '  Ask about readings.  ');
    typeInto(field(root, 'feedback'), 'Explore the history before explaining.');
    await settle(harness);
    buttonNamed(root, 'Save grade').click();
    await settle(harness, () => root.querySelector('lms-grade-view') !== null);
    expect(api.grade).toHaveBeenCalledWith('s1', {
      scores: [
        { criterionId: 'k1', levelIndex: 1, comment: 'Ask about readings.' },
        { criterionId: 'k2', levelIndex: 2 },
      ],
      feedback: 'Explore the history before explaining.',
      outcome: 'revise',
    });
    expect(root.querySelector('lms-rubric-grader')).toBeNull();
    expect(text(root.querySelector('lms-alert [role="status"]'))).toBe(
      'Grade saved. Jordan Lee gets a notification with your feedback.',
    );
    expect(linkNamed(root, 'Back to the grading queue')?.getAttribute('href')).toBe('/grading');
    expect(text(root.querySelector('[data-testid="grade-outcome"]'))).toContain(
      'Revise and resubmit',
    );
  });

  it('says when someone else graded it first and offers the queue', async () => {
    api.grade.mockReturnValue(failWith(409, 'ALREADY_GRADED'));
    const { harness, root } = await openPage(url);
    level(root, 0, 2).click();
    level(root, 1, 2).click();
    radioNamed(root, 'Pass').click();
    typeInto(field(root, 'feedback'), 'Clear and kind.');
    await settle(harness);
    api.getSubmission.mockReturnValue(of(graded));
    buttonNamed(root, 'Save grade').click();
    await settle(harness, () => root.querySelector('lms-grade-view') !== null);
    expect(text(root.querySelector('lms-alert [role="alert"]'))).toBe(
      'This submission was just graded by someone else.',
    );
    expect(linkNamed(root, 'Back to the grading queue')?.getAttribute('href')).toBe('/grading');

    // Their own scores are kept for a correction
    buttonNamed(root, 'Correct this grade').click();
    await settle(harness);
    expect(level(root, 0, 2).checked).toBe(true);
    expect(field(root, 'feedback').value).toBe('Clear and kind.');
  });

  it('opens a graded submission read-only and corrects it with a reason', async () => {
    api.getSubmission.mockReturnValue(of(graded));
    api.regrade.mockReturnValue(
      of(
        submissionResponse({
          status: 'graded',
          grade: gradeResponse({ id: 'g2', outcome: 'pass', correctionReason: 'Misread it.' }),
          previousGrades: [gradeResponse()],
        }),
      ),
    );
    const { harness, root } = await openPage(url);
    expect(root.querySelector('lms-rubric-grader')).toBeNull();
    expect(text(root.querySelector('[data-testid="grade-feedback"]'))).toBe(
      'Good start. Explore the history before explaining.',
    );
    buttonNamed(root, 'Correct this grade').click();
    await settle(harness);
    // Prefilled with the grade in force
    expect(level(root, 0, 1).checked).toBe(true);
    expect(radioNamed(root, 'Revise and resubmit').checked).toBe(true);
    radioNamed(root, 'Pass').click();
    await settle(harness);
    buttonNamed(root, 'Save correction').click();
    await settle(harness);
    expect(api.regrade).not.toHaveBeenCalled();
    expect(text(root)).toContain('Say why the grade is corrected.');

    typeInto(field(root, 'reason'), 'Misread it.');
    await settle(harness);
    buttonNamed(root, 'Save correction').click();
    await settle(harness, () => root.querySelector('lms-rubric-grader') === null);
    expect(api.regrade).toHaveBeenCalledWith('s1', {
      scores: [
        { criterionId: 'k1', levelIndex: 1, comment: 'Ask about readings.' },
        { criterionId: 'k2', levelIndex: 2 },
      ],
      feedback: 'Good start. Explore the history before explaining.',
      outcome: 'pass',
      reason: 'Misread it.',
    });
    expect(text(root)).toContain('Correction saved.');
    expect(text(root)).toContain('This grade corrects an earlier one. Reason: Misread it.');
    expect(text(root.querySelector('.previous summary'))).toBe('Earlier grade (1)');
  });

  it('does not offer to correct an attempt the trainee has since replaced', async () => {
    api.getSubmission.mockReturnValue(of({ ...graded, latest: false }));
    const { root } = await openPage(url);
    expect(() => buttonNamed(root, 'Correct this grade')).toThrow();
    expect(text(root)).toContain('only the grade of their latest attempt can be corrected');
  });

  it('explains a submission of someone else’s course', async () => {
    api.getSubmission.mockReturnValue(failWith(403, 'NOT_YOUR_SUBMISSION'));
    const { root } = await openPage(url);
    expect(text(root.querySelector('h1'))).toBe('Not your course');
    expect(linkNamed(root, 'Go to the grading queue')?.getAttribute('href')).toBe('/grading');
  });
});
