import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  type OnInit,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormArray, FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { AlertComponent } from '@lms/platform/web-ui';
import type {
  GradeOutcomeValue,
  GradeRequest,
  RegradeRequest,
  RoleplayResponse,
} from '@lms/shared/contracts';
import {
  COMMENT_MAX,
  FEEDBACK_MAX,
  REASON_MAX,
  formatNumber,
  percentOf,
  pointsText,
} from '../ui/roleplay-format';

export type GraderMode = 'grade' | 'correct';

type ScoreGroup = FormGroup<{
  levelIndex: FormControl<number | null>;
  comment: FormControl<string>;
}>;

interface Totals {
  scored: number;
  points: number;
  percent: number;
}

/**
 * The rubric as a form: per criterion a radio group of its levels (label and points; arrow
 * keys move between levels) and an optional comment, the live total against the pass mark,
 * the outcome and the overall feedback. In "correct" mode it also asks for the reason.
 */
@Component({
  selector: 'lms-rubric-grader',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
    AlertComponent,
  ],
  templateUrl: './rubric-grader.component.html',
  styleUrl: './rubric-grader.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RubricGraderComponent implements OnInit {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly destroyRef = inject(DestroyRef);

  readonly roleplay =
    input.required<Pick<RoleplayResponse, 'id' | 'rubric' | 'passingScore' | 'maxPoints'>>();
  /** Where the form starts: the grade being corrected, or the grader's refused draft. */
  readonly initial = input<GradeRequest | null>(null);
  readonly mode = input<GraderMode>('grade');
  readonly saving = input(false);
  readonly errors = input<readonly string[]>([]);
  readonly save = output<GradeRequest | RegradeRequest>();
  readonly cancelled = output();

  protected readonly limits = { comment: COMMENT_MAX, feedback: FEEDBACK_MAX, reason: REASON_MAX };
  protected readonly points = pointsText;
  protected readonly scores = new FormArray<ScoreGroup>([]);
  protected readonly outcome = new FormControl<GradeOutcomeValue | null>(null, {
    validators: [Validators.required],
  });
  protected readonly feedback = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.maxLength(FEEDBACK_MAX)],
  });
  protected readonly reason = new FormControl('', {
    nonNullable: true,
    validators: [Validators.maxLength(REASON_MAX)],
  });
  protected readonly form = new FormGroup({
    scores: this.scores,
    outcome: this.outcome,
    feedback: this.feedback,
    reason: this.reason,
  });
  /** Every change of the form, as a signal for the live total and the messages. */
  private readonly revision = signal(0);
  protected readonly submitted = signal(false);

  protected readonly criteria = computed(() => this.roleplay().rubric.criteria);
  protected readonly totals = computed<Totals>(() => {
    this.revision();
    const criteria = this.criteria();
    let scored = 0;
    let points = 0;
    this.scores.controls.forEach((group, i) => {
      const index = group.controls.levelIndex.value;
      const level = index === null ? undefined : criteria[i]?.levels[index];
      if (level) {
        scored += 1;
        points += level.points;
      }
    });
    return { scored, points, percent: percentOf(points, this.roleplay().maxPoints) };
  });
  protected readonly complete = computed(() => this.totals().scored === this.criteria().length);
  protected readonly meetsPassMark = computed(
    () => this.totals().percent >= this.roleplay().passingScore,
  );
  /** "14 / 20 points · 70% · pass mark 75%" once every criterion has a level. */
  protected readonly totalText = computed(() => {
    const { scored, points, percent } = this.totals();
    const max = this.roleplay().maxPoints;
    const passMark = `pass mark ${formatNumber(this.roleplay().passingScore)}%`;
    if (!this.complete()) {
      return `${formatNumber(points)} / ${pointsText(max)} so far · ${scored} of ${this.criteria().length} criteria scored · ${passMark}`;
    }
    return `${formatNumber(points)} / ${pointsText(max)} · ${formatNumber(percent)}% · ${passMark}`;
  });
  protected readonly verdict = computed(() => {
    if (!this.complete()) return '';
    return this.meetsPassMark() ? 'Meets the pass mark.' : 'Below the pass mark.';
  });
  protected readonly passBelowMark = computed(() => {
    this.revision();
    return this.complete() && !this.meetsPassMark() && this.outcome.value === 'pass';
  });
  protected readonly missing = computed(() => {
    this.revision();
    return this.scores.controls.map((group) => group.controls.levelIndex.value === null);
  });
  protected readonly saveLabel = computed(() => {
    if (this.saving()) return 'Saving…';
    return this.mode() === 'correct' ? 'Save correction' : 'Save grade';
  });

  ngOnInit(): void {
    const initial = this.initial();
    for (const criterion of this.criteria()) {
      const score = initial?.scores.find((s) => s.criterionId === criterion.id);
      this.scores.push(
        new FormGroup({
          levelIndex: new FormControl<number | null>(score?.levelIndex ?? null, {
            validators: [Validators.required],
          }),
          comment: new FormControl(score?.comment ?? '', {
            nonNullable: true,
            validators: [Validators.maxLength(COMMENT_MAX)],
          }),
        }),
      );
    }
    if (initial) {
      this.outcome.setValue(initial.outcome);
      this.feedback.setValue(initial.feedback);
    }
    if (this.mode() === 'correct') {
      this.reason.addValidators(Validators.required);
      this.reason.updateValueAndValidity();
    }
    this.form.valueChanges.pipe(takeUntilDestroyed(this.destroyRef)).subscribe(() => {
      this.revision.update((n) => n + 1);
    });
    this.revision.update((n) => n + 1);
  }

  protected levelControl(index: number): FormControl<number | null> {
    return this.scoreGroup(index).controls.levelIndex;
  }

  protected commentControl(index: number): FormControl<string> {
    return this.scoreGroup(index).controls.comment;
  }

  protected submit(): void {
    if (this.saving()) return;
    this.submitted.set(true);
    this.form.markAllAsTouched();
    this.revision.update((n) => n + 1);
    if (this.form.invalid) {
      this.focusFirstProblem();
      return;
    }
    const criteria = this.criteria();
    const body: GradeRequest = {
      scores: this.scores.controls.map((group, i) => {
        const comment = group.controls.comment.value.trim();
        return {
          criterionId: criteria[i]?.id ?? '',
          levelIndex: group.controls.levelIndex.value ?? 0,
          ...(comment ? { comment } : {}),
        };
      }),
      feedback: this.feedback.value.trim(),
      outcome: this.outcome.value ?? 'revise',
    };
    this.save.emit(
      this.mode() === 'correct' ? { ...body, reason: this.reason.value.trim() } : body,
    );
  }

  private scoreGroup(index: number): ScoreGroup {
    const group = this.scores.at(index) as ScoreGroup | undefined;
    if (!group) throw new Error(`no criterion ${index}`);
    return group;
  }

  private focusFirstProblem(): void {
    const root = this.host.nativeElement;
    const targets: (HTMLElement | null)[] = [
      this.reason.invalid ? root.querySelector<HTMLElement>('textarea[data-field="reason"]') : null,
      ...this.scores.controls.map((group, i) =>
        group.controls.levelIndex.invalid
          ? root.querySelector<HTMLElement>(`[data-criterion="${i}"] input[type="radio"]`)
          : null,
      ),
      this.outcome.invalid
        ? root.querySelector<HTMLElement>('[data-field="outcome"] input[type="radio"]')
        : null,
      this.feedback.invalid
        ? root.querySelector<HTMLElement>('textarea[data-field="feedback"]')
        : null,
    ];
    targets.find((t) => t !== null)?.focus();
  }
}
