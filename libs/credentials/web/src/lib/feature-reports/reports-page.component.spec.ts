import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { RouterTestingHarness } from '@angular/router/testing';
import { courseRows, creditsRows, evaluationResults } from '../testing/credentials-fixtures';
import {
  buttonNamed,
  cells,
  configurePages,
  openPage,
  request,
  settle,
  text,
  type,
} from '../testing/page-harness';

describe('ReportsPageComponent', () => {
  let harness: RouterTestingHarness;
  let root: HTMLElement;

  beforeEach(async () => {
    // jsdom has no canvas: chart.js gets no context and draws nothing (it logs that).
    jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    configurePages();
    ({ harness, root } = await openPage('/admin/reports'));
    (await request('GET', '/api/reports/credits', { period: 'month' }, harness)).flush(
      creditsRows(),
    );
    (await request('GET', '/api/reports/courses', {}, harness)).flush(courseRows());
    await settle(harness, () => root.querySelector('[data-testid="courses-table"]') !== null);
    root = harness.routeNativeElement as HTMLElement;
  });

  afterEach(() => {
    TestBed.inject(HttpTestingController).verify();
    TestBed.resetTestingModule();
    jest.restoreAllMocks();
  });

  function rows(selector: string): string[][] {
    return Array.from(root.querySelectorAll(`${selector} tr`)).map(cells);
  }

  it('tabulates credits per period with a column per credit type, beside a labelled chart', () => {
    expect(rows('[data-testid="credits-table"]')).toEqual([
      ['Period', 'APA CE credits', 'ASWB ACE CE credits', 'All credits', 'Certificates'],
      ['2026-01', '13', '6', '19', '3'],
      ['2026-02', '6.5', '—', '6.5', '1'],
    ]);
    const canvases = root.querySelectorAll('canvas');
    expect(canvases).toHaveLength(2);
    expect(canvases[0]?.getAttribute('role')).toBe('img');
    expect(canvases[0]?.getAttribute('aria-label')).toBe(
      'Stacked bar chart of credits issued per month and credit type, 25.5 credits in all; most in 2026-01 (19). The table lists every value.',
    );
  });

  it('counts the "To" day in full: the API is asked for up to the next day', async () => {
    type(root.querySelector('input[formcontrolname="from"]'), '2026-01-01');
    type(root.querySelector('input[formcontrolname="to"]'), '2026-02-28');
    await settle(harness);
    buttonNamed(root, 'Show').click();
    (
      await request(
        'GET',
        '/api/reports/credits',
        { period: 'month', from: '2026-01-01', to: '2026-03-01' },
        harness,
      )
    ).flush(creditsRows());
    await settle(harness, () => root.querySelector('[data-testid="credits-table"]') !== null);
  });

  it('tabulates learners and completion rate per course', () => {
    expect(rows('[data-testid="courses-table"] tbody')).toEqual([
      ['Foundations of Ketamine-Assisted Psychotherapy', '20', '15', '75%', '12', '14'],
      ['Integration Skills', '4', '1', '25%', '1', '1'],
    ]);
  });

  it('shows one course’s evaluation: averages with their distribution, and the written answers', async () => {
    const select = root.querySelector('[data-testid="evaluation-course"] .mat-mdc-select-trigger');
    (select as HTMLElement | null)?.click();
    await settle(harness, () => document.querySelector('mat-option') !== null);
    (document.querySelector('mat-option') as HTMLElement).click();
    (await request('GET', '/api/courses/c1/evaluation/results', null, harness)).flush(
      evaluationResults(),
    );
    await settle(harness, () => root.querySelector('[data-testid="evaluation-result"]') !== null);
    expect(text(root.querySelector('[data-testid="evaluation-responses"]'))).toBe(
      '14 responses, reported without names.',
    );
    const [rating, written] = Array.from(
      root.querySelectorAll('[data-testid="evaluation-result"]'),
    );
    expect(text(rating?.querySelector('.result__average'))).toBe('Average 4.36 of 5 · 14 answered');
    expect(Array.from(rating?.querySelectorAll('.distribution__row') ?? []).map(text)).toEqual([
      '1 Strongly disagree: 0 answers',
      '2 Disagree: 1 answer',
      '3 Neutral: 1 answer',
      '4 Agree: 4 answers',
      '5 Strongly agree: 8 answers',
    ]);
    expect(Array.from(written?.querySelectorAll('.texts__item') ?? []).map(text)).toEqual([
      'More time on integration.',
      'Screen for hypertension every session.',
    ]);
  });
});
