import type { Routes } from '@angular/router';
// identity-web is loaded eagerly, not through loadChildren: the shell, the guards and the
// start-up session restore need SessionStore before the first route renders.
import {
  NOT_AUTHORISED_PATH,
  adminUsersRoutes,
  authGuard,
  landingRedirect,
  profileRoutes,
  registerRoutes,
  roleGuard,
  signInRoutes,
  signedInMatch,
} from '@lms/identity/web';
import { Permission } from '@lms/shared/contracts';
import { PublicLayoutComponent } from './layout/public-layout.component';
import { ShellComponent } from './layout/shell.component';
import { NotAuthorisedPageComponent } from './pages/not-authorised-page.component';
import { NotFoundPageComponent } from './pages/not-found-page.component';

export const appRoutes: Routes = [
  { path: '', pathMatch: 'full', redirectTo: landingRedirect },
  {
    path: '',
    component: PublicLayoutComponent,
    children: [
      {
        path: 'login',
        children: signInRoutes,
      },
      {
        path: 'register',
        children: registerRoutes,
      },
      {
        // Public: boards and employers verify a certificate by its code or QR link.
        path: 'verify',
        loadChildren: () => import('@lms/credentials/web').then((m) => m.verifyRoutes),
      },
    ],
  },
  {
    path: '',
    component: ShellComponent,
    canActivate: [authGuard],
    children: [
      {
        path: 'my-courses',
        loadChildren: () => import('@lms/curriculum/web').then((m) => m.myCoursesRoutes),
      },
      {
        path: 'catalogue',
        loadChildren: () => import('@lms/curriculum/web').then((m) => m.catalogueRoutes),
      },
      {
        // Before `courses`: the quiz pages live in the assessment library.
        path: 'courses/:courseId/quizzes',
        loadChildren: () => import('@lms/assessment/web').then((m) => m.quizPlayerRoutes),
      },
      {
        // Before `courses`: the role-play pages live in the role-play library.
        path: 'courses/:courseId/roleplays',
        loadChildren: () => import('@lms/roleplay/web').then((m) => m.roleplayPlayerRoutes),
      },
      {
        // Before `courses`: evaluation, attestation and certificate live in the credentials library.
        path: 'courses/:courseId/credit',
        loadChildren: () => import('@lms/credentials/web').then((m) => m.creditClaimRoutes),
      },
      {
        path: 'courses',
        loadChildren: () => import('@lms/curriculum/web').then((m) => m.playerRoutes),
      },
      {
        path: 'transcript',
        loadChildren: () => import('@lms/credentials/web').then((m) => m.transcriptRoutes),
      },
      {
        path: 'authoring/quizzes',
        loadChildren: () => import('@lms/assessment/web').then((m) => m.quizAuthoringRoutes),
      },
      {
        path: 'authoring/courses/:courseId/credit',
        loadChildren: () =>
          import('@lms/credentials/web').then((m) => m.courseCreditSettingsRoutes),
      },
      {
        path: 'authoring',
        loadChildren: () => import('@lms/curriculum/web').then((m) => m.authoringRoutes),
      },
      {
        path: 'grading',
        canActivate: [roleGuard(Permission.RoleplayGrade)],
        loadChildren: () => import('@lms/roleplay/web').then((m) => m.gradingRoutes),
      },
      {
        path: 'admin/users',
        children: adminUsersRoutes,
      },
      {
        path: 'admin/certificates',
        loadChildren: () => import('@lms/credentials/web').then((m) => m.adminCertificatesRoutes),
      },
      {
        path: 'admin/provider-settings',
        loadChildren: () => import('@lms/credentials/web').then((m) => m.providerSettingsRoutes),
      },
      {
        path: 'admin/audit',
        loadChildren: () => import('@lms/credentials/web').then((m) => m.auditTrailRoutes),
      },
      {
        path: 'admin/reports',
        loadChildren: () => import('@lms/credentials/web').then((m) => m.reportsRoutes),
      },
      {
        path: 'profile',
        children: profileRoutes,
      },
      {
        path: NOT_AUTHORISED_PATH.slice(1),
        component: NotAuthorisedPageComponent,
        title: 'Not authorised',
      },
      {
        path: '**',
        component: NotFoundPageComponent,
        canMatch: [signedInMatch],
        title: 'Page not found',
      },
    ],
  },
  {
    path: '',
    component: PublicLayoutComponent,
    children: [{ path: '**', component: NotFoundPageComponent, title: 'Page not found' }],
  },
];
