import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialog } from '@angular/material/dialog';
import type { CreateQuizRequest } from '@lms/shared/contracts';
import { outlineModule } from '../testing/curriculum-fixtures';
import {
  QuizDialogComponent,
  type QuizDialogData,
  questionsPerTagOf,
} from './quiz-dialog.component';

describe('QuizDialogComponent', () => {
  let submit: jest.Mock<Promise<boolean>, [CreateQuizRequest]>;

  beforeEach(() => {
    submit = jest.fn(() => Promise.resolve(true));
    TestBed.configureTestingModule({
      providers: [{ provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }],
    });
  });

  afterEach(() => {
    TestBed.inject(MatDialog).closeAll();
  });

  function open(hasPostTest = false): HTMLElement {
    TestBed.inject(MatDialog).open(QuizDialogComponent, {
      data: {
        module: outlineModule('m1', ['l1'], { title: 'Pharmacology' }),
        hasPostTest,
        submit,
        errors: signal<readonly string[]>([]),
      } satisfies QuizDialogData,
    });
    TestBed.tick();
    const dialog = document.querySelector<HTMLElement>('mat-dialog-container');
    if (!dialog) throw new Error('no dialog');
    return dialog;
  }

  function input(dialog: HTMLElement, name: string): HTMLInputElement {
    const found = dialog.querySelector<HTMLInputElement>(`input[formcontrolname="${name}"]`);
    if (!found) throw new Error(`no input ${name}`);
    return found;
  }

  function submitButton(dialog: HTMLElement): HTMLButtonElement {
    const found = dialog.querySelector<HTMLButtonElement>('button[type="submit"]');
    if (!found) throw new Error('no submit');
    return found;
  }

  it('defaults to a 75% pass mark and shows APA’s advice for a post-test', async () => {
    const dialog = open();
    expect(input(dialog, 'passingScore').value).toBe('75');
    const hint = dialog.querySelector('[data-testid="post-test-hint"]');
    expect(hint?.textContent?.trim()).toBe('');
    dialog.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')[1]?.click();
    TestBed.tick();
    expect(hint?.textContent?.trim()).toBe(
      'APA recommends 6–8 questions per credit hour and a pass mark of at least 75%.',
    );

    const timeLimit = input(dialog, 'timeLimitMinutes');
    timeLimit.value = '40';
    timeLimit.dispatchEvent(new Event('input'));
    const perTag = input(dialog, 'questionsPerTag');
    perTag.value = 'contraindications: 2';
    perTag.dispatchEvent(new Event('input'));
    submitButton(dialog).click();
    await Promise.resolve();
    expect(submit).toHaveBeenCalledWith({
      title: 'Check your understanding: Pharmacology',
      passingScore: 75,
      maxAttempts: 3,
      shuffle: true,
      isPostTest: true,
      timeLimitMinutes: 40,
      questionsPerTag: { contraindications: 2 },
    });
  });

  it('keeps the post-test option off when the course has one', () => {
    const dialog = open(true);
    const postTest = dialog.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')[1];
    expect(postTest?.disabled).toBe(true);
    expect(dialog.textContent).toContain('This course already has a post-test');
  });

  it('reads “tag: number” pairs', () => {
    expect(questionsPerTagOf('nmda: 2, Safety : 1')).toEqual({ nmda: 2, safety: 1 });
    expect(questionsPerTagOf('')).toEqual({});
    expect(questionsPerTagOf('nmda')).toBeNull();
    expect(questionsPerTagOf('nmda: 0')).toBeNull();
  });
});
