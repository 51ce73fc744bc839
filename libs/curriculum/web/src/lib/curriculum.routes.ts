import type { Routes } from '@angular/router';
import { roleGuard } from '@lms/identity/web';
import { Permission } from '@lms/shared/contracts';
import { AuthoringPageComponent } from './feature-authoring/authoring-page.component';
import { CourseEditorPageComponent } from './feature-authoring/course-editor-page.component';
import { CataloguePageComponent } from './feature-catalogue/catalogue-page.component';
import { LessonReaderPageComponent } from './feature-lesson/lesson-reader-page.component';
import { MyCoursesPageComponent } from './feature-my-courses/my-courses-page.component';
import { CourseOutlinePageComponent } from './feature-outline/course-outline-page.component';

/** /catalogue: published courses to enroll in. */
export const catalogueRoutes: Routes = [
  {
    path: '',
    component: CataloguePageComponent,
    canActivate: [roleGuard(Permission.CourseLearn)],
    title: 'Course catalogue',
  },
];

/** /my-courses: the trainee's enrollments and progress. */
export const myCoursesRoutes: Routes = [
  {
    path: '',
    component: MyCoursesPageComponent,
    canActivate: [roleGuard(Permission.CourseLearn)],
    title: 'My courses',
  },
];

/**
 * /courses/:courseId (outline) and /courses/:courseId/lessons/:lessonId (reader). Trainees
 * learn here; instructors and admins preview. The API decides what each may open.
 */
export const playerRoutes: Routes = [
  { path: ':courseId', component: CourseOutlinePageComponent, title: 'Course outline' },
  { path: ':courseId/lessons/:lessonId', component: LessonReaderPageComponent, title: 'Lesson' },
];

/** /authoring (course list) and /authoring/courses/:courseId (editor). */
export const authoringRoutes: Routes = [
  {
    path: '',
    canActivate: [roleGuard(Permission.CourseAuthor)],
    children: [
      { path: '', component: AuthoringPageComponent, title: 'Authoring' },
      { path: 'courses/:courseId', component: CourseEditorPageComponent, title: 'Course editor' },
    ],
  },
];
