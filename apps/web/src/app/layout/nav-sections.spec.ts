import { Role } from '@lms/shared/contracts';
import { navSectionsFor } from './nav-sections';

const labels = (roles: Role[]): string[] =>
  navSectionsFor(roles).flatMap((section) => section.items.map((item) => item.label));

describe('navSectionsFor', () => {
  it.each([
    [[Role.Trainee], ['My courses', 'Course catalogue', 'Transcript', 'Profile']],
    [[Role.Instructor], ['Authoring', 'Grading', 'Profile']],
    [
      [Role.Admin],
      ['Users', 'Certificates', 'Reports', 'Audit trail', 'Provider settings', 'Profile'],
    ],
    [
      [Role.Admin, Role.Trainee, Role.Instructor],
      [
        'My courses',
        'Course catalogue',
        'Transcript',
        'Authoring',
        'Grading',
        'Users',
        'Certificates',
        'Reports',
        'Audit trail',
        'Provider settings',
        'Profile',
      ],
    ],
  ])('shows %p the sections of each role they hold', (roles, expected) => {
    expect(labels(roles)).toEqual(expected);
  });
});
