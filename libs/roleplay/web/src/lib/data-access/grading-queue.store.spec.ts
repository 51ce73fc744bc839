import { TestBed } from '@angular/core/testing';
import { CurriculumApi } from '@lms/curriculum/web';
import { of } from 'rxjs';
import { courseSummary, failWith, queueItem } from '../testing/roleplay-fixtures';
import { GradingQueueStore } from './grading-queue.store';
import { RoleplayApi } from './roleplay.api';

describe('GradingQueueStore', () => {
  const api = { gradingQueue: jest.fn() };
  const curriculum = { listCourses: jest.fn() };
  let store: GradingQueueStore;

  const waiting = [
    queueItem('s1'),
    queueItem('s2', { roleplayId: 'r2', roleplayTitle: 'Informed consent' }),
    queueItem('s3', {
      roleplayId: 'r3',
      roleplayTitle: 'Acute distress',
      courseId: 'c2',
      courseTitle: 'Advanced facilitation',
    }),
  ];

  beforeEach(() => {
    api.gradingQueue.mockReturnValue(of({ total: 3, items: waiting }));
    curriculum.listCourses.mockReturnValue(
      of({
        total: 3,
        items: [
          courseSummary('c9', { title: 'A quiet course' }),
          courseSummary('c8', { title: 'Someone else’s course', canEdit: false }),
        ],
      }),
    );
    TestBed.configureTestingModule({
      providers: [
        GradingQueueStore,
        { provide: RoleplayApi, useValue: api },
        { provide: CurriculumApi, useValue: curriculum },
      ],
    });
    store = TestBed.inject(GradingQueueStore);
  });

  afterEach(() => {
    jest.clearAllMocks();
  });

  it('loads a page of the queue with the filters', async () => {
    await store.load({ courseId: 'c1', roleplayId: null, pageIndex: 2 });
    expect(api.gradingQueue).toHaveBeenCalledWith({
      courseId: 'c1',
      roleplayId: null,
      limit: 20,
      offset: 40,
    });
    expect(store.items().map((i) => i.submissionId)).toEqual(['s1', 's2', 's3']);
    expect(store.total()).toBe(3);
    expect(store.loaded()).toBe(true);
    expect(store.filtered()).toBe(true);
  });

  it('offers the courses taught and the role-plays waiting, by title', async () => {
    await store.load({ courseId: null, roleplayId: null, pageIndex: 0 });
    await new Promise((resolve) => setTimeout(resolve));
    expect(store.courseOptions().map((c) => c.title)).toEqual([
      'A quiet course',
      'Advanced facilitation',
      'Foundations of Ketamine-Assisted Psychotherapy',
    ]);
    expect(store.roleplayOptions().map((r) => r.id)).toEqual(['r3', 'r2', 'r1']);
    await store.load({ courseId: 'c1', roleplayId: null, pageIndex: 0 });
    expect(store.roleplayOptions().map((r) => r.title)).toEqual([
      'Informed consent',
      'Screening a client who discloses a contraindication',
    ]);
    // The options are gathered once.
    expect(curriculum.listCourses).toHaveBeenCalledTimes(1);
  });

  it('shows an empty queue without an error', async () => {
    api.gradingQueue.mockReturnValue(of({ total: 0, items: [] }));
    await store.load({ courseId: null, roleplayId: null, pageIndex: 0 });
    expect(store.items()).toEqual([]);
    expect(store.loaded()).toBe(true);
    expect(store.errors()).toEqual([]);
    expect(store.filtered()).toBe(false);
  });

  it('explains a failure', async () => {
    api.gradingQueue.mockReturnValue(failWith(500, 'INTERNAL'));
    await store.load({ courseId: null, roleplayId: null, pageIndex: 0 });
    expect(store.errors()).toEqual([
      'Something went wrong on our side. Please try again in a moment.',
    ]);
  });
});
