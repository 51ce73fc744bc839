import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { AlertComponent, EmptyStateComponent, PageHeaderComponent } from '@lms/platform/web-ui';
import { QuizResultsStore } from '../data-access/quiz-results.store';
import { PostTestBadgeComponent } from '../ui/post-test-badge.component';
import { QuestionReviewComponent } from '../ui/question-review.component';
import {
  attemptLink,
  attemptsLeftText,
  courseItemLink,
  formatScore,
  passMarkText,
  quizLink,
} from '../ui/quiz-format';

/** The graded attempt: score against the pass mark, then every question with the key. */
@Component({
  selector: 'lms-quiz-results-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    AlertComponent,
    EmptyStateComponent,
    PageHeaderComponent,
    PostTestBadgeComponent,
    QuestionReviewComponent,
  ],
  providers: [QuizResultsStore],
  templateUrl: './quiz-results-page.component.html',
  styleUrl: './quiz-results-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class QuizResultsPageComponent {
  protected readonly store = inject(QuizResultsStore);
  private readonly router = inject(Router);

  protected readonly courseId = signal('');
  protected readonly quizId = signal('');
  protected readonly score = formatScore;
  protected readonly attemptsLeft = attemptsLeftText;

  protected readonly title = computed(() => this.store.quiz()?.title ?? 'Quiz results');
  protected readonly passMark = computed(() => {
    const quiz = this.store.quiz();
    return quiz ? passMarkText(quiz.passingScore) : null;
  });
  protected readonly quizLink = computed(() => quizLink(this.courseId(), this.quizId()));
  protected readonly nextLink = computed(() => {
    const next = this.store.nextItem();
    return next ? { title: next.title, link: courseItemLink(this.courseId(), next) } : null;
  });

  constructor() {
    inject(ActivatedRoute)
      .paramMap.pipe(takeUntilDestroyed())
      .subscribe((params) => {
        this.courseId.set(params.get('courseId') ?? '');
        this.quizId.set(params.get('quizId') ?? '');
        void this.store.load(this.courseId(), this.quizId(), params.get('attemptId') ?? '');
      });
    // Not submitted yet: there are no results; go back to answering.
    effect(() => {
      const attempt = this.store.attempt();
      if (!attempt || !this.store.stillOpen()) return;
      untracked(() => {
        void this.router.navigate(attemptLink(this.courseId(), this.quizId(), attempt.id), {
          replaceUrl: true,
        });
      });
    });
  }

  protected async retry(): Promise<void> {
    const attemptId = await this.store.retry();
    if (attemptId)
      await this.router.navigate(attemptLink(this.courseId(), this.quizId(), attemptId));
  }
}
