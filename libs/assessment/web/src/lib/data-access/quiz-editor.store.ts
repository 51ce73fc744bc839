import { Injectable, computed, inject, signal } from '@angular/core';
import { CurriculumApi } from '@lms/curriculum/web';
import { httpStatusOf } from '@lms/platform/web';
import type {
  AuthorQuestion,
  CourseOutline,
  CreateQuestionRequest,
  QuizResponse,
  RegradeResponse,
  UpdateQuestionRequest,
} from '@lms/shared/contracts';
import { CourseStatus } from '@lms/shared/contracts';
import { firstValueFrom } from 'rxjs';
import { AssessmentApi } from './assessment.api';
import { assessmentErrorMessages } from './assessment-errors';

interface QuizEditorState {
  quiz: QuizResponse | null;
  outline: CourseOutline | null;
  loading: boolean;
  notFound: boolean;
  errors: readonly string[];
  /** The outcome of the last write, announced politely. */
  notice: string;
  tagFilter: string | null;
  /** A question whose key just changed: past attempts keep their scores until regraded. */
  regradeCandidate: AuthorQuestion | null;
  regrading: boolean;
  regradeResult: RegradeResponse | null;
}

/** A question with its number in the quiz (kept when the list is filtered by tag). */
export interface NumberedQuestion {
  number: number;
  question: AuthorQuestion;
}

/** What grading depends on: type, points, partial credit and which options are correct. */
export function answerKeyOf(question: AuthorQuestion): string {
  const correct = question.options
    .filter((o) => o.correct)
    .map((o) => o.id)
    .sort();
  return JSON.stringify([question.type, question.points, question.partialCredit, correct]);
}

/**
 * The quiz editor: settings, questions with their key, add and edit questions, regrade past
 * attempts after a key correction. Adding a question to a published course's quiz creates a
 * draft version with a new quiz id: `quiz().id` changes and the page follows it.
 */
@Injectable()
export class QuizEditorStore {
  private readonly api = inject(AssessmentApi);
  private readonly curriculum = inject(CurriculumApi);
  private readonly state = signal<QuizEditorState>({
    quiz: null,
    outline: null,
    loading: false,
    notFound: false,
    errors: [],
    notice: '',
    tagFilter: null,
    regradeCandidate: null,
    regrading: false,
    regradeResult: null,
  });

  readonly quiz = computed(() => this.state().quiz);
  readonly outline = computed(() => this.state().outline);
  readonly loading = computed(() => this.state().loading);
  readonly notFound = computed(() => this.state().notFound);
  readonly errors = computed(() => this.state().errors);
  readonly notice = computed(() => this.state().notice);
  readonly tagFilter = computed(() => this.state().tagFilter);
  readonly regradeCandidate = computed(() => this.state().regradeCandidate);
  readonly regrading = computed(() => this.state().regrading);
  readonly regradeResult = computed(() => this.state().regradeResult);

  readonly questions = computed<readonly AuthorQuestion[]>(() => this.quiz()?.questions ?? []);
  /** Staff see the key; anyone else (e.g. an enrolled admin) gets no questions. */
  readonly hasKey = computed(() => this.quiz()?.questions !== undefined);
  readonly tags = computed(() =>
    [...new Set(this.questions().flatMap((q) => q.tags))].sort((a, b) => a.localeCompare(b)),
  );
  readonly visibleQuestions = computed<NumberedQuestion[]>(() => {
    const tag = this.tagFilter();
    return this.questions()
      .map((question, i) => ({ number: i + 1, question }))
      .filter(({ question }) => tag === null || question.tags.includes(tag));
  });
  readonly moduleTitle = computed(() => {
    const quiz = this.quiz();
    return this.outline()?.modules.find((m) => m.id === quiz?.moduleId)?.title ?? null;
  });
  readonly canEdit = computed(() => this.outline()?.canEdit ?? this.hasKey());

