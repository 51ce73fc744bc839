export enum Role {
  Trainee = 'trainee',
  Instructor = 'instructor',
  Admin = 'admin',
}
export const ROLES: readonly Role[] = [Role.Trainee, Role.Instructor, Role.Admin];

/** The clinical professions Threshold's trainees hold (DOMAIN.md, "Who uses it"). */
export enum Profession {
  Psychotherapist = 'psychotherapist',
  Psychologist = 'psychologist',
  Counselor = 'counselor',
  MarriageFamilyTherapist = 'marriage_family_therapist',
  SocialWorker = 'social_worker',
  Psychiatrist = 'psychiatrist',
  Physician = 'physician',
  NursePractitioner = 'nurse_practitioner',
  RegisteredNurse = 'registered_nurse',
  Other = 'other',
}
export const PROFESSIONS: readonly Profession[] = Object.values(Profession);

export const PROFESSION_LABELS: Record<Profession, string> = {
  [Profession.Psychotherapist]: 'Psychotherapist',
  [Profession.Psychologist]: 'Psychologist (PhD/PsyD)',
  [Profession.Counselor]: 'Professional counselor (LPC)',
  [Profession.MarriageFamilyTherapist]: 'Marriage and family therapist (LMFT)',
  [Profession.SocialWorker]: 'Clinical social worker (LCSW)',
  [Profession.Psychiatrist]: 'Psychiatrist',
  [Profession.Physician]: 'Physician (other specialty)',
  [Profession.NursePractitioner]: 'Nurse practitioner (incl. PMHNP)',
  [Profession.RegisteredNurse]: 'Registered nurse',
  [Profession.Other]: 'Other clinician',
};

/** U.S. states, DC and territories that issue clinical licences. */
export const LICENSE_STATES = [
  'AL',
  'AK',
  'AZ',
  'AR',
  'CA',
  'CO',
  'CT',
  'DE',
  'DC',
  'FL',
  'GA',
  'HI',
  'ID',
  'IL',
  'IN',
  'IA',
  'KS',
  'KY',
  'LA',
  'ME',
  'MD',
  'MA',
  'MI',
  'MN',
  'MS',
  'MO',
  'MT',
  'NE',
  'NV',
  'NH',
  'NJ',
  'NM',
  'NY',
  'NC',
  'ND',
  'OH',
  'OK',
  'OR',
  'PA',
  'RI',
  'SC',
  'SD',
  'TN',
  'TX',
  'UT',
  'VT',
  'VA',
  'WA',
  'WV',
  'WI',
  'WY',
  'PR',
  'GU',
  'VI',
  'AS',
  'MP',
] as const;
export type LicenseState = (typeof LICENSE_STATES)[number];

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;
export const MAX_LICENSES = 20;

export interface License {
  /** The licence's credential, e.g. `LCSW`, `MD`, `RN`, `LPC`. */
  type: string;
  number: string;
  /** Two-letter issuing state or territory code. */
  state: string;
}

/** `user` in auth responses and the admin user list. */
export interface UserSummary {
  id: string;
  email: string;
  fullName: string;
  roles: Role[];
}

export interface AdminUserSummary extends UserSummary {
  profession: Profession;
  createdAt: string;
}

export interface MeResponse {
  id: string;
  email: string;
  fullName: string;
  profession: Profession;
  roles: Role[];
  licenses: License[];
}

export interface RegisterRequest {
  email: string;
  password: string;
  fullName: string;
  profession: Profession;
}

export interface LoginRequest {
  email: string;
  password: string;
}

export interface AuthResponse {
  user: UserSummary;
  accessToken: string;
}

export interface RefreshResponse {
  accessToken: string;
}

export interface UpdateMeRequest {
  fullName?: string;
  profession?: Profession;
  /** Replaces the whole list when given. */
  licenses?: License[];
}

export interface SetRolesRequest {
  roles: Role[];
}

export interface UserListQuery {
  role?: Role;
  q?: string;
  limit?: number;
  offset?: number;
}

/** Claims carried by an access token. */
export interface AccessTokenClaims {
  sub: string;
  email: string;
  roles: Role[];
}

export const REFRESH_COOKIE_NAME = 'lms_refresh';
