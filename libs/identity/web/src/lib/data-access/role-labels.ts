import { Role } from '@lms/shared/contracts';

export const ROLE_LABELS: Record<Role, string> = {
  [Role.Trainee]: 'Trainee',
  [Role.Instructor]: 'Instructor',
  [Role.Admin]: 'Admin',
};
