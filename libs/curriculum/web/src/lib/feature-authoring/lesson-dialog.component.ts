import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  type Signal,
  inject,
  signal,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormArray, FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { AlertComponent, focusFirstInvalid } from '@lms/platform/web-ui';
import type { CreateLessonRequest, LessonResource, LessonResponse } from '@lms/shared/contracts';
import { debounceTime } from 'rxjs';
import { MarkdownViewComponent } from '../ui/markdown-view.component';
import { LIMITS } from './authoring-forms';

export interface LessonDialogData {
  moduleTitle: string;
  /** The lesson to edit (with its body); null to add one. */
  lesson: LessonResponse | null;
  submit: (request: CreateLessonRequest) => Promise<boolean>;
  errors: Signal<readonly string[]>;
}

const PREVIEW_DEBOUNCE_MS = 150;
const URL_PATTERN = /^https?:\/\/\S+$/i;

type ResourceForm = FormGroup<{ title: FormControl<string>; url: FormControl<string> }>;

function resourceForm(resource?: LessonResource): ResourceForm {
  return new FormGroup({
    title: new FormControl(resource?.title ?? '', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(LIMITS.title)],
    }),
    url: new FormControl(resource?.url ?? '', {
      nonNullable: true,
      validators: [Validators.required, Validators.pattern(URL_PATTERN)],
    }),
  });
}

/**
 * Adds or edits a lesson: Markdown with a live preview rendered exactly as trainees see it
 * (sanitised), reading time and resources.
 */
@Component({
  selector: 'lms-lesson-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    AlertComponent,
    MarkdownViewComponent,
  ],
  templateUrl: './lesson-dialog.component.html',
  styleUrl: './lesson-dialog.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LessonDialogComponent {
  protected readonly data = inject<LessonDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<LessonDialogComponent, boolean>>(MatDialogRef);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly limits = LIMITS;
  protected readonly pending = signal(false);
  protected readonly form = new FormGroup({
    title: new FormControl(this.data.lesson?.title ?? '', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(LIMITS.title)],
    }),
    estimatedMinutes: new FormControl<number | null>(this.data.lesson?.estimatedMinutes ?? 10, {
      validators: [
        Validators.required,
        Validators.min(LIMITS.minutesMin),
        Validators.max(LIMITS.minutesMax),
        Validators.pattern(/^\d+$/),
      ],
    }),
    body: new FormControl(this.data.lesson?.body ?? '', {
      nonNullable: true,
      validators: [Validators.maxLength(LIMITS.body)],
    }),
    resources: new FormArray<ResourceForm>(
      (this.data.lesson?.resources ?? []).map((r) => resourceForm(r)),
    ),
  });
  protected readonly preview = toSignal(
    this.form.controls.body.valueChanges.pipe(debounceTime(PREVIEW_DEBOUNCE_MS)),
    { initialValue: this.form.controls.body.value },
  );

  protected addResource(): void {
    this.form.controls.resources.push(resourceForm());
  }

  protected removeResource(index: number): void {
    this.form.controls.resources.removeAt(index);
  }

  protected async save(): Promise<void> {
    const { title, estimatedMinutes, body, resources } = this.form.getRawValue();
    if (this.pending()) return;
    if (this.form.invalid || estimatedMinutes === null) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement);
      return;
    }
    this.pending.set(true);
    const saved = await this.data.submit({
      title: title.trim(),
      body,
      estimatedMinutes,
      resources: resources.map((r) => ({ title: r.title.trim(), url: r.url.trim() })),
    });
    this.pending.set(false);
    if (saved) this.ref.close(true);
  }
}
