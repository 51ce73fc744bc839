import type { HttpTestingController } from '@angular/common/http/testing';
import { LearningFormat } from '@lms/shared/contracts';
import { courseOutline, evaluationForm } from '../testing/credentials-fixtures';
import { request } from '../testing/page-harness';
import { setUpStore } from '../testing/store-harness';
import { CourseCreditSettingsStore } from './course-credit-settings.store';

describe('CourseCreditSettingsStore', () => {
  let store: CourseCreditSettingsStore;
  let backend: HttpTestingController;

  beforeEach(() => {
    ({ store, backend } = setUpStore(CourseCreditSettingsStore));
  });

  afterEach(() => {
    backend.verify();
  });

  async function load(): Promise<void> {
    const done = store.load('c1');
    (await request('GET', '/api/courses/c1')).flush(courseOutline());
    (await request('GET', '/api/courses/c1/ce-settings')).flush({
      learningFormat: LearningFormat.EnduringMaterial,
      validityMonths: null,
    });
    (await request('GET', '/api/courses/c1/evaluation')).flush(evaluationForm());
    await done;
  }

  it('loads the course, its CE settings and its evaluation form', async () => {
    await load();
    expect(store.courseTitle()).toBe('Foundations of Ketamine-Assisted Psychotherapy');
    expect(store.canEdit()).toBe(true);
    expect(store.settings()?.validityMonths).toBeNull();
    expect(store.evaluation()?.questions).toHaveLength(3);
  });

  it('puts the CE settings and the evaluation questions', async () => {
    await load();
    let done = store.saveSettings({ learningFormat: LearningFormat.Blended, validityMonths: 24 });
    const settings = await request('PUT', '/api/courses/c1/ce-settings');
    expect(settings.request.body).toEqual({ learningFormat: 'blended', validityMonths: 24 });
    settings.flush({ learningFormat: LearningFormat.Blended, validityMonths: 24 });
    await expect(done).resolves.toBe(true);
    expect(store.settings()?.validityMonths).toBe(24);
    expect(store.settingsNotice()).toBe('CE settings saved.');
    expect(store.evaluationNotice()).toBe('');

    const questions = [
      { id: 'e1', prompt: 'Met the objectives.', kind: 'rating' as const, required: true },
      { prompt: 'Anything else?', kind: 'text' as const, required: false },
    ];
    done = store.saveEvaluation({ questions });
    const evaluation = await request('PUT', '/api/courses/c1/evaluation');
    expect(evaluation.request.body).toEqual({ questions });
    evaluation.flush(
      evaluationForm({
        questions: [
          { id: 'e1', prompt: 'Met the objectives.', kind: 'rating', required: true },
          { id: 'e9', prompt: 'Anything else?', kind: 'text', required: false },
        ],
      }),
    );
    await expect(done).resolves.toBe(true);
    expect(store.notice()).toBe('Evaluation saved: 2 questions.');
    // Shown beside the button that saved it, not beside the other form's.
    expect(store.evaluationNotice()).toBe('Evaluation saved: 2 questions.');
    expect(store.settingsNotice()).toBe('');
  });
});
