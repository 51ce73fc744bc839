import type { Routes } from '@angular/router';
import { GradingPageComponent } from './feature-grading/grading-page.component';
import { GradingQueuePageComponent } from './feature-grading-queue/grading-queue-page.component';
import { ScenarioPageComponent } from './feature-scenario/scenario-page.component';

/**
 * Mounted at /courses/:courseId/roleplays (the page reads :courseId from the parent): the
 * scenario, rubric, submission and graded attempts. Trainees submit; staff see a preview. The
 * API decides who may open what.
 */
export const roleplayPlayerRoutes: Routes = [
  { path: ':roleplayId', component: ScenarioPageComponent, title: 'Role-play' },
];

/**
 * Mounted at /grading behind `roleGuard(Permission.RoleplayGrade)`: the queue and the grading
 * view of one submission.
 */
export const gradingRoutes: Routes = [
  { path: '', component: GradingQueuePageComponent, title: 'Grading' },
  { path: ':submissionId', component: GradingPageComponent, title: 'Grade a role-play' },
];
