import { HttpStatus } from '@nestjs/common';
import { DomainException } from '@lms/platform/api';

export enum IdentityErrorCode {
  EmailTaken = 'EMAIL_TAKEN',
  InvalidCredentials = 'INVALID_CREDENTIALS',
  InvalidRefreshToken = 'INVALID_REFRESH_TOKEN',
  RefreshTokenReused = 'REFRESH_TOKEN_REUSED',
  UserNotFound = 'USER_NOT_FOUND',
  CannotRemoveOwnAdminRole = 'CANNOT_REMOVE_OWN_ADMIN_ROLE',
  CannotDeleteSelf = 'CANNOT_DELETE_SELF',
}

export const IDENTITY_ERROR_STATUS: Record<IdentityErrorCode, HttpStatus> = {
  [IdentityErrorCode.EmailTaken]: HttpStatus.CONFLICT,
  [IdentityErrorCode.InvalidCredentials]: HttpStatus.UNAUTHORIZED,
  [IdentityErrorCode.InvalidRefreshToken]: HttpStatus.UNAUTHORIZED,
  [IdentityErrorCode.RefreshTokenReused]: HttpStatus.UNAUTHORIZED,
  [IdentityErrorCode.UserNotFound]: HttpStatus.NOT_FOUND,
  [IdentityErrorCode.CannotRemoveOwnAdminRole]: HttpStatus.CONFLICT,
  [IdentityErrorCode.CannotDeleteSelf]: HttpStatus.CONFLICT,
};

const MESSAGES: Record<IdentityErrorCode, string> = {
  [IdentityErrorCode.EmailTaken]: 'An account with this email already exists',
  [IdentityErrorCode.InvalidCredentials]: 'Email or password is incorrect',
  [IdentityErrorCode.InvalidRefreshToken]: 'Your session has ended; please sign in again',
  [IdentityErrorCode.RefreshTokenReused]:
    'This session was signed out because its refresh token was used twice; please sign in again',
  [IdentityErrorCode.UserNotFound]: 'User not found',
  [IdentityErrorCode.CannotRemoveOwnAdminRole]:
    'You cannot remove the admin role from your own account',
  [IdentityErrorCode.CannotDeleteSelf]: 'You cannot delete your own account',
};

export class IdentityException extends DomainException<IdentityErrorCode> {
  readonly status: HttpStatus;

  constructor(code: IdentityErrorCode, message = MESSAGES[code]) {
    super(code, message);
    this.status = IDENTITY_ERROR_STATUS[code];
  }
}
