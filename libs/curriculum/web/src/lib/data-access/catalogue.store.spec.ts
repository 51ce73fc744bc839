import { TestBed } from '@angular/core/testing';
import type { CourseSummary } from '@lms/shared/contracts';
import { CourseStatus } from '@lms/shared/contracts';
import { of } from 'rxjs';
import { failWith } from '../testing/curriculum-fixtures';
import { CatalogueStore } from './catalogue.store';
import { CurriculumApi } from './curriculum.api';

function summary(id: string, changes: Partial<CourseSummary> = {}): CourseSummary {
  return {
    id,
    title: `Course ${id}`,
    summary: '',
    status: CourseStatus.Published,
    version: 1,
    publishedVersion: 1,
    hasDraft: false,
    moduleCount: 2,
    estimatedMinutes: 90,
    creditDesignations: [],
    enrolled: false,
    canEdit: false,
    updatedAt: '2026-01-05T10:00:00.000Z',
    ...changes,
  };
}

describe('CatalogueStore', () => {
  const api = { listCourses: jest.fn(), enroll: jest.fn() };
  let store: CatalogueStore;

  beforeEach(async () => {
    api.listCourses.mockReturnValue(
      of({
        items: [summary('a')],
        total: 1,
      }),
    );
    TestBed.configureTestingModule({
      providers: [CatalogueStore, { provide: CurriculumApi, useValue: api }],
    });
    store = TestBed.inject(CatalogueStore);
    await store.load();
  });

  it('asks for the learner view (published versions only) and lists what comes back', () => {
    expect(api.listCourses).toHaveBeenCalledWith(expect.objectContaining({ view: 'learner' }));
    expect(store.courses().map((c) => c.id)).toEqual(['a']);
    expect(store.total()).toBe(1);
  });

  it('enrolls and marks the course enrolled', async () => {
    api.enroll.mockReturnValue(of({ id: 'e1', courseId: 'a', version: 1, enrolledAt: '' }));
    await expect(store.enroll('a')).resolves.toBe(true);
    expect(store.courses()[0]?.enrolled).toBe(true);
    expect(store.enrolling()).toBeNull();
  });

  it('treats "already enrolled" as success', async () => {
    api.enroll.mockReturnValue(failWith(409, 'ALREADY_ENROLLED'));
    await expect(store.enroll('a')).resolves.toBe(true);
    expect(store.errors()).toEqual([]);
  });

  it('shows other failures', async () => {
    api.enroll.mockReturnValue(failWith(404, 'COURSE_NOT_FOUND'));
    await expect(store.enroll('a')).resolves.toBe(false);
    expect(store.errors()).toEqual(['We could not find that course. It may have been removed.']);
  });
});
