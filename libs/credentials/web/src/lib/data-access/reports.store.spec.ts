import type { HttpTestingController } from '@angular/common/http/testing';
import type { SavedFile } from '../testing/page-harness';
import { courseRows, creditsRows, evaluationResults } from '../testing/credentials-fixtures';
import { request } from '../testing/page-harness';
import { setUpStore } from '../testing/store-harness';
import { ReportsStore } from './reports.store';

describe('ReportsStore', () => {
  let store: ReportsStore;
  let backend: HttpTestingController;
  let saved: SavedFile[];

  beforeEach(() => {
    ({ store, backend, saved } = setUpStore(ReportsStore));
  });

  afterEach(() => {
    backend.verify();
  });

  it('pivots the credits report into one row per period, credit types side by side', async () => {
    const done = store.loadCredits({ period: 'month', from: '2026-01-01', to: '2026-02-28' });
    (
      await request('GET', '/api/reports/credits', {
        period: 'month',
        from: '2026-01-01',
        to: '2026-02-28',
      })
    ).flush(creditsRows());
    await done;
    expect(store.creditTypes()).toEqual(['apa', 'aswb_ace']);
    expect(store.periods()).toEqual([
      { period: '2026-01', credits: { apa: 13, aswb_ace: 6 }, certificates: 3, total: 19 },
      { period: '2026-02', credits: { apa: 6.5 }, certificates: 1, total: 6.5 },
    ]);
    expect(store.creditsTotal()).toBe(25.5);
  });

  it('downloads each report as CSV with the same query', async () => {
    let done = store.loadCredits({ period: 'year' });
    (await request('GET', '/api/reports/credits', { period: 'year' })).flush([]);
    await done;
    done = store.downloadCreditsCsv();
    (await request('GET', '/api/reports/credits', { period: 'year', format: 'csv' })).flush(
      new Blob(['period,creditType\n']),
    );
    await done;
    done = store.downloadCoursesCsv();
    (await request('GET', '/api/reports/courses', { format: 'csv' })).flush(new Blob(['x']));
    await done;
    expect(saved.map((f) => f.fileName)).toEqual(['credits-report.csv', 'courses-report.csv']);
  });

  it('loads the courses and one course’s evaluation results', async () => {
    const courses = store.loadCourses();
    (await request('GET', '/api/reports/courses', {})).flush(courseRows());
    await courses;
    expect(store.courses().map((c) => c.completionRate)).toEqual([75, 25]);
    const results = store.chooseEvaluationCourse('c1');
    (await request('GET', '/api/courses/c1/evaluation/results')).flush(evaluationResults());
    await results;
    expect(store.evaluation()?.responses).toBe(14);
    await store.chooseEvaluationCourse(null);
    expect(store.evaluation()).toBeNull();
  });
});
