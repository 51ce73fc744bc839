import { TestBed } from '@angular/core/testing';
import { of } from 'rxjs';
import {
  failWith,
  courseOutline,
  lessonResponse,
  progressResponse,
} from '../testing/curriculum-fixtures';
import { CurriculumApi } from './curriculum.api';
import { LessonReaderStore } from './lesson-reader.store';

describe('LessonReaderStore', () => {
  const api = {
    getLesson: jest.fn(),
    getCourse: jest.fn(),
    completeLesson: jest.fn(),
  };
  let store: LessonReaderStore;

  beforeEach(() => {
    api.getLesson.mockReturnValue(of(lessonResponse()));
    api.getCourse.mockReturnValue(of(courseOutline()));
    api.completeLesson.mockReturnValue(of(progressResponse()));
    TestBed.configureTestingModule({
      providers: [LessonReaderStore, { provide: CurriculumApi, useValue: api }],
    });
    store = TestBed.inject(LessonReaderStore);
  });

  afterEach(() => {
    jest.clearAllMocks();
  });

  it('opens a lesson with its course and records progress for an enrolled trainee', async () => {
    await store.open('c1', 'l1');
    expect(store.lesson()?.title).toBe('Lesson l1');
    expect(store.outline()?.title).toBe('Foundations of Ketamine-Assisted Psychotherapy');
    expect(store.tracksProgress()).toBe(true);
    expect(store.isPreview()).toBe(false);
  });

  it('loads the course once while moving between its lessons', async () => {
    await store.open('c1', 'l1');
    api.getLesson.mockReturnValue(of(lessonResponse({ id: 'l2', title: 'Lesson l2' })));
    await store.open('c1', 'l2');
    expect(api.getCourse).toHaveBeenCalledTimes(1);
    expect(store.lesson()?.id).toBe('l2');
  });

  it('treats staff (not enrolled) as a preview', async () => {
    api.getCourse.mockReturnValue(of(courseOutline({ enrolled: false, canEdit: true })));
    await store.open('c1', 'l1');
    expect(store.tracksProgress()).toBe(false);
    expect(store.isPreview()).toBe(true);
  });

  it('does not record progress on a lesson of another version than the enrolled one', async () => {
    api.getLesson.mockReturnValue(of(lessonResponse({ version: 2 })));
    await store.open('c1', 'l1');
    expect(store.tracksProgress()).toBe(false);
  });

  it.each([
    [403, 'LESSON_LOCKED', 'locked'],
    [403, 'NOT_ENROLLED', 'not-enrolled'],
    [404, 'LESSON_NOT_FOUND', 'not-found'],
  ])('explains why a lesson cannot open (%i %s)', async (status, code, blocked) => {
    api.getLesson.mockReturnValue(failWith(status, code));
    await store.open('c1', 'l3');
    expect(store.lesson()).toBeNull();
    expect(store.blocked()).toBe(blocked);
    expect(store.errors()).toEqual([]);
  });

  it('completes the lesson with the unreported seconds and marks it done', async () => {
    await store.open('c1', 'l1');
    const progress = await store.complete(42);
    expect(api.completeLesson).toHaveBeenCalledWith('l1', 42);
    expect(progress?.nextItem?.id).toBe('l2');
    expect(store.lesson()?.completed).toBe(true);
    expect(store.outline()?.percentComplete).toBe(33);
    expect(store.outline()?.modules[0]?.lessons[0]?.completed).toBe(true);
  });

  it('keeps the lesson and shows an error when completing fails', async () => {
    await store.open('c1', 'l1');
    api.completeLesson.mockReturnValue(failWith(503, 'INTERNAL'));
    await expect(store.complete(5)).resolves.toBeNull();
    expect(store.lesson()?.completed).toBe(false);
    expect(store.errors()).toEqual([
      'Something went wrong on our side. Please try again in a moment.',
    ]);
  });
});
