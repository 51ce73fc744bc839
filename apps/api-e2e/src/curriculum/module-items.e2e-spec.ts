// The port is the API under test here: the e2e project may not import api libs otherwise.
// eslint-disable-next-line @nx/enforce-module-boundaries
import {
  type ModuleItemsStructure,
  ModuleItemsRegistry,
  ModuleItemsSource,
} from '@lms/curriculum/api';
import { queryDatabase } from '@lms/platform/api-testing';
import request from 'supertest';
import type { EntityManager } from 'typeorm';
import { createCourse, outlineOf } from '../support/curriculum';
import {
  bearer,
  DEMO,
  login,
  registerTrainee,
  startTestApp,
  type TestApp,
} from '../support/test-app';

/**
 * Another domain's items (quizzes) plugged into the outline through the ModuleItemsSource
 * port, as assessment will: they appear in the outline, gate the next module until passed,
 * and are copied when a published course gets a new draft.
 */
class InMemoryQuizzes extends ModuleItemsSource {
  readonly quizzes = new Map<string, { id: string; title: string }>();
  readonly passedBy = new Set<string>();
  copies: [string, string][] = [];

  load(
    _em: EntityManager,
    moduleIds: string[],
  ): Promise<Map<string, Partial<ModuleItemsStructure>>> {
    const found = new Map<string, Partial<ModuleItemsStructure>>();
    for (const moduleId of moduleIds) {
      const quiz = this.quizzes.get(moduleId);
      if (quiz) found.set(moduleId, { quizzes: [{ ...quiz, isPostTest: false }] });
    }
    return Promise.resolve(found);
  }

  override passed(_em: EntityManager, itemIds: string[], userId: string): Promise<string[]> {
    return Promise.resolve(itemIds.filter((id) => this.passedBy.has(`${userId}:${id}`)));
  }

  copy(_em: EntityManager, newModuleIdByOld: ReadonlyMap<string, string>): Promise<void> {
    this.copies.push(...newModuleIdByOld.entries());
    return Promise.resolve();
  }
}

describe('Curriculum: items of other domains in modules', () => {
  let t: TestApp;
  let instructor: string;
  const source = new InMemoryQuizzes();

  beforeAll(async () => {
    t = await startTestApp();
    t.app.get(ModuleItemsRegistry).register(source);
    instructor = (await login(t.http, DEMO.instructor)).accessToken;
  });
  afterAll(async () => {
    await t.close();
  });

  it('shows a quiz in the outline and keeps the next module locked until it is passed', async () => {
    // The quiz is added to the draft; publishing freezes the structure (then cached).
    const course = await createCourse(t.http, instructor, { modules: 2, lessons: 1 });
    const [m1, m2] = course.modules;
    source.quizzes.set(m1.id, {
      id: '00000000-0000-4000-8000-000000000001',
      title: 'Module 1 quiz',
    });
    await request(t.http)
      .post(`/api/courses/${course.id}/publish`)
      .set(bearer(instructor))
      .expect(200);
    const trainee = await registerTrainee(t.http);
    await request(t.http)
      .post(`/api/courses/${course.id}/enrollments`)
      .set(bearer(trainee.accessToken))
      .expect(201);
    const done = await request(t.http)
      .post(`/api/lessons/${m1.lessons[0].id}/complete`)
      .set(bearer(trainee.accessToken))
      .send({})
      .expect(200);
    expect(done.body.nextItem).toMatchObject({ kind: 'quiz', title: 'Module 1 quiz' });

    let outline = await outlineOf(t.http, trainee.accessToken, course.id);
    expect(outline.modules[0].quizzes).toEqual([
      {
        id: '00000000-0000-4000-8000-000000000001',
        title: 'Module 1 quiz',
        isPostTest: false,
        passed: false,
      },
    ]);
    expect(outline.modules[1].locked).toBe(true);
    expect(outline.percentComplete).toBe(33);
    await request(t.http)
      .get(`/api/lessons/${m2.lessons[0].id}`)
      .set(bearer(trainee.accessToken))
      .expect(403);

    source.passedBy.add(`${trainee.user.id}:00000000-0000-4000-8000-000000000001`);
    // A real source writes passes to PostgreSQL, whose trigger notifies the change (migration
    // NotifyOutlineChanges); this one lives in memory, so it announces the pass itself.
    await queryDatabase(t.db.url, "SELECT pg_notify('lms_invalidate', 'outline:' || $1)", [
      trainee.user.id,
    ]);
    const began = Date.now();
    do {
      outline = await outlineOf(t.http, trainee.accessToken, course.id);
    } while (outline.modules[1].locked && Date.now() - began < 2000);
    expect(outline.modules[1].locked).toBe(false);
    expect(outline.percentComplete).toBe(66);
    await request(t.http)
      .get(`/api/lessons/${m2.lessons[0].id}`)
      .set(bearer(trainee.accessToken))
      .expect(200);
  });

  it('asks the source to copy its items when a published course gets a new draft', async () => {
    const course = await createCourse(t.http, instructor, {
      modules: 2,
      lessons: 1,
      publish: true,
    });
    source.copies = [];
    const draft = await request(t.http)
      .patch(`/api/courses/${course.id}`)
      .set(bearer(instructor))
      .send({ summary: 'v2' })
      .expect(200);
    expect(new Map(source.copies)).toEqual(
      new Map(course.modules.map((m, i) => [m.id, (draft.body as typeof course).modules[i].id])),
    );
  });
});
