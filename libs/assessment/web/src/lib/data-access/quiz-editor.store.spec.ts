import { TestBed } from '@angular/core/testing';
import { CurriculumApi } from '@lms/curriculum/web';
import type { UpdateQuestionRequest } from '@lms/shared/contracts';
import { CourseStatus } from '@lms/shared/contracts';
import { of } from 'rxjs';
import {
  authorQuestion,
  courseOutline,
  failWith,
  quizResponse,
} from '../testing/assessment-fixtures';
import { AssessmentApi } from './assessment.api';
import { QuizEditorStore, answerKeyOf } from './quiz-editor.store';

const request: UpdateQuestionRequest = {
  type: 'single',
  prompt: 'New?',
  options: [
    { text: 'Yes', correct: true },
    { text: 'No', correct: false },
  ],
  points: 1,
  tags: [],
  partialCredit: false,
};

describe('QuizEditorStore', () => {
  const api = {
    getQuiz: jest.fn(),
    addQuestion: jest.fn(),
    updateQuestion: jest.fn(),
    regrade: jest.fn(),
  };
  const curriculum = { getCourse: jest.fn() };
  let store: QuizEditorStore;

  beforeEach(() => {
    api.getQuiz.mockReturnValue(
      of(
        quizResponse({
          questions: [
            authorQuestion('x1', { tags: ['nmda', 'mechanism'] }),
            authorQuestion('x2', { tags: ['safety'] }),
          ],
        }),
      ),
    );
    curriculum.getCourse.mockReturnValue(of(courseOutline({ canEdit: true, enrolled: false })));
    TestBed.configureTestingModule({
      providers: [
        QuizEditorStore,
        { provide: AssessmentApi, useValue: api },
        { provide: CurriculumApi, useValue: curriculum },
      ],
    });
    store = TestBed.inject(QuizEditorStore);
  });

  afterEach(() => {
    jest.clearAllMocks();
  });

  it('lists the questions with their tags and filters by tag, keeping numbers', async () => {
    await store.load('q1');
    expect(store.tags()).toEqual(['mechanism', 'nmda', 'safety']);
    store.setTagFilter('safety');
    expect(store.visibleQuestions().map((q) => [q.number, q.question.id])).toEqual([[2, 'x2']]);
    store.setTagFilter(null);
    expect(store.visibleQuestions()).toHaveLength(2);
  });

  it('follows the quiz into the new draft when adding to a published course', async () => {
    await store.load('q1');
    api.addQuestion.mockReturnValue(of(quizResponse({ id: 'q1-draft', questions: [] })));
    curriculum.getCourse.mockReturnValue(
      of(courseOutline({ status: CourseStatus.Draft, version: 2, canEdit: true })),
    );
    await expect(store.addQuestion(request)).resolves.toBe(true);
    expect(api.addQuestion).toHaveBeenCalledWith('q1', request);
    expect(store.quiz()?.id).toBe('q1-draft');
    expect(store.outline()?.version).toBe(2);
    expect(store.notice()).toContain('new draft (version 2)');
  });

  it('shows the API’s explanation of an invalid key', async () => {
    await store.load('q1');
    api.addQuestion.mockReturnValue(
      failWith(400, 'INVALID_QUESTION', 'a single question has exactly 1 correct option'),
    );
    await expect(store.addQuestion(request)).resolves.toBe(false);
    expect(store.errors()).toEqual(['A single question has exactly 1 correct option.']);
  });

  it('offers a regrade only when the answer key changed, then shows the summary', async () => {
    await store.load('q1');
    const original = store.questions()[0];
    api.updateQuestion.mockReturnValue(of({ ...original, prompt: 'Reworded' }));
    await store.updateQuestion(original, request);
    expect(store.regradeCandidate()).toBeNull();
    expect(store.questions()[0]?.prompt).toBe('Reworded');

    const rekeyed = {
      ...original,
      options: original.options.map((o) => ({ ...o, correct: !o.correct })),
    };
    api.updateQuestion.mockReturnValue(of(rekeyed));
    await store.updateQuestion(store.questions()[0], request);
    expect(store.regradeCandidate()?.id).toBe('x1');

    api.regrade.mockReturnValue(
      of({ questionId: 'x1', attemptsChecked: 4, attemptsChanged: 1, changes: [] }),
    );
    await expect(store.regrade()).resolves.toBe(true);
    expect(api.regrade).toHaveBeenCalledWith('x1');
    expect(store.regradeCandidate()).toBeNull();
    expect(store.regradeResult()?.attemptsChanged).toBe(1);
  });

  it('reads the answer key from type, points, partial credit and the correct options', () => {
    const q = authorQuestion('x1');
    expect(answerKeyOf(q)).toBe(answerKeyOf({ ...q, prompt: 'Other', rationale: null }));
    expect(answerKeyOf(q)).not.toBe(answerKeyOf({ ...q, points: 2 }));
  });
});
