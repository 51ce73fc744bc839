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
import { AlertComponent, EmptyStateComponent, PageHeaderComponent } from '@lms/platform/web-ui';
import type { GradeRequest, GradeResponse, RegradeRequest } from '@lms/shared/contracts';
import { GradingStore } from '../data-access/grading.store';
import { GradeViewComponent } from '../ui/grade-view.component';
import { RecordingPlayerComponent } from '../ui/recording-player.component';
import { formatDateTime } from '../ui/roleplay-format';
import { RubricGraderComponent } from './rubric-grader.component';

function requestOf(grade: GradeResponse): GradeRequest {
  return {
    scores: grade.scores.map((s) => ({
      criterionId: s.criterionId,
      levelIndex: s.levelIndex,
      ...(s.comment ? { comment: s.comment } : {}),
    })),
    feedback: grade.feedback,
    outcome: grade.outcome,
  };
}

/**
 * Grading one submission: the scenario and the trainee's work (transcript, reflection,
 * recording) beside the rubric form; once graded, the grade read-only with a correction form.
 */
@Component({
  selector: 'lms-grading-page',
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
    RubricGraderComponent,
  ],
  providers: [GradingStore],
  templateUrl: './grading-page.component.html',
  styleUrl: './grading-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class GradingPageComponent {
  protected readonly store = inject(GradingStore);
  private readonly injector = inject(Injector);
  private readonly outcomePanel = viewChild<ElementRef<HTMLElement>>('outcomePanel');

  protected readonly dateTime = formatDateTime;
  protected readonly correcting = signal(false);
  /** The correction starts from the grader's refused draft, else from the grade in force. */
  protected readonly correctionStart = computed<GradeRequest | null>(() => {
    const draft = this.store.draft();
    if (draft) return draft;
    const grade = this.store.grade();
    return grade ? requestOf(grade) : null;
  });
  protected readonly savedText = computed(() => {
    const submission = this.store.submission();
    const who = submission?.traineeName || 'The trainee';
    switch (this.store.saved()) {
      case 'grade':
        return [`Grade saved. ${who} gets a notification with your feedback.`];
      case 'correction':
        return [`Correction saved. ${who} gets a notification with the corrected grade.`];
      case null:
        return [];
    }
  });

  constructor() {
    inject(ActivatedRoute)
      .paramMap.pipe(takeUntilDestroyed())
      .subscribe((params) => {
        this.correcting.set(false);
        void this.store.load(params.get('submissionId') ?? '');
      });
  }

  protected async saveGrade(body: GradeRequest | RegradeRequest): Promise<void> {
    await this.store.saveGrade(body);
    this.focusOutcome();
  }

  protected async saveCorrection(body: GradeRequest | RegradeRequest): Promise<void> {
    if (!('reason' in body)) return;
    const saved = await this.store.saveCorrection(body);
    if (saved) {
      this.correcting.set(false);
      this.focusOutcome();
    }
  }

  protected startCorrection(): void {
    this.store.clearMessages();
    this.correcting.set(true);
  }

  protected cancelCorrection(): void {
    this.correcting.set(false);
  }

  /** After a save (or a refusal that replaced the form), focus what happened. */
  private focusOutcome(): void {
    afterNextRender(() => this.outcomePanel()?.nativeElement.focus(), {
      injector: this.injector,
    });
  }
}
