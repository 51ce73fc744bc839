import {
  ChangeDetectionStrategy,
  Component,
  type ElementRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatChipsModule } from '@angular/material/chips';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { AlertComponent, EmptyStateComponent, PageHeaderComponent } from '@lms/platform/web-ui';
import type { AuthorQuestion, TraineeQuestion, UpdateQuestionRequest } from '@lms/shared/contracts';
import { CourseStatus } from '@lms/shared/contracts';
import { firstValueFrom, map } from 'rxjs';
import { QuizEditorStore } from '../data-access/quiz-editor.store';
import { confirmAction } from '@lms/platform/web-ui/confirm-dialog';
import { PostTestBadgeComponent } from '../ui/post-test-badge.component';
import { QuestionFieldComponent } from '../ui/question-field.component';
import {
  QUESTION_KIND_LABELS,
  formatDuration,
  formatScore,
  questionsText,
} from '../ui/quiz-format';
import { QuestionDialogComponent, type QuestionDialogData } from './question-dialog.component';

const ALL_TAGS = '';

/** A question as trainees see it: no key, no rationale, no feedback, no tags. */
function asTrainee(question: AuthorQuestion): TraineeQuestion {
  return {
    id: question.id,
    type: question.type,
    prompt: question.prompt,
    points: question.points,
    options: question.options.map((o) => ({ id: o.id, text: o.text })),
  };
}

/** The quiz editor: settings, the questions with their key, add/edit, regrade, preview. */
@Component({
  selector: 'lms-quiz-editor-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatChipsModule,
    MatIconModule,
    MatProgressBarModule,
    AlertComponent,
    EmptyStateComponent,
    PageHeaderComponent,
    PostTestBadgeComponent,
    QuestionFieldComponent,
  ],
  providers: [QuizEditorStore],
  templateUrl: './quiz-editor-page.component.html',
  styleUrl: './quiz-editor-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class QuizEditorPageComponent {
  protected readonly store = inject(QuizEditorStore);
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);
  private readonly previewHeading = viewChild<ElementRef<HTMLElement>>('previewHeading');
  private readonly questionsHeading = viewChild<ElementRef<HTMLElement>>('questionsHeading');

  protected readonly kindLabels = QUESTION_KIND_LABELS;
  protected readonly score = formatScore;
  protected readonly duration = formatDuration;
  protected readonly questionsPerAttempt = questionsText;
  protected readonly allTags = ALL_TAGS;
  protected readonly routeQuizId = signal('');
  protected readonly previewing = signal(false);
  /** Answers picked in the preview; never sent anywhere. */
  protected readonly previewAnswers = signal<Readonly<Partial<Record<string, string[]>>>>({});
  protected readonly previewQuestions = computed(() => this.store.questions().map(asTrainee));

  protected readonly perTag = computed(() =>
    Object.entries(this.store.quiz()?.questionsPerTag ?? {}).map(([tag, count]) => ({
      tag,
      count,
    })),
  );
  /** What editing means for trainees, given where the course stands. */
  protected readonly versionNotice = computed(() => {
    const outline = this.store.outline();
    if (!outline) return '';
    if (outline.status === CourseStatus.Published) {
      return `Version ${outline.version} is published. Adding a question starts version ${outline.version + 1} as a draft (the quiz gets a new address); trainees keep version ${outline.version} until you publish. Editing a question changes it in every version that uses it.`;
    }
    return `You are editing the draft of version ${outline.version}. Editing a question changes it in every version that uses it, including published ones.`;
  });

  constructor() {
    inject(ActivatedRoute)
      .paramMap.pipe(
        map((params) => params.get('quizId') ?? ''),
        takeUntilDestroyed(),
      )
      .subscribe((quizId) => {
        this.routeQuizId.set(quizId);
        // The store already holds the draft this page moved to: no reload needed.
        if (this.store.quiz()?.id !== quizId) void this.store.load(quizId);
      });
    // The first change to a published course moves the quiz into a new draft: follow it.
    effect(() => {
      const quiz = this.store.quiz();
      const routeId = this.routeQuizId();
      if (!quiz || routeId === '' || quiz.id === routeId) return;
      untracked(() => {
        void this.router.navigate(['/authoring/quizzes', quiz.id], { replaceUrl: true });
      });
    });
  }

  protected filterByTag(value: unknown): void {
    this.store.setTagFilter(typeof value === 'string' && value !== ALL_TAGS ? value : null);
  }

  protected async addQuestion(): Promise<void> {
    await this.openDialog(null);
  }

  protected async editQuestion(question: AuthorQuestion): Promise<void> {
    await this.openDialog(question);
  }

  protected async regrade(): Promise<void> {
    const question = this.store.regradeCandidate();
    if (!question) return;
    const confirmed = await confirmAction(this.dialog, {
      heading: 'Regrade past attempts?',
      paragraphs: [
        `Every submitted attempt that was given “${question.prompt}” is graded again with the corrected key and points.`,
        'Scores of past attempts change, and a trainee may pass or fail where they did not before. Certificates already issued are not changed.',
        'Each changed attempt is recorded in the audit trail with its score before and after.',
      ],
      confirmLabel: 'Regrade past attempts',
    });
    if (confirmed) await this.store.regrade();
  }

  protected togglePreview(): void {
    const next = !this.previewing();
    this.previewing.set(next);
    this.previewAnswers.set({});
    afterNextRender(
      () => (next ? this.previewHeading() : this.questionsHeading())?.nativeElement.focus(),
      { injector: this.injector },
    );
  }

  protected previewAnswer(questionId: string, optionIds: string[]): void {
    this.previewAnswers.update((answers) => ({ ...answers, [questionId]: optionIds }));
  }

  private async openDialog(question: AuthorQuestion | null): Promise<void> {
    const quiz = this.store.quiz();
    if (!quiz) return;
    this.store.clearMessages();
    const data: QuestionDialogData = {
      question,
      quizTitle: quiz.title,
      sharedNote:
        'This question belongs to the course question bank: the edit applies wherever it is used, including the published version. Past attempts keep their grades until you regrade them.',
      submit: (request: UpdateQuestionRequest) =>
        question
          ? this.store.updateQuestion(question, request)
          : this.store.addQuestion(withoutOptionIds(request)),
      errors: this.store.errors,
    };
    const ref = this.dialog.open<QuestionDialogComponent, QuestionDialogData, boolean>(
      QuestionDialogComponent,
      { data, width: '960px', maxWidth: 'calc(100vw - 32px)' },
    );
    await firstValueFrom(ref.afterClosed());
  }
}

/** A new question's options have no ids (the API refuses unknown fields). */
function withoutOptionIds(request: UpdateQuestionRequest): UpdateQuestionRequest {
  return {
    ...request,
    options: request.options.map((o) => ({
      text: o.text,
      correct: o.correct,
      ...(o.feedback === undefined ? {} : { feedback: o.feedback }),
    })),
  };
}
