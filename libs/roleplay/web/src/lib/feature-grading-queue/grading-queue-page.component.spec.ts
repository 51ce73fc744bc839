import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { of } from 'rxjs';
import { courseSummary, queueItem } from '../testing/roleplay-fixtures';
import { buttonNamed, configurePages, openPage, settle, text } from '../testing/page-harness';

describe('GradingQueuePageComponent', () => {
  const api = { gradingQueue: jest.fn() };
  const curriculum = { listCourses: jest.fn() };

  beforeEach(() => {
    api.gradingQueue.mockReturnValue(
      of({
        total: 2,
        items: [
          queueItem('s1'),
          queueItem('s2', {
            traineeName: 'Robin Reader',
            roleplayTitle: 'Informed consent',
            roleplayId: 'r2',
            number: 2,
            waitingMinutes: 3 * 24 * 60 + 5,
          }),
        ],
      }),
    );
    curriculum.listCourses.mockReturnValue(of({ total: 1, items: [courseSummary('c1')] }));
    configurePages(api, curriculum);
  });

  afterEach(() => {
    TestBed.resetTestingModule();
    jest.clearAllMocks();
  });

  it('lists the waiting submissions, oldest first, each opening the grading view', async () => {
    const { root } = await openPage('/grading');
    expect(text(root.querySelector('h1'))).toBe('Grading');
    expect(text(root.querySelector('[data-testid="queue-caption"]'))).toBe(
      '2 submissions waiting, oldest first',
    );
    const headers = Array.from(root.querySelectorAll('thead th')).map(text);
    expect(headers).toEqual(['Trainee', 'Role-play', 'Attempt', 'Waiting']);
    const rows = Array.from(root.querySelectorAll('[data-testid="queue-row"]'));
    expect(rows).toHaveLength(2);
    const [first, second] = rows;
    expect(first?.querySelector('th a')?.getAttribute('href')).toBe('/grading/s1');
    expect(text(first)).toContain('Foundations of Ketamine-Assisted Psychotherapy');
    expect(text(first)).toContain('2 h 5 min');
    expect(text(second?.querySelector('th'))).toBe('Robin Reader');
    expect(text(second)).toContain('Informed consent');
    expect(text(second)).toContain('3 days');
    expect(root.querySelector('mat-paginator')).toBeNull();
  });

  it('filters by the course in the address', async () => {
    await openPage('/grading?courseId=c1&roleplayId=r2');
    expect(api.gradingQueue).toHaveBeenCalledWith({
      courseId: 'c1',
      roleplayId: 'r2',
      limit: 20,
      offset: 0,
    });
  });

  it('pages through a long queue', async () => {
    api.gradingQueue.mockReturnValue(
      of({ total: 45, items: Array.from({ length: 20 }, (_, i) => queueItem(`s${i}`)) }),
    );
    const { harness, root } = await openPage('/grading');
    const next = root.querySelector<HTMLButtonElement>('.mat-mdc-paginator-navigation-next');
    expect(next).not.toBeNull();
    next?.click();
    const router = TestBed.inject(Router);
    await settle(harness, () => router.url === '/grading?page=2');
    expect(router.url).toBe('/grading?page=2');
    expect(api.gradingQueue).toHaveBeenLastCalledWith({
      courseId: null,
      roleplayId: null,
      limit: 20,
      offset: 20,
    });
  });

  it('says when nothing waits, and when nothing matches the filters', async () => {
    api.gradingQueue.mockReturnValue(of({ total: 0, items: [] }));
    const { harness, root } = await openPage('/grading');
    expect(text(root.querySelector('lms-empty-state'))).toContain('Nothing to grade');
    expect(root.querySelector('table')).toBeNull();

    await harness.navigateByUrl('/grading?courseId=c1');
    await settle(harness);
    expect(text(root.querySelector('lms-empty-state'))).toContain('Nothing waiting here');
    buttonNamed(root, 'Show every course').click();
    const router = TestBed.inject(Router);
    await settle(harness, () => router.url === '/grading');
    expect(router.url).toBe('/grading');
  });
});
