import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  type Signal,
  inject,
  signal,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { AlertComponent, focusFirstInvalid } from '@lms/platform/web-ui';
import type { CreateModuleRequest, ModuleCategory, OutlineModule } from '@lms/shared/contracts';
import { MODULE_CATEGORIES, MODULE_CATEGORY_LABELS } from '@lms/shared/contracts';
import { LIMITS, linesOf, objectivesValidator } from './authoring-forms';

export interface ModuleDialogData {
  /** The module to edit; null to add one. */
  module: OutlineModule | null;
  submit: (request: CreateModuleRequest) => Promise<boolean>;
  errors: Signal<readonly string[]>;
}

/** Adds or edits a module: title, category and learning objectives. */
@Component({
  selector: 'lms-module-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    AlertComponent,
  ],
  template: `
    <h2 mat-dialog-title>{{ data.module ? 'Edit module' : 'Add a module' }}</h2>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content class="fields">
        <lms-alert [messages]="data.errors()" kind="error" />
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>Module title</mat-label>
          <input matInput formControlName="title" required autocomplete="off" />
          @if (form.controls.title.hasError('required')) {
            <mat-error>Enter a title.</mat-error>
          } @else if (form.controls.title.hasError('maxlength')) {
            <mat-error>Use at most {{ limits.title }} characters.</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>Category</mat-label>
          <mat-select formControlName="category" required>
            @for (category of categories; track category.value) {
              <mat-option [value]="category.value">{{ category.label }}</mat-option>
            }
          </mat-select>
          @if (form.controls.category.hasError('required')) {
            <mat-error>Choose the topic area.</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>Learning objectives</mat-label>
          <textarea matInput formControlName="objectives" rows="5"></textarea>
          <mat-hint>One objective per line, up to {{ limits.objectives }}.</mat-hint>
          @if (form.controls.objectives.hasError('tooMany')) {
            <mat-error>List at most {{ limits.objectives }} objectives.</mat-error>
          } @else if (form.controls.objectives.hasError('lineTooLong')) {
            <mat-error
              >Keep each objective under {{ limits.objectiveLength }} characters.</mat-error
            >
          }
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>Cancel</button>
        <button mat-flat-button type="submit" [attr.aria-busy]="pending()">
          {{ pending() ? 'Saving…' : data.module ? 'Save module' : 'Add module' }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .fields {
      display: flex;
      flex-direction: column;
      gap: 16px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ModuleDialogComponent {
  protected readonly data = inject<ModuleDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<ModuleDialogComponent, boolean>>(MatDialogRef);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly limits = LIMITS;
  protected readonly categories = MODULE_CATEGORIES.map((value) => ({
    value,
    label: MODULE_CATEGORY_LABELS[value],
  }));
  protected readonly pending = signal(false);
  protected readonly form = new FormGroup({
    title: new FormControl(this.data.module?.title ?? '', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(LIMITS.title)],
    }),
    category: new FormControl<ModuleCategory | null>(this.data.module?.category ?? null, {
      validators: [Validators.required],
    }),
    objectives: new FormControl(this.data.module?.learningObjectives.join('\n') ?? '', {
      nonNullable: true,
      validators: [objectivesValidator],
    }),
  });

  protected async save(): Promise<void> {
    const { title, category, objectives } = this.form.getRawValue();
    if (this.pending()) return;
    if (this.form.invalid || category === null) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement);
      return;
    }
    this.pending.set(true);
    const saved = await this.data.submit({
      title: title.trim(),
      category,
      learningObjectives: linesOf(objectives),
    });
    this.pending.set(false);
    if (saved) this.ref.close(true);
  }
}
