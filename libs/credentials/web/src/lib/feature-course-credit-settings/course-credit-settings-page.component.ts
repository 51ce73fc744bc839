import { ChangeDetectionStrategy, Component, ElementRef, effect, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormArray, FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute, RouterLink } from '@angular/router';
import {
  AlertComponent,
  EmptyStateComponent,
  PageHeaderComponent,
  StatusNoticeComponent,
  focusFirstInvalid,
} from '@lms/platform/web-ui';
import type {
  EvaluationQuestion,
  EvaluationQuestionKind,
  UpdateEvaluationFormRequest,
} from '@lms/shared/contracts';
import { LEARNING_FORMAT_LABELS, LearningFormat } from '@lms/shared/contracts';
import { map } from 'rxjs';
import { CourseCreditSettingsStore } from '../data-access/course-credit-settings.store';

const PROMPT_MAX_LENGTH = 500;
const VALIDITY_MAX_MONTHS = 120;

function questionGroup(question?: EvaluationQuestion) {
  return new FormGroup({
    id: new FormControl<string | null>(question?.id ?? null),
    prompt: new FormControl(question?.prompt ?? '', {
      nonNullable: true,
      validators: [
        Validators.required,
        Validators.pattern(/\S/),
        Validators.maxLength(PROMPT_MAX_LENGTH),
      ],
    }),
    kind: new FormControl<EvaluationQuestionKind>(question?.kind ?? 'rating', {
      nonNullable: true,
    }),
    required: new FormControl(question?.required ?? true, { nonNullable: true }),
  });
}

type QuestionGroup = ReturnType<typeof questionGroup>;

/**
 * For a course's owners: the learning format named in accreditation statements, how long
 * certificates stay valid, and the evaluation questions trainees answer before claiming credit.
 */
@Component({
  selector: 'lms-course-credit-settings-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    AlertComponent,
    EmptyStateComponent,
    PageHeaderComponent,
    StatusNoticeComponent,
  ],
  providers: [CourseCreditSettingsStore],
  templateUrl: './course-credit-settings-page.component.html',
  styleUrl: './course-credit-settings-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CourseCreditSettingsPageComponent {
  protected readonly store = inject(CourseCreditSettingsStore);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly formats = Object.values(LearningFormat);
  protected readonly formatLabels = LEARNING_FORMAT_LABELS;
  protected readonly validityMax = VALIDITY_MAX_MONTHS;

  protected readonly settingsForm = new FormGroup({
    learningFormat: new FormControl<LearningFormat>(LearningFormat.EnduringMaterial, {
      nonNullable: true,
    }),
    validityMonths: new FormControl<number | null>(null, [
      Validators.min(1),
      Validators.max(VALIDITY_MAX_MONTHS),
      Validators.pattern(/^\d+$/),
    ]),
  });
  protected readonly questions = new FormArray<QuestionGroup>([]);

  constructor() {
    inject(ActivatedRoute)
      .paramMap.pipe(
        map((params) => params.get('courseId') ?? ''),
        takeUntilDestroyed(),
      )
      .subscribe((courseId) => {
        void this.store.load(courseId);
      });
    effect(() => {
      const settings = this.store.settings();
      if (settings) {
        this.settingsForm.reset({
          learningFormat: settings.learningFormat,
          validityMonths: settings.validityMonths,
        });
      }
    });
    effect(() => {
      const evaluation = this.store.evaluation();
      if (evaluation) {
        this.questions.clear();
        for (const question of evaluation.questions) this.questions.push(questionGroup(question));
        this.questions.markAsPristine();
      }
    });
  }

  protected async saveSettings(): Promise<void> {
    if (this.settingsForm.invalid) {
      this.settingsForm.markAllAsTouched();
      return;
    }
    const { learningFormat, validityMonths } = this.settingsForm.getRawValue();
    await this.store.saveSettings({ learningFormat, validityMonths });
  }

  protected addQuestion(): void {
    this.questions.push(questionGroup());
    const index = this.questions.length - 1;
    setTimeout(() => {
      this.host.nativeElement.querySelector<HTMLElement>(`#question-${index}-prompt`)?.focus();
    });
  }

  protected removeQuestion(index: number): void {
    this.questions.removeAt(index);
    this.questions.markAsDirty();
  }

  /** Moves a question and keeps focus on the button that moved it, at its new place. */
  protected move(index: number, delta: -1 | 1, button: 'up' | 'down'): void {
    const target = index + delta;
    const question = this.questions.at(index);
    if (target < 0 || target >= this.questions.length) return;
    this.questions.removeAt(index, { emitEvent: false });
    this.questions.insert(target, question);
    this.questions.markAsDirty();
    setTimeout(() => {
      const atEdge =
        (button === 'up' && target === 0) ||
        (button === 'down' && target === this.questions.length - 1);
      const focus = atEdge ? (button === 'up' ? 'down' : 'up') : button;
      this.host.nativeElement.querySelector<HTMLElement>(`#question-${target}-${focus}`)?.focus();
    });
  }

  protected async saveEvaluation(): Promise<void> {
    if (this.questions.invalid) {
      this.questions.markAllAsTouched();
      setTimeout(() => {
        focusFirstInvalid(
          this.host.nativeElement.querySelector('.questions') ?? this.host.nativeElement,
        );
      });
      return;
    }
    const body: UpdateEvaluationFormRequest = {
      questions: this.questions.getRawValue().map((q) => ({
        ...(q.id === null ? {} : { id: q.id }),
        prompt: q.prompt.trim(),
        kind: q.kind,
        required: q.required,
      })),
    };
    if (await this.store.saveEvaluation(body)) this.questions.markAsPristine();
  }
}
