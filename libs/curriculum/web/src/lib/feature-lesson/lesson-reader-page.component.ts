import {
  ChangeDetectionStrategy,
  Component,
  type ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { AlertComponent, EmptyStateComponent, PageHeaderComponent } from '@lms/platform/web-ui';
import type { NextItem } from '@lms/shared/contracts';
import { LessonReaderStore } from '../data-access/lesson-reader.store';
import { ReadingHeartbeat } from '../data-access/reading-heartbeat';
import { formatMinutes, formatReadingTime, itemLink } from '../ui/curriculum-format';
import { MarkdownViewComponent } from '../ui/markdown-view.component';

@Component({
  selector: 'lms-lesson-reader-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    AlertComponent,
    EmptyStateComponent,
    PageHeaderComponent,
    MarkdownViewComponent,
  ],
  providers: [LessonReaderStore, ReadingHeartbeat],
  templateUrl: './lesson-reader-page.component.html',
  styleUrl: './lesson-reader-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LessonReaderPageComponent {
  protected readonly store = inject(LessonReaderStore);
  private readonly heartbeat = inject(ReadingHeartbeat);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);
  private readonly heading = viewChild<ElementRef<HTMLElement>>('lessonHeading');

  protected readonly minutes = formatMinutes;
  protected readonly readingTime = formatReadingTime;
  protected readonly courseId = signal('');

  protected readonly courseTitle = computed(() => this.store.outline()?.title ?? 'Course outline');
  protected readonly previous = computed(() => lessonOrQuiz(this.store.lesson()?.previousItem));
  protected readonly next = computed(() => lessonOrQuiz(this.store.lesson()?.nextItem));

  constructor() {
    // The same page shows the next lesson when only :lessonId changes.
    inject(ActivatedRoute)
      .paramMap.pipe(takeUntilDestroyed())
      .subscribe((params) => {
        void this.open(params.get('courseId') ?? '', params.get('lessonId') ?? '');
      });
  }

  protected lessonLink(item: NextItem): string[] {
    return itemLink(this.courseId(), item);
  }

  /** Completes the lesson with the reading time not yet reported, then goes on. */
  protected async completeAndContinue(): Promise<void> {
    if (this.store.completing()) return;
    const progress = await this.store.complete(this.heartbeat.takeUnreported());
    if (progress) await this.router.navigate(itemLink(this.courseId(), progress.nextItem));
  }

  private async open(courseId: string, lessonId: string): Promise<void> {
    // Report the time of the lesson being left before the next one starts counting.
    this.heartbeat.stop();
    const firstLoad = this.courseId() === '';
    this.courseId.set(courseId);
    await this.store.open(courseId, lessonId);
    if (this.store.lesson()?.id !== lessonId) return;
    if (this.store.tracksProgress()) this.heartbeat.start(lessonId);
    if (!firstLoad) {
      // Moving to another lesson: start reading at its title, as on a fresh page.
      afterNextRender(() => this.heading()?.nativeElement.focus(), { injector: this.injector });
    }
  }
}

/** The pager links lessons and quizzes; role-plays open from the outline for now. */
function lessonOrQuiz(item: NextItem | null | undefined): NextItem | null {
  return item?.kind === 'lesson' || item?.kind === 'quiz' ? item : null;
}
