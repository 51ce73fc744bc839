import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { CREDIT_TYPE_LABELS, CreditType } from '@lms/shared/contracts';
import { type CourseDetailsForm, LIMITS, creditForm } from './authoring-forms';

/** Title, summary, objectives and CE credit designations of a course (new or edited). */
@Component({
  selector: 'lms-course-details-fields',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
  ],
  templateUrl: './course-details-fields.component.html',
  styleUrl: './course-details-fields.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CourseDetailsFieldsComponent {
  readonly form = input.required<CourseDetailsForm>();

  protected readonly limits = LIMITS;
  protected readonly creditTypes = Object.values(CreditType).map((value) => ({
    value,
    label: CREDIT_TYPE_LABELS[value],
  }));

  protected addCredit(): void {
    this.form().controls.credits.push(creditForm());
    this.form().markAsDirty();
  }

  protected removeCredit(index: number): void {
    this.form().controls.credits.removeAt(index);
    this.form().markAsDirty();
  }
}
