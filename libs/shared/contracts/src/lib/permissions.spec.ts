import { Role } from './identity';
import { hasPermission, landingPathFor, Permission, permissionsOf } from './permissions';

describe('role → permission map', () => {
  it('keeps user management and certificates with admins', () => {
    expect(hasPermission([Role.Trainee], Permission.UserManage)).toBe(false);
    expect(hasPermission([Role.Instructor], Permission.UserManage)).toBe(false);
    expect(hasPermission([Role.Admin], Permission.UserManage)).toBe(true);
    expect(hasPermission([Role.Instructor], Permission.CertificateIssue)).toBe(false);
  });

  it('combines the permissions of several roles', () => {
    const both = permissionsOf([Role.Trainee, Role.Instructor]);
    expect(both.has(Permission.CourseLearn)).toBe(true);
    expect(both.has(Permission.RoleplayGrade)).toBe(true);
    expect(both.has(Permission.AuditRead)).toBe(false);
  });

  it.each([
    [[Role.Trainee], '/my-courses'],
    [[Role.Instructor], '/authoring'],
    [[Role.Trainee, Role.Instructor], '/authoring'],
    [[Role.Admin], '/admin/users'],
    [[], '/my-courses'],
  ])('lands %p on %s', (roles, path) => {
    expect(landingPathFor(roles)).toBe(path);
  });
});
