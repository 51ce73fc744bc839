import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { JwtService } from '@nestjs/jwt';
import type { AccessTokenClaims, AuthResponse } from '@lms/shared/contracts';
import { identityConfig } from '../identity.config';
import { IdentityErrorCode, IdentityException } from '../identity.exception';
import type { RegisterDto } from '../user/dto/identity.dto';
import { toUserSummary } from '../user/user.mapper';
import type { UserEntity } from '../user/user.entity';
import { UserService } from '../user/user.service';
import { AuthThrottleService } from './auth-throttle.service';
import { PasswordHasher } from './password-hasher';
import { type IssuedRefreshToken, RefreshTokenService } from './refresh-token.service';

export interface Session {
  body: AuthResponse;
  refresh: IssuedRefreshToken;
}

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UserService,
    private readonly hasher: PasswordHasher,
    private readonly refreshTokens: RefreshTokenService,
    private readonly jwt: JwtService,
    private readonly throttle: AuthThrottleService,
    @Inject(identityConfig.KEY) private readonly config: ConfigType<typeof identityConfig>,
  ) {}

  async register(dto: RegisterDto, userAgent?: string): Promise<Session> {
    const user = await this.users.register(dto);
    return this.startSession(user, userAgent);
  }

  /**
   * Used by the local strategy; the same error whether the email or the password is wrong.
   * Failures are counted per account (unknown emails too), so repeated ones make it wait.
   */
  async validateCredentials(email: string, password: string): Promise<UserEntity> {
    const user = await this.users.findByEmailWithPassword(email);
    const ok = await this.hasher.verify(user?.passwordHash, password);
    if (!user || !ok) {
      await this.throttle.recordFailure(email);
      throw new IdentityException(IdentityErrorCode.InvalidCredentials);
    }
    await this.throttle.recordSuccess(email);
    return user;
  }

  async login(user: UserEntity, userAgent?: string): Promise<Session> {
    await this.users.markLoggedIn(user.id);
    return this.startSession(user, userAgent);
  }

  async refresh(
    token: string | undefined,
    userAgent?: string,
  ): Promise<{ accessToken: string; refresh: IssuedRefreshToken }> {
    if (!token) throw new IdentityException(IdentityErrorCode.InvalidRefreshToken);
    const rotated = await this.refreshTokens.rotate(token, userAgent);
    const user = await this.users.findById(rotated.userId);
    if (!user) throw new IdentityException(IdentityErrorCode.InvalidRefreshToken);
    return { accessToken: await this.accessTokenFor(user), refresh: rotated };
  }

  async logout(token: string | undefined): Promise<void> {
    if (token) await this.refreshTokens.revokeFamilyOf(token, 'logout');
  }

  private async startSession(user: UserEntity, userAgent?: string): Promise<Session> {
    const refresh = await this.refreshTokens.issue(user.id, { userAgent });
    return {
      body: { user: toUserSummary(user), accessToken: await this.accessTokenFor(user) },
      refresh,
    };
  }

  private accessTokenFor(user: UserEntity): Promise<string> {
    const claims: AccessTokenClaims = { sub: user.id, email: user.email, roles: user.roles };
    return this.jwt.signAsync(claims, { expiresIn: this.config.accessTtlSeconds });
  }
}
