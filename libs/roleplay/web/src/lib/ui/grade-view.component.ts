import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import type { GradeResponse, RoleplayResponse } from '@lms/shared/contracts';
import { OUTCOME_LABELS, formatDateTime, pointsText, scoreText } from './roleplay-format';

type Criteria = RoleplayResponse['rubric']['criteria'];

/** One row of a grade: the criterion, the level the grader chose and their comment. */
export interface GradedCriterion {
  criterionId: string;
  title: string;
  level: string;
  points: number;
  comment: string | null;
}

/** Names each score of a grade with its criterion and level (criteria the rubric lacks keep a placeholder). */
export function gradedCriteria(grade: GradeResponse, criteria: Criteria): GradedCriterion[] {
  return grade.scores.map((score, i) => {
    const criterion = criteria.find((c) => c.id === score.criterionId);
    return {
      criterionId: score.criterionId,
      title: criterion?.title ?? `Criterion ${i + 1}`,
      level: criterion?.levels[score.levelIndex]?.label ?? `Level ${score.levelIndex + 1}`,
      points: score.points,
      comment: score.comment,
    };
  });
}

/**
 * A grade as the trainee and the grader read it: outcome (in words, with an icon), points and
 * percent, the level chosen per criterion with comments, the overall feedback, who graded it.
 */
@Component({
  selector: 'lms-grade-view',
  imports: [MatIconModule],
  templateUrl: './grade-view.component.html',
  styleUrl: './grade-view.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class GradeViewComponent {
  readonly grade = input.required<GradeResponse>();
  readonly criteria = input.required<Criteria>();
  readonly passingScore = input.required<number>();
  readonly headingLevel = input(4);

  protected readonly points = pointsText;
  protected readonly passed = computed(() => this.grade().outcome === 'pass');
  protected readonly outcome = computed(() => OUTCOME_LABELS[this.grade().outcome]);
  protected readonly score = computed(() => {
    const grade = this.grade();
    return scoreText(grade.points, grade.maxPoints, grade.percent);
  });
  protected readonly rows = computed(() => gradedCriteria(this.grade(), this.criteria()));
  protected readonly gradedAt = computed(() => formatDateTime(this.grade().gradedAt));
}
