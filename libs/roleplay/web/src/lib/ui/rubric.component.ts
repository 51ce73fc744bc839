import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { RoleplayResponse } from '@lms/shared/contracts';
import { passMarkText, pointsText } from './roleplay-format';

/**
 * The rubric as trainees read it before they practise: the pass mark, then each criterion with
 * its levels (label and points). Headings start at `headingLevel` (one per criterion).
 */
@Component({
  selector: 'lms-rubric',
  templateUrl: './rubric.component.html',
  styleUrl: './rubric.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RubricComponent {
  readonly roleplay =
    input.required<Pick<RoleplayResponse, 'rubric' | 'passingScore' | 'maxPoints'>>();
  readonly headingLevel = input(3);

  protected readonly points = pointsText;
  protected readonly passMark = computed(() => passMarkText(this.roleplay()));
  protected readonly criteria = computed(() => this.roleplay().rubric.criteria);
}
