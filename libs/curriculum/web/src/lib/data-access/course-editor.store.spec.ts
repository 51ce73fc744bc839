import { TestBed } from '@angular/core/testing';
import type { CourseOutline } from '@lms/shared/contracts';
import { CourseStatus, ModuleCategory } from '@lms/shared/contracts';
import type { Observable } from 'rxjs';
import { Subject, of } from 'rxjs';
import { courseOutline, failWith, outlineModule } from '../testing/curriculum-fixtures';
import { CourseEditorStore, moveItem } from './course-editor.store';
import { CurriculumApi } from './curriculum.api';

const published = courseOutline({
  canEdit: true,
  enrolled: false,
  nextItem: null,
  modules: [outlineModule('m1', ['l1']), outlineModule('m2', ['l2', 'l3'])],
});

/** The same course after the first edit: a draft of version 2 with new ids. */
function draftV2(modules = ['n1', 'n2']): CourseOutline {
  return courseOutline({
    ...published,
    status: CourseStatus.Draft,
    version: 2,
    hasDraft: true,
    modules: modules.map((id) => outlineModule(id, [`${id}-lesson`])),
  });
}

/** Lets queued writes reach the API. */
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve));

class FakeCurriculumApi implements Partial<CurriculumApi> {
  getCourse = jest.fn((): Observable<CourseOutline> => of(published));
  reorderModules = jest.fn((): Observable<CourseOutline> => of(draftV2(['n2', 'n1'])));
  reorderLessons = jest.fn((): Observable<CourseOutline> => of(published));
  addModule = jest.fn(() =>
    of({
      id: 'n3',
      courseId: 'c1',
      version: 2,
      title: 'Integration',
      category: ModuleCategory.Integration,
      position: 2,
      learningObjectives: [],
    }),
  );
  publish = jest.fn((): Observable<CourseOutline> => of(published));
  updateCourse = jest.fn((): Observable<CourseOutline> => of(draftV2()));
  addQuiz = jest.fn(() => of({ id: 'qz1' }));
}

