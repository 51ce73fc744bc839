import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { AlertComponent, focusFirstInvalid } from '@lms/platform/web-ui';
import type { SubmissionDraft } from '../data-access/scenario.store';
import { RECORDING_TYPE } from '../data-access/roleplay-errors';
import {
  MAX_RECORDING_BYTES,
  REFLECTION_MAX,
  REFLECTION_MIN,
  TRANSCRIPT_MAX,
  TRANSCRIPT_MIN,
  charactersText,
  formatBytes,
  formatNumber,
} from '../ui/roleplay-format';

/** Announced at these steps only, so a screen reader is not flooded with percentages. */
const ANNOUNCE_STEP = 25;

function textError(
  control: FormControl<string>,
  what: string,
  min: number,
  max: number,
  empty: string,
): string {
  const length = control.value.length;
  if (control.hasError('required')) return empty;
  if (control.hasError('minlength')) {
    return `${what} needs at least ${formatNumber(min)} characters (now ${formatNumber(length)}).`;
  }
  if (control.hasError('maxlength')) {
    return `${what} can be up to ${formatNumber(max)} characters (now ${formatNumber(length)}).`;
  }
  return '';
}

/**
 * The submission: transcript and reflection (with character counts against the limits), an
 * optional audio or video recording (checked for type and size before uploading), and the
 * upload's progress. Emits the draft; the page's store sends it.
 */
@Component({
  selector: 'lms-submission-form',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    AlertComponent,
  ],
  templateUrl: './submission-form.component.html',
  styleUrl: './submission-form.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SubmissionFormComponent {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  readonly uploading = input(false);
  /** 0–100, or null while the size is unknown. */
  readonly percent = input<number | null>(null);
  readonly errors = input<readonly string[]>([]);
  readonly submitted = output<SubmissionDraft>();
  readonly cancelUpload = output();

  protected readonly limits = {
    transcriptMin: TRANSCRIPT_MIN,
    transcriptMax: TRANSCRIPT_MAX,
    reflectionMin: REFLECTION_MIN,
    reflectionMax: REFLECTION_MAX,
    recordingMax: formatBytes(MAX_RECORDING_BYTES),
  };
  protected readonly form = new FormGroup({
    transcript: new FormControl('', {
      nonNullable: true,
      validators: [
        Validators.required,
        Validators.minLength(TRANSCRIPT_MIN),
        Validators.maxLength(TRANSCRIPT_MAX),
      ],
    }),
    reflection: new FormControl('', {
      nonNullable: true,
      validators: [
        Validators.required,
        Validators.minLength(REFLECTION_MIN),
        Validators.maxLength(REFLECTION_MAX),
      ],
    }),
  });
  private readonly transcript = toSignal(this.form.controls.transcript.valueChanges, {
    initialValue: '',
  });
  private readonly reflection = toSignal(this.form.controls.reflection.valueChanges, {
    initialValue: '',
  });
  /** Re-reads the controls' errors after each change or submit attempt. */
  private readonly checked = signal(0);

  protected readonly recording = signal<File | null>(null);
  protected readonly recordingError = signal<string | null>(null);
  protected readonly transcriptCount = computed(() =>
    charactersText(this.transcript().length, TRANSCRIPT_MAX),
  );
  protected readonly reflectionCount = computed(() =>
    charactersText(this.reflection().length, REFLECTION_MAX),
  );
  protected readonly transcriptError = computed(() => {
    this.transcript();
    this.checked();
    return textError(
      this.form.controls.transcript,
      'The transcript',
      TRANSCRIPT_MIN,
      TRANSCRIPT_MAX,
      'Paste the transcript of your practice session.',
    );
  });
  protected readonly reflectionError = computed(() => {
    this.reflection();
    this.checked();
    return textError(
      this.form.controls.reflection,
      'The reflection',
      REFLECTION_MIN,
      REFLECTION_MAX,
      'Write a short reflection on how the session went.',
    );
  });
  protected readonly recordingText = computed(() => {
    const file = this.recording();
    return file ? `${file.name} (${formatBytes(file.size)})` : '';
  });
  protected readonly uploadText = computed(() => {
    const percent = this.percent();
    if (percent === null) return 'Sending your submission…';
    if (percent >= 100) return 'Upload complete. Saving your submission…';
    return `Uploading… ${percent}%`;
  });
  /** Until every byte is sent; after that the server is already saving it. */
  protected readonly canCancel = computed(() => (this.percent() ?? 0) < 100);
  protected readonly announcement = computed(() => {
    if (!this.uploading()) return '';
    const percent = this.percent();
    if (percent === null) return 'Sending your submission.';
    if (percent >= 100) return 'Upload complete. Saving your submission.';
    return `Uploading, ${Math.floor(percent / ANNOUNCE_STEP) * ANNOUNCE_STEP}%.`;
  });

  protected chooseRecording(event: Event): void {
    const picker = event.target as HTMLInputElement;
    const file = picker.files?.item(0) ?? null;
    // Let the same file be chosen again after removing it.
    picker.value = '';
    if (!file) return;
    if (file.type !== '' && !/^(audio|video)\//.test(file.type)) {
      this.recording.set(null);
      this.recordingError.set(RECORDING_TYPE);
      return;
    }
    if (file.size > MAX_RECORDING_BYTES) {
      this.recording.set(null);
      this.recordingError.set(
        `The recording is too large (${formatBytes(file.size)}). Recordings can be up to ${formatBytes(MAX_RECORDING_BYTES)}.`,
      );
      return;
    }
    this.recordingError.set(null);
    this.recording.set(file);
  }

  protected removeRecording(): void {
    this.recording.set(null);
    this.recordingError.set(null);
  }

  protected submit(): void {
    if (this.uploading()) return;
    this.form.markAllAsTouched();
    this.checked.update((n) => n + 1);
    if (this.form.invalid) {
      focusFirstInvalid(this.host.nativeElement);
      return;
    }
    const { transcript, reflection } = this.form.getRawValue();
    this.submitted.emit({ transcript, reflection, recording: this.recording() });
  }
}
