import { Role } from '@lms/shared/contracts';

export interface NavItem {
  label: string;
  path: string;
  icon: string;
}

export interface NavSection {
  id: string;
  label: string;
  /** Shown to users holding this role; `null` means everyone. */
  role: Role | null;
  items: readonly NavItem[];
}

/** The navigation, one section per role; a user with several roles sees each of theirs. */
export const NAV_SECTIONS: readonly NavSection[] = [
  {
    id: 'learning',
    label: 'Learning',
    role: Role.Trainee,
    items: [
      { label: 'My courses', path: '/my-courses', icon: 'school' },
      { label: 'Course catalogue', path: '/catalogue', icon: 'library_books' },
      { label: 'Transcript', path: '/transcript', icon: 'description' },
    ],
  },
  {
    id: 'teaching',
    label: 'Teaching',
    role: Role.Instructor,
    items: [
      { label: 'Authoring', path: '/authoring', icon: 'edit' },
      { label: 'Grading', path: '/grading', icon: 'grading' },
    ],
  },
  {
    id: 'administration',
    label: 'Administration',
    role: Role.Admin,
    items: [
      { label: 'Users', path: '/admin/users', icon: 'group' },
      { label: 'Certificates', path: '/admin/certificates', icon: 'certificate' },
      { label: 'Reports', path: '/admin/reports', icon: 'grading' },
      { label: 'Audit trail', path: '/admin/audit', icon: 'schedule' },
      { label: 'Provider settings', path: '/admin/provider-settings', icon: 'info' },
    ],
  },
  {
    id: 'account',
    label: 'Account',
    role: null,
    items: [{ label: 'Profile', path: '/profile', icon: 'person' }],
  },
];

export function navSectionsFor(roles: readonly Role[]): NavSection[] {
  return NAV_SECTIONS.filter((section) => section.role === null || roles.includes(section.role));
}