describe('CourseEditorStore', () => {
  let api: FakeCurriculumApi;
  let store: CourseEditorStore;

  beforeEach(async () => {
    api = new FakeCurriculumApi();
    TestBed.configureTestingModule({
      providers: [CourseEditorStore, { provide: CurriculumApi, useValue: api }],
    });
    store = TestBed.inject(CourseEditorStore);
    await store.load('c1');
  });

  it('moves an item in a list', () => {
    expect(moveItem(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
  });

  it('loads the outline and says what editing a published course does', () => {
    expect(store.outline()?.title).toBe(published.title);
    expect(store.isDraft()).toBe(false);
    expect(store.draftVersion()).toBe(2);
  });

  it('shows a new module order at once, saves every id, then keeps the ids the API returns', async () => {
    const answer = new Subject<CourseOutline>();
    api.reorderModules.mockReturnValue(answer);
    const saved = store.moveModule(1, 0);
    expect(store.modules().map((m) => m.id)).toEqual(['m2', 'm1']);
    expect(store.saving()).toBe(true);

    await settle();
    answer.next(draftV2(['n2', 'n1']));
    answer.complete();
    await expect(saved).resolves.toBe(true);
    expect(api.reorderModules).toHaveBeenCalledWith('c1', ['m2', 'm1']);
    // The published course was copied into a draft: new ids, version 2.
    expect(store.modules().map((m) => m.id)).toEqual(['n2', 'n1']);
    expect(store.outline()?.version).toBe(2);
    expect(store.notice()).toBe(
      'Module “Module m2” moved to position 1 of 2. Version 2 is now a draft; trainees keep version 1 until you publish.',
    );
    expect(store.saving()).toBe(false);
  });

  it('puts the saved order back when the API refuses a reorder', async () => {
    api.reorderModules.mockReturnValue(failWith(400, 'INVALID_ORDER'));
    await expect(store.moveModule(0, 1)).resolves.toBe(false);
    expect(store.modules().map((m) => m.id)).toEqual(['m1', 'm2']);
    expect(store.errors()).toEqual([
      'The course changed while you were reordering it. Reload the page and try again.',
    ]);
    expect(store.notice()).toBe('');
  });

  it('ignores moves past either end', async () => {
    await expect(store.moveModule(0, -1)).resolves.toBe(false);
    await expect(store.moveModule(1, 2)).resolves.toBe(false);
    expect(api.reorderModules).not.toHaveBeenCalled();
  });

  it('reorders lessons inside their module', async () => {
    const module = store.modules()[1];
    if (!module) throw new Error('no module');
    await store.moveLesson(module, 1, 0);
    expect(api.reorderLessons).toHaveBeenCalledWith('m2', ['l3', 'l2']);
  });

  it('reloads the outline after a write that does not return it', async () => {
    api.getCourse.mockReturnValue(of(draftV2(['n1', 'n2', 'n3'])));
    await expect(
      store.addModule({
        title: 'Integration',
        category: ModuleCategory.Integration,
        learningObjectives: [],
      }),
    ).resolves.toBe(true);
    expect(store.modules().map((m) => m.id)).toEqual(['n1', 'n2', 'n3']);
    expect(store.notice()).toContain('Module “Integration” added.');
  });

  it('runs writes one after another and shows only the last answer', async () => {
    const first = new Subject<CourseOutline>();
    api.reorderModules.mockReturnValueOnce(first).mockReturnValueOnce(of(draftV2(['n1', 'n2'])));
    const one = store.moveModule(1, 0);
    const two = store.moveModule(1, 0);
    // The second move is shown at once, on top of the first.
    expect(store.modules().map((m) => m.id)).toEqual(['m1', 'm2']);
    await settle();
    expect(api.reorderModules).toHaveBeenCalledTimes(1);

    first.next(draftV2(['n2', 'n1']));
    first.complete();
    await Promise.all([one, two]);
    expect(api.reorderModules).toHaveBeenCalledTimes(2);
    expect(api.reorderModules).toHaveBeenLastCalledWith('c1', ['m1', 'm2']);
    expect(store.modules().map((m) => m.id)).toEqual(['n1', 'n2']);
  });

  it('lists what is missing when publishing is refused (422)', async () => {
    api.updateCourse.mockReturnValue(of(draftV2()));
    await store.saveDetails({ title: 'Foundations' });
    api.publish.mockReturnValue(
      failWith(422, 'NOT_READY_TO_PUBLISH', { missing: ['a lesson in module "Integration"'] }),
    );
    await expect(store.publish()).resolves.toBe(false);
    expect(store.missing()).toEqual(['a lesson in module "Integration"']);
    expect(store.errors()).toEqual(['This draft is not ready to publish yet.']);
  });

  it('publishes the draft', async () => {
    api.updateCourse.mockReturnValue(of(draftV2()));
    await store.saveDetails({ title: 'Foundations' });
    api.publish.mockReturnValue(
      of({ ...draftV2(), status: CourseStatus.Published, publishedVersion: 2 }),
    );
    await expect(store.publish()).resolves.toBe(true);
    expect(store.notice()).toBe('Version 2 is published. New trainees enroll in version 2.');
    expect(store.isDraft()).toBe(false);
  });

  it('adds a quiz to a module, then shows the outline with its (draft) ids', async () => {
    const withQuiz = draftV2();
    withQuiz.modules[0]?.quizzes.push({
      id: 'qz1',
      title: 'Course post-test',
      isPostTest: true,
      passed: false,
    });
    api.getCourse.mockReturnValue(of(withQuiz));
    const module = store.modules()[0];
    if (!module) throw new Error('no module');
    expect(store.hasPostTest()).toBe(false);
    const request = {
      title: 'Course post-test',
      passingScore: 75,
      maxAttempts: 3,
      shuffle: true,
      isPostTest: true,
    };
    await expect(store.addQuiz(module, request)).resolves.toBe(true);
    expect(api.addQuiz).toHaveBeenCalledWith('m1', request);
    expect(store.modules()[0]?.quizzes.map((q) => q.id)).toEqual(['qz1']);
    expect(store.hasPostTest()).toBe(true);
    expect(store.notice()).toContain('Quiz “Course post-test” added to “Module m1”.');
  });
});
