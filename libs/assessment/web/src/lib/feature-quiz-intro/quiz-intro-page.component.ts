import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { SessionStore } from '@lms/identity/web';
import { AlertComponent, EmptyStateComponent, PageHeaderComponent } from '@lms/platform/web-ui';
import { Permission } from '@lms/shared/contracts';
import { QuizIntroStore } from '../data-access/quiz-intro.store';
import { PostTestBadgeComponent } from '../ui/post-test-badge.component';
import {
  attemptLink,
  attemptsLeftText,
  courseItemLink,
  formatDuration,
  passMarkText,
  questionsText,
} from '../ui/quiz-format';

/** Before an attempt: the pass mark, questions, attempts left and time limit; start or resume. */
@Component({
  selector: 'lms-quiz-intro-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    AlertComponent,
    EmptyStateComponent,
    PageHeaderComponent,
    PostTestBadgeComponent,
  ],
  providers: [QuizIntroStore],
  templateUrl: './quiz-intro-page.component.html',
  styleUrl: './quiz-intro-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class QuizIntroPageComponent {
  protected readonly store = inject(QuizIntroStore);
  private readonly router = inject(Router);
  private readonly session = inject(SessionStore);

  protected readonly courseId = signal('');
  protected readonly passMark = passMarkText;
  protected readonly duration = formatDuration;
  protected readonly questions = questionsText;
  protected readonly attemptsLeft = attemptsLeftText;

  protected readonly courseTitle = computed(() => this.store.outline()?.title ?? 'Course outline');
  protected readonly moduleTitle = computed(() => {
    const quiz = this.store.quiz();
    return this.store.outline()?.modules.find((m) => m.id === quiz?.moduleId)?.title ?? null;
  });
  /** After passing: the next open item of the course, if it is not this quiz. */
  protected readonly nextLink = computed(() => {
    const next = this.store.outline()?.nextItem ?? null;
    if (!next || next.id === this.store.quiz()?.id) return null;
    return { title: next.title, link: courseItemLink(this.courseId(), next) };
  });
  protected readonly canAuthor = computed(() => this.session.can(Permission.CourseAuthor));

  constructor() {
    inject(ActivatedRoute)
      .paramMap.pipe(takeUntilDestroyed())
      .subscribe((params) => {
        this.courseId.set(params.get('courseId') ?? '');
        void this.store.load(this.courseId(), params.get('quizId') ?? '');
      });
  }

  protected async start(): Promise<void> {
    const quiz = this.store.quiz();
    if (!quiz) return;
    const attemptId = await this.store.start();
    if (attemptId) await this.router.navigate(attemptLink(this.courseId(), quiz.id, attemptId));
  }
}
