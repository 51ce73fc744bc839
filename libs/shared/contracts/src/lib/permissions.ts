import { Role } from './identity';

/** What a role may do. The API guards on these; the web hides actions with the same map. */
export enum Permission {
  CourseLearn = 'course:learn',
  CourseAuthor = 'course:author',
  RoleplayGrade = 'roleplay:grade',
  UserManage = 'user:manage',
  CertificateIssue = 'certificate:issue',
  AuditRead = 'audit:read',
}

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  [Role.Trainee]: [Permission.CourseLearn],
  [Role.Instructor]: [Permission.CourseAuthor, Permission.RoleplayGrade],
  [Role.Admin]: [
    Permission.CourseAuthor,
    Permission.UserManage,
    Permission.CertificateIssue,
    Permission.AuditRead,
  ],
};

export function permissionsOf(roles: readonly Role[]): Set<Permission> {
  return new Set(roles.flatMap((role) => ROLE_PERMISSIONS[role]));
}

export function hasPermission(roles: readonly Role[], permission: Permission): boolean {
  return roles.some((role) => ROLE_PERMISSIONS[role].includes(permission));
}

/** The page each role lands on after signing in, most privileged first. */
export function landingPathFor(roles: readonly Role[]): string {
  if (roles.includes(Role.Admin)) return '/admin/users';
  if (roles.includes(Role.Instructor)) return '/authoring';
  return '/my-courses';
}
