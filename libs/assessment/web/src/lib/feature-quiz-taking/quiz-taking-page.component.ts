import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
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
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { AlertComponent, EmptyStateComponent, PageHeaderComponent } from '@lms/platform/web-ui';
import type { TraineeQuestion } from '@lms/shared/contracts';
import { QuizTakingStore } from '../data-access/quiz-taking.store';
import { confirmAction } from '@lms/platform/web-ui/confirm-dialog';
import { PostTestBadgeComponent } from '../ui/post-test-badge.component';
import { QuestionFieldComponent } from '../ui/question-field.component';
import { passMarkText, quizLink, resultsLink } from '../ui/quiz-format';
import { QuizTimerComponent } from '../ui/quiz-timer.component';

type Step = 'answer' | 'review';

/** Taking an attempt: every question on one page, autosaved, then review and submit. */
@Component({
  selector: 'lms-quiz-taking-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    AlertComponent,
    EmptyStateComponent,
    PageHeaderComponent,
    PostTestBadgeComponent,
    QuestionFieldComponent,
    QuizTimerComponent,
  ],
  providers: [QuizTakingStore],
  templateUrl: './quiz-taking-page.component.html',
  styleUrl: './quiz-taking-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class QuizTakingPageComponent {
  protected readonly store = inject(QuizTakingStore);
  private readonly router = inject(Router);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly reviewHeading = viewChild<ElementRef<HTMLElement>>('reviewHeading');

  protected readonly courseId = signal('');
  protected readonly quizId = signal('');
  protected readonly step = signal<Step>('answer');

  protected readonly title = computed(() => this.store.quiz()?.title ?? 'Quiz');
  protected readonly passMark = computed(() => {
    const quiz = this.store.quiz();
    return quiz ? passMarkText(quiz.passingScore) : '';
  });
  protected readonly quizLink = computed(() => quizLink(this.courseId(), this.quizId()));
  protected readonly saveText = computed(() => {
    switch (this.store.saveStatus()) {
      case 'saving':
        return 'Saving…';
      case 'saved':
        return 'All answers saved';
      case 'error': {
        const numbers = this.store.unsavedNumbers();
        return `Could not save your answer to ${numbers.length === 1 ? 'question' : 'questions'} ${numbers.join(', ')}. It will be sent when you submit.`;
      }
      case 'idle':
        return '';
    }
  });

  constructor() {
    inject(ActivatedRoute)
      .paramMap.pipe(takeUntilDestroyed())
      .subscribe((params) => {
        this.courseId.set(params.get('courseId') ?? '');
        this.quizId.set(params.get('quizId') ?? '');
        this.step.set('answer');
        void this.store.load(this.quizId(), params.get('attemptId') ?? '');
      });
    // Submitted here (by the trainee or when time ran out) or before: show the results.
    effect(() => {
      const attempt = this.store.attempt();
      if (!attempt || !this.store.done()) return;
      untracked(() => {
        void this.router.navigate(resultsLink(this.courseId(), this.quizId(), attempt.id), {
          replaceUrl: true,
        });
      });
    });
  }

  protected answer(question: TraineeQuestion, optionIds: string[]): void {
    this.store.answer(question.id, optionIds);
  }

  protected review(): void {
    this.step.set('review');
    afterNextRender(() => this.reviewHeading()?.nativeElement.focus(), {
      injector: this.injector,
    });
  }

  protected backToQuestions(question?: TraineeQuestion): void {
    this.step.set('answer');
    afterNextRender(
      () => {
        const target = question
          ? this.host.nativeElement.querySelector<HTMLElement>(`#question-${question.id}`)
          : this.host.nativeElement.querySelector<HTMLElement>('lms-question-field fieldset');
        target?.focus();
        target?.scrollIntoView({ block: 'start' });
      },
      { injector: this.injector },
    );
  }

  protected numberOf(question: TraineeQuestion): number {
    return this.store.questions().indexOf(question) + 1;
  }

  /** Submits after a confirmation when questions are unanswered. */
  protected async submit(): Promise<void> {
    if (this.store.submitting()) return;
    const unanswered = this.store.unanswered().length;
    if (unanswered > 0 && !this.store.timeUp()) {
      const confirmed = await confirmAction(this.dialog, {
        heading: `Submit with ${unanswered} ${unanswered === 1 ? 'question' : 'questions'} unanswered?`,
        paragraphs: [
          'Unanswered questions earn no points.',
          'Once you submit, your answers are graded and cannot be changed.',
        ],
        confirmLabel: 'Submit answers',
        cancelLabel: 'Keep answering',
      });
      if (!confirmed) return;
    }
    await this.store.submit();
  }
}
