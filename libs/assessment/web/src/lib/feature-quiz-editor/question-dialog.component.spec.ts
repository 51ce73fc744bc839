import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialog } from '@angular/material/dialog';
import { provideLmsIcons } from '@lms/platform/web-ui';
import type { UpdateQuestionRequest } from '@lms/shared/contracts';
import { authorQuestion } from '../testing/assessment-fixtures';
import { buttonNamed } from '../testing/page-harness';
import { QuestionDialogComponent, type QuestionDialogData } from './question-dialog.component';

describe('QuestionDialogComponent', () => {
  let submit: jest.Mock<Promise<boolean>, [UpdateQuestionRequest]>;

  beforeEach(() => {
    jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    submit = jest.fn(() => Promise.resolve(true));
    TestBed.configureTestingModule({
      providers: [
        provideLmsIcons(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
  });

  afterEach(() => {
    TestBed.inject(MatDialog).closeAll();
    jest.restoreAllMocks();
  });

  function open(question: QuestionDialogData['question'] = null): HTMLElement {
    TestBed.inject(MatDialog).open(QuestionDialogComponent, {
      data: {
        question,
        quizTitle: 'Check your understanding',
        sharedNote: 'Shared.',
        submit,
        errors: signal<readonly string[]>([]),
      } satisfies QuestionDialogData,
    });
    TestBed.tick();
    const dialog = document.querySelector<HTMLElement>('mat-dialog-container');
    if (!dialog) throw new Error('no dialog');
    return dialog;
  }

  function type(input: HTMLInputElement | HTMLTextAreaElement | null, value: string): void {
    if (!input) throw new Error('no input');
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  function rows(dialog: HTMLElement): HTMLElement[] {
    return Array.from(dialog.querySelectorAll<HTMLElement>('[data-testid="option-row"]'));
  }

  it('asks for the one correct option of a single-answer question, then sends it', async () => {
    const dialog = open();
    type(dialog.querySelector('textarea[formcontrolname="prompt"]'), 'Which receptor?');
    rows(dialog).forEach((row, i) => {
      type(row.querySelector('input[formcontrolname="text"]'), `Option ${i + 1}`);
    });
    buttonNamed(dialog, 'Add question').click();
    TestBed.tick();
    expect(dialog.querySelector('.options__error')?.textContent).toBe(
      'Mark the one correct option.',
    );
    expect(submit).not.toHaveBeenCalled();

    rows(dialog)[1]?.querySelector<HTMLInputElement>('input[type="radio"]')?.click();
    type(rows(dialog)[1].querySelector('input[formcontrolname="feedback"]'), 'Yes: AMPA.');
    type(dialog.querySelector('input[formcontrolname="tags"]'), 'NMDA, mechanism');
    buttonNamed(dialog, 'Add question').click();
    await Promise.resolve();
    expect(submit).toHaveBeenCalledWith({
      type: 'single',
      prompt: 'Which receptor?',
      options: [
        { text: 'Option 1', correct: false },
        { text: 'Option 2', correct: true, feedback: 'Yes: AMPA.' },
        { text: 'Option 3', correct: false },
        { text: 'Option 4', correct: false },
      ],
      points: 1,
      tags: ['nmda', 'mechanism'],
      partialCredit: false,
    });
  });

  it('edits a question keeping its option ids, with checkboxes and partial credit for multiple', async () => {
    const dialog = open(
      authorQuestion('x1', {
        type: 'multiple',
        partialCredit: true,
        options: [
          { id: 'o1', text: 'A', correct: true, feedback: null },
          { id: 'o2', text: 'B', correct: true, feedback: null },
          { id: 'o3', text: 'C', correct: false, feedback: null },
        ],
      }),
    );
    expect(dialog.querySelector('h2')?.textContent).toBe('Edit question');
    expect(dialog.textContent).toContain('Shared.');
    expect(rows(dialog)[0]?.querySelector('input[type="checkbox"]')).not.toBeNull();
    rows(dialog)[1]?.querySelector<HTMLInputElement>('input[type="checkbox"]')?.click();
    buttonNamed(dialog, 'Save question').click();
    await Promise.resolve();
    const sent = submit.mock.calls[0]?.[0];
    expect(sent?.options.map((o) => [o.id, o.correct])).toEqual([
      ['o1', true],
      ['o2', false],
      ['o3', false],
    ]);
    expect(sent?.partialCredit).toBe(true);
  });
});
