import { TestBed } from '@angular/core/testing';
import { of } from 'rxjs';
import { quizResponse, quizStatistics } from '../testing/assessment-fixtures';
import { configurePages, openPage, settle, text } from '../testing/page-harness';

describe('QuizStatisticsPageComponent', () => {
  const api = { getQuiz: jest.fn(), statistics: jest.fn() };
  const url = '/authoring/quizzes/q1/statistics';

  beforeEach(() => {
    // jsdom has no canvas: chart.js gets no context and draws nothing (it logs that).
    jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    api.getQuiz.mockReturnValue(of(quizResponse({ questions: [] })));
    api.statistics.mockReturnValue(of(quizStatistics()));
    configurePages(api);
  });

  afterEach(() => {
    TestBed.resetTestingModule();
    jest.restoreAllMocks();
    jest.clearAllMocks();
  });

  async function open(): Promise<HTMLElement> {
    const { harness, root } = await openPage(url);
    await settle(harness, () => root.querySelector('h1') !== null);
    return harness.routeNativeElement as HTMLElement;
  }

  it('sums up attempts, mean score and pass rate', async () => {
    const root = await open();
    expect(text(root.querySelector('h1'))).toBe('Check your understanding: Pharmacology');
    const summary = Array.from(root.querySelectorAll('.summary__item')).map(text);
    expect(summary).toEqual([
      'Attempts4',
      'Mean score72.5%',
      'Pass rate50%',
      'Flagged for review1',
    ]);
  });

  it('gives each chart a text alternative: a label and a data table', async () => {
    const root = await open();
    const canvases = Array.from(root.querySelectorAll('canvas'));
    expect(canvases).toHaveLength(2);
    for (const canvas of canvases) {
      expect(canvas.getAttribute('role')).toBe('img');
      expect(canvas.getAttribute('aria-label')?.length).toBeGreaterThan(20);
    }
    const details = Array.from(root.querySelectorAll('details'));
    expect(details.map((d) => text(d.querySelector('summary')))).toEqual([
      'Score distribution as a table',
      'Difficulty and discrimination as a table',
    ]);
    expect(details[0]?.querySelectorAll('tbody tr')).toHaveLength(10);
    expect(text(details[0]?.querySelectorAll('tbody tr')[6])).toBe('60–69%2');
  });

  it('lists the questions with 3-decimal statistics, pick rates and a Review flag', async () => {
    const root = await open();
    const rows = Array.from(root.querySelectorAll('[data-testid="stat-question"]'));
    expect(rows).toHaveLength(2);
    const cells = (row: Element | undefined): string[] =>
      Array.from(row?.querySelectorAll('th, td') ?? []).map(text);
    expect(cells(rows[0]).slice(2)).toEqual(['4', '0.750', '0.412']);
    expect(rows[0]?.querySelector('[data-testid="review-flag"]')).toBeNull();
    expect(cells(rows[1]).slice(3)).toEqual(['0.500', '0.100 Review']);
    const picks = Array.from(rows[0]?.querySelectorAll('.pick') ?? []).map(text);
    expect(picks).toEqual(['Option x1-a (correct): picked by 75%', 'Option x1-b : picked by 25%']);
  });

  it('says so when nobody has submitted yet, without charts', async () => {
    api.statistics.mockReturnValue(
      of(quizStatistics({ attempts: 0, meanScore: null, passRate: null, questions: [] })),
    );
    const root = await open();
    expect(text(root)).toContain('No submitted attempts yet');
    expect(root.querySelector('canvas')).toBeNull();
  });
});
