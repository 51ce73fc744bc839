import type { Role } from '@lms/shared/contracts';

/** The authenticated caller, as the JWT strategy puts it on the request. */
export interface Actor {
  id: string;
  email: string;
  roles: Role[];
}
