import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  afterNextRender,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import type { ElementRef } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { SessionStore } from '@lms/identity/web';
import { AlertComponent, EmptyStateComponent, PageHeaderComponent } from '@lms/platform/web-ui';
import { Permission } from '@lms/shared/contracts';
import type { SubmissionDraft } from '../data-access/scenario.store';
import { ScenarioStore } from '../data-access/scenario.store';
import { GradeViewComponent } from '../ui/grade-view.component';
import { RecordingPlayerComponent } from '../ui/recording-player.component';
import { RubricComponent } from '../ui/rubric.component';
import { formatDateTime } from '../ui/roleplay-format';
import { SubmissionFormComponent } from './submission-form.component';

/**
 * A role-play for the trainee: the client situation, the task and the rubric up front; the
 * status; the submission form (again after "revise", never after "pass"); the attempts with
 * their grades and feedback.
 */
@Component({
  selector: 'lms-scenario-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    AlertComponent,
    EmptyStateComponent,
    PageHeaderComponent,
    GradeViewComponent,
    RecordingPlayerComponent,
    RubricComponent,
    SubmissionFormComponent,
  ],
  providers: [ScenarioStore],
  templateUrl: './scenario-page.component.html',
  styleUrl: './scenario-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ScenarioPageComponent {
  protected readonly store = inject(ScenarioStore);
  private readonly session = inject(SessionStore);
  private readonly injector = inject(Injector);
  private readonly statusPanel = viewChild<ElementRef<HTMLElement>>('statusPanel');

  protected readonly courseId = signal('');
  protected readonly dateTime = formatDateTime;
  protected readonly courseTitle = computed(() => this.store.outline()?.title ?? 'Course outline');
  /** Trainees submit; staff (who cannot) see a preview. */
  protected readonly canSubmit = computed(
    () => this.store.canSubmit() && this.session.can(Permission.CourseLearn),
  );
  protected readonly submittedNotice = computed(() => {
    const number = this.store.submittedNumber();
    return number === null
      ? []
      : [`Attempt ${number} submitted. It is waiting for a grade; you will get a notification.`];
  });

  constructor() {
    inject(ActivatedRoute)
      .paramMap.pipe(takeUntilDestroyed())
      .subscribe((params) => {
        this.courseId.set(params.get('courseId') ?? '');
        void this.store.load(this.courseId(), params.get('roleplayId') ?? '');
      });
  }

  protected async submit(draft: SubmissionDraft): Promise<void> {
    const accepted = await this.store.submit(draft);
    if (!accepted) return;
    // The form is gone: take keyboard and screen-reader users to the new status.
    afterNextRender(() => this.statusPanel()?.nativeElement.focus(), {
      injector: this.injector,
    });
  }

  protected cancelUpload(): void {
    this.store.cancelUpload();
  }
}
