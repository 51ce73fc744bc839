import type { Route, Routes } from '@angular/router';
import { roleGuard } from '@lms/identity/web';
import { Permission } from '@lms/shared/contracts';
import { provideCredentialIcons } from './ui/credential-icons';

/**
 * Each page is its own chunk (`loadComponent`): the public verification page stays small for
 * a phone that scanned a QR code, and chart.js loads only with the reports.
 */
function pages(children: Route[], permission?: Permission): Routes {
  return [
    {
      path: '',
      providers: [provideCredentialIcons()],
      canActivate: permission === undefined ? [] : [roleGuard(permission)],
      children,
    },
  ];
}

/** Mounted at /courses/:courseId/credit: evaluation, attestation and claim, certificate. */
export const creditClaimRoutes: Routes = pages(
  [
    {
      path: '',
      loadComponent: () =>
        import('./feature-credit-claim/credit-claim-page.component').then(
          (m) => m.CreditClaimPageComponent,
        ),
      title: 'Complete your course',
    },
  ],
  Permission.CourseLearn,
);

/** Mounted at /transcript: the trainee's certificates and credit totals. */
export const transcriptRoutes: Routes = pages(
  [
    {
      path: '',
      loadComponent: () =>
        import('./feature-transcript/transcript-page.component').then(
          (m) => m.TranscriptPageComponent,
        ),
      title: 'My certificates and transcript',
    },
  ],
  Permission.CourseLearn,
);

/** Mounted at /verify inside the public layout: no sign-in, for anyone holding a code. */
export const verifyRoutes: Routes = pages([
  {
    path: '',
    loadComponent: () =>
      import('./feature-verify/verify-page.component').then((m) => m.VerifyPageComponent),
    title: 'Verify a certificate',
  },
  {
    path: ':code',
    loadComponent: () =>
      import('./feature-verify/verify-page.component').then((m) => m.VerifyPageComponent),
    title: 'Certificate verification',
  },
]);

/** Mounted at /admin/certificates: list, revoke, reissue, issue one, issue in bulk. */
export const adminCertificatesRoutes: Routes = pages(
  [
    {
      path: '',
      loadComponent: () =>
        import('./feature-admin-certificates/admin-certificates-page.component').then(
          (m) => m.AdminCertificatesPageComponent,
        ),
      title: 'Certificates',
    },
  ],
  Permission.CertificateIssue,
);

/** Mounted at /admin/provider-settings: what every certificate prints about the provider. */
export const providerSettingsRoutes: Routes = pages(
  [
    {
      path: '',
      loadComponent: () =>
        import('./feature-provider-settings/provider-settings-page.component').then(
          (m) => m.ProviderSettingsPageComponent,
        ),
      title: 'Provider settings',
    },
  ],
  Permission.CertificateIssue,
);

/** Mounted at /admin/audit: the audit trail an accreditor may ask for. */
export const auditTrailRoutes: Routes = pages(
  [
    {
      path: '',
      loadComponent: () =>
        import('./feature-audit-trail/audit-trail-page.component').then(
          (m) => m.AuditTrailPageComponent,
        ),
      title: 'Audit trail',
    },
  ],
  Permission.AuditRead,
);

/** Mounted at /admin/reports: credits issued, completion per course, evaluation results. */
export const reportsRoutes: Routes = pages(
  [
    {
      path: '',
      loadComponent: () =>
        import('./feature-reports/reports-page.component').then((m) => m.ReportsPageComponent),
      title: 'Reports',
    },
  ],
  Permission.CertificateIssue,
);

/** Mounted at /authoring/courses/:courseId/credit: learning format, validity, evaluation form. */
export const courseCreditSettingsRoutes: Routes = pages(
  [
    {
      path: '',
      loadComponent: () =>
        import('./feature-course-credit-settings/course-credit-settings-page.component').then(
          (m) => m.CourseCreditSettingsPageComponent,
        ),
      title: 'CE settings and evaluation',
    },
  ],
  Permission.CourseAuthor,
);
