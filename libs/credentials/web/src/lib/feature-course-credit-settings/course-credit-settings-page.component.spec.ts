import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { RouterTestingHarness } from '@angular/router/testing';
import { LearningFormat } from '@lms/shared/contracts';
import { courseOutline, evaluationForm } from '../testing/credentials-fixtures';
import {
  buttonNamed,
  configurePages,
  openPage,
  request,
  settle,
  text,
  type,
} from '../testing/page-harness';

describe('CourseCreditSettingsPageComponent', () => {
  let harness: RouterTestingHarness;
  let root: HTMLElement;

  beforeEach(async () => {
    configurePages();
    ({ harness, root } = await openPage('/authoring/courses/c1/credit'));
    (await request('GET', '/api/courses/c1', null, harness)).flush(courseOutline());
    (await request('GET', '/api/courses/c1/ce-settings', null, harness)).flush({
      learningFormat: LearningFormat.EnduringMaterial,
      validityMonths: 24,
    });
    (await request('GET', '/api/courses/c1/evaluation', null, harness)).flush(evaluationForm());
    await settle(harness, () => root.querySelector('[data-testid="editor-question"]') !== null);
    root = harness.routeNativeElement as HTMLElement;
  });

  afterEach(() => {
    TestBed.inject(HttpTestingController).verify();
    TestBed.resetTestingModule();
  });

  function prompts(): string[] {
    return Array.from(
      root.querySelectorAll<HTMLTextAreaElement>('[data-testid="editor-question"] textarea'),
    ).map((t) => t.value);
  }

  it('saves validity months, empty meaning never', async () => {
    const months = root.querySelector<HTMLInputElement>('input[formcontrolname="validityMonths"]');
    expect(months?.value).toBe('24');
    type(months, '');
    await settle(harness);
    buttonNamed(root, 'Save CE settings').click();
    const put = await request('PUT', '/api/courses/c1/ce-settings', null, harness);
    expect(put.request.body).toEqual({ learningFormat: 'enduring_material', validityMonths: null });
    put.flush({ learningFormat: LearningFormat.EnduringMaterial, validityMonths: null });
    await settle(harness, () => text(root.querySelector('.notice')) !== '');
    expect(text(root.querySelector('.notice'))).toBe('CE settings saved.');
  });

  it('reorders, removes and adds questions, then saves them in order (ids kept)', async () => {
    expect(prompts()).toEqual([
      'The course met its stated learning objectives.',
      'The content was free of commercial bias.',
      'What will you change in your practice?',
    ]);
    root.querySelector<HTMLButtonElement>('button[aria-label="Move question 3 up"]')?.click();
    await settle(harness);
    root.querySelector<HTMLButtonElement>('button[aria-label="Remove question 1"]')?.click();
    await settle(harness);
    buttonNamed(root, 'Add question').click();
    await settle(harness);
    expect(prompts()).toEqual([
      'What will you change in your practice?',
      'The content was free of commercial bias.',
      '',
    ]);
    const added = root.querySelectorAll('[data-testid="editor-question"]')[2];
    type(added?.querySelector('textarea') ?? null, 'The pace suited self-paced study.');
    await settle(harness);
    buttonNamed(root, 'Save evaluation').click();
    const put = await request('PUT', '/api/courses/c1/evaluation', null, harness);
    expect(put.request.body).toEqual({
      questions: [
        {
          id: 'e3',
          prompt: 'What will you change in your practice?',
          kind: 'text',
          required: true,
        },
        {
          id: 'e2',
          prompt: 'The content was free of commercial bias.',
          kind: 'rating',
          required: false,
        },
        { prompt: 'The pace suited self-paced study.', kind: 'rating', required: true },
      ],
    });
    put.flush(evaluationForm());
  });

  it('does not save a question without text', async () => {
    buttonNamed(root, 'Add question').click();
    await settle(harness);
    buttonNamed(root, 'Save evaluation').click();
    await settle(harness);
    TestBed.inject(HttpTestingController).expectNone('/api/courses/c1/evaluation');
    expect(text(root.querySelector('mat-error'))).toBe('Write the question.');
  });
});
