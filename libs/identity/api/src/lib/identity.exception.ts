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
  /** Too many sign-in or registration attempts from one address or for one account. */
  TooManyAttempts = 'TOO_MANY_REQUESTS',
  /** Repeated wrong passwords: this account must wait before the next sign-in attempt. */
  TooManyFailedSignIns = 'TOO_MANY_FAILED_SIGN_INS',
}

export const IDENTITY_ERROR_STATUS: Record<IdentityErrorCode, HttpStatus> = {
  [IdentityErrorCode.EmailTaken]: HttpStatus.CONFLICT,
  [IdentityErrorCode.InvalidCredentials]: HttpStatus.UNAUTHORIZED,
  [IdentityErrorCode.InvalidRefreshToken]: HttpStatus.UNAUTHORIZED,
  [IdentityErrorCode.RefreshTokenReused]: HttpStatus.UNAUTHORIZED,
  [IdentityErrorCode.UserNotFound]: HttpStatus.NOT_FOUND,
  [IdentityErrorCode.CannotRemoveOwnAdminRole]: HttpStatus.CONFLICT,
  [IdentityErrorCode.CannotDeleteSelf]: HttpStatus.CONFLICT,
  [IdentityErrorCode.TooManyAttempts]: HttpStatus.TOO_MANY_REQUESTS,
  [IdentityErrorCode.TooManyFailedSignIns]: HttpStatus.TOO_MANY_REQUESTS,
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
  [IdentityErrorCode.TooManyAttempts]: 'Too many attempts; please wait and try again',
  [IdentityErrorCode.TooManyFailedSignIns]:
    'Too many failed sign-ins for this account; please wait and try again',
};

export class IdentityException extends DomainException<IdentityErrorCode> {
  readonly status: HttpStatus;

  constructor(
    code: IdentityErrorCode,
    message = MESSAGES[code],
    details?: Record<string, unknown>,
  ) {
    super(code, message, details);
    this.status = IDENTITY_ERROR_STATUS[code];
  }

  /** 429 with `Retry-After` and `retryAfterSeconds` in the body. */
  static tooMany(
    code: IdentityErrorCode.TooManyAttempts | IdentityErrorCode.TooManyFailedSignIns,
    retryAfterSeconds: number,
  ): IdentityException {
    const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
    const error = new IdentityException(
      code,
      `${MESSAGES[code]} in ${seconds} second${seconds === 1 ? '' : 's'}`,
      { retryAfterSeconds: seconds },
    );
    error.retryAfterSeconds = seconds;
    return error;
  }
}
