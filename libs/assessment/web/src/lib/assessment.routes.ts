import type { Routes } from '@angular/router';
import { roleGuard } from '@lms/identity/web';
import { Permission } from '@lms/shared/contracts';
import { QuizEditorPageComponent } from './feature-quiz-editor/quiz-editor-page.component';
import { QuizIntroPageComponent } from './feature-quiz-intro/quiz-intro-page.component';
import { QuizResultsPageComponent } from './feature-quiz-results/quiz-results-page.component';
import { QuizTakingPageComponent } from './feature-quiz-taking/quiz-taking-page.component';

/**
 * Mounted at /courses/:courseId/quizzes (the pages read :courseId from the parent):
 * the quiz intro, an attempt, and its results. Trainees take quizzes; staff see the intro
 * as a preview. The API decides who may open what.
 */
export const quizPlayerRoutes: Routes = [
  { path: ':quizId', component: QuizIntroPageComponent, title: 'Quiz' },
  {
    path: ':quizId/attempts/:attemptId',
    component: QuizTakingPageComponent,
    canActivate: [roleGuard(Permission.CourseLearn)],
    title: 'Quiz attempt',
  },
  {
    path: ':quizId/attempts/:attemptId/results',
    component: QuizResultsPageComponent,
    title: 'Quiz results',
  },
];

/** Mounted at /authoring/quizzes: the quiz editor and its statistics (instructors, admins). */
export const quizAuthoringRoutes: Routes = [
  {
    path: '',
    canActivate: [roleGuard(Permission.CourseAuthor)],
    children: [
      { path: ':quizId', component: QuizEditorPageComponent, title: 'Quiz editor' },
      {
        path: ':quizId/statistics',
        // Its own chunk: chart.js is loaded only for the statistics.
        loadComponent: () =>
          import('./feature-quiz-statistics/quiz-statistics-page.component').then(
            (m) => m.QuizStatisticsPageComponent,
          ),
        title: 'Quiz statistics',
      },
    ],
  },
];
