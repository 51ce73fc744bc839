import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  type Signal,
  inject,
  signal,
} from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { AlertComponent, focusFirstInvalid } from '@lms/platform/web-ui';
import type { CreateCourseRequest } from '@lms/shared/contracts';
import { courseDetailsForm, toCourseRequest } from './authoring-forms';
import { CourseDetailsFieldsComponent } from './course-details-fields.component';

export interface NewCourseDialogData {
  /** Creates the course; resolves its id, or null when the API refused (see `errors`). */
  submit: (request: CreateCourseRequest) => Promise<string | null>;
  errors: Signal<readonly string[]>;
}

/** "New course": the details of version 1, created as a draft. Closes with the new id. */
@Component({
  selector: 'lms-new-course-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    AlertComponent,
    CourseDetailsFieldsComponent,
  ],
  template: `
    <h2 mat-dialog-title>New course</h2>
    <form [formGroup]="form" (ngSubmit)="create()" novalidate>
      <mat-dialog-content>
        <p class="intro">
          The course starts as a draft (version 1). Trainees see it once you publish it.
        </p>
        <lms-alert [messages]="data.errors()" kind="error" />
        <lms-course-details-fields [form]="form" />
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>Cancel</button>
        <button mat-flat-button type="submit" [attr.aria-busy]="pending()">
          {{ pending() ? 'Creating…' : 'Create course' }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .intro {
      margin: 0 0 16px;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NewCourseDialogComponent {
  protected readonly data = inject<NewCourseDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<NewCourseDialogComponent, string>>(MatDialogRef);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly form = courseDetailsForm();
  protected readonly pending = signal(false);

  protected async create(): Promise<void> {
    if (this.pending()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement);
      return;
    }
    this.pending.set(true);
    const id = await this.data.submit(toCourseRequest(this.form));
    this.pending.set(false);
    if (id) this.ref.close(id);
  }
}