  async load(quizId: string): Promise<void> {
    this.state.update((s) => ({ ...s, loading: true, notFound: false, errors: [] }));
    try {
      const quiz = await firstValueFrom(this.api.getQuiz(quizId));
      const outline = await this.fetchOutline(quiz.courseId);
      this.state.update((s) => ({ ...s, quiz, outline, loading: false }));
    } catch (error: unknown) {
      const notFound = httpStatusOf(error) === 404;
      this.state.update((s) => ({
        ...s,
        quiz: null,
        loading: false,
        notFound,
        errors: notFound ? [] : assessmentErrorMessages(error),
      }));
    }
  }

  setTagFilter(tag: string | null): void {
    this.state.update((s) => ({ ...s, tagFilter: tag }));
  }

  clearMessages(): void {
    this.state.update((s) => ({ ...s, errors: [], notice: '' }));
  }

  /** Adds a question to the bank and this quiz (a published course gets a new draft). */
  async addQuestion(request: CreateQuestionRequest): Promise<boolean> {
    const quiz = this.quiz();
    if (!quiz) return false;
    this.clearMessages();
    try {
      const updated = await firstValueFrom(this.api.addQuestion(quiz.id, request));
      const draftStarted = updated.id !== quiz.id;
      const before = this.outline();
      const outline = draftStarted ? await this.fetchOutline(updated.courseId) : before;
      this.state.update((s) => ({
        ...s,
        quiz: updated,
        outline: outline ?? s.outline,
        notice: draftStarted
          ? `Question added to the new draft${draftVersionNote(before)}. Trainees keep the published version until you publish the draft.`
          : 'Question added.',
      }));
      return true;
    } catch (error: unknown) {
      this.state.update((s) => ({ ...s, errors: assessmentErrorMessages(error) }));
      return false;
    }
  }

  /**
   * Edits a bank question in place (every version that uses it). When its key changed, past
   * attempts keep their scores until the instructor regrades them: `regradeCandidate()`.
   */
  async updateQuestion(question: AuthorQuestion, request: UpdateQuestionRequest): Promise<boolean> {
    this.clearMessages();
    try {
      const saved = await firstValueFrom(this.api.updateQuestion(question.id, request));
      const keyChanged = answerKeyOf(saved) !== answerKeyOf(question);
      this.state.update((s) => ({
        ...s,
        quiz: s.quiz && {
          ...s.quiz,
          questions: s.quiz.questions?.map((q) => (q.id === saved.id ? saved : q)),
        },
        notice: keyChanged
          ? 'Question saved. Its answer key changed: past attempts keep their scores until you regrade them.'
          : 'Question saved.',
        regradeCandidate: keyChanged ? saved : s.regradeCandidate,
        regradeResult: keyChanged ? null : s.regradeResult,
      }));
      return true;
    } catch (error: unknown) {
      this.state.update((s) => ({ ...s, errors: assessmentErrorMessages(error) }));
      return false;
    }
  }

  /** Applies the corrected key to every submitted attempt that had the question (audited). */
  async regrade(): Promise<boolean> {
    const question = this.regradeCandidate();
    if (!question || this.regrading()) return false;
    this.state.update((s) => ({ ...s, regrading: true, errors: [], notice: '' }));
    try {
      const result = await firstValueFrom(this.api.regrade(question.id));
      this.state.update((s) => ({
        ...s,
        regrading: false,
        regradeCandidate: null,
        regradeResult: result,
      }));
      return true;
    } catch (error: unknown) {
      this.state.update((s) => ({
        ...s,
        regrading: false,
        errors: assessmentErrorMessages(error),
      }));
      return false;
    }
  }

  dismissRegrade(): void {
    this.state.update((s) => ({ ...s, regradeCandidate: null, regradeResult: null }));
  }

  private async fetchOutline(courseId: string): Promise<CourseOutline | null> {
    try {
      return await firstValueFrom(this.curriculum.getCourse(courseId));
    } catch {
      return null;
    }
  }
}

function draftVersionNote(outline: CourseOutline | null): string {
  if (outline?.status !== CourseStatus.Published) return '';
  return ` (version ${outline.version + 1})`;
}
