import { Body, Controller, HttpCode, HttpStatus, Inject, Post, Req, Res } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { ApiBearerAuth, ApiCookieAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '@lms/platform/api';
import {
  type AuthResponse,
  REFRESH_COOKIE_NAME,
  type RefreshResponse,
} from '@lms/shared/contracts';
import type { CookieSerializeOptions } from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { identityConfig } from '../identity.config';
import { LoginDto, RegisterDto } from '../user/dto/identity.dto';
import type { UserEntity } from '../user/user.entity';
import { ThrottleAuth } from './auth-throttle.guard';
import { AuthService } from './auth.service';
import type { IssuedRefreshToken } from './refresh-token.service';
import { LocalAuthGuard } from './strategies';

export const REFRESH_COOKIE_PATH = '/api/auth';

function refreshCookieOf(request: FastifyRequest): string | undefined {
  const value = request.cookies[REFRESH_COOKIE_NAME];
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

@ApiTags('identity')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    @Inject(identityConfig.KEY) private readonly config: ConfigType<typeof identityConfig>,
  ) {}

  @Public()
  @ThrottleAuth('register')
  @Post('register')
  @ApiOperation({ summary: 'Create a trainee account and sign in' })
  @ApiResponse({ status: 201, description: '{ user, accessToken }; sets the refresh cookie' })
  @ApiResponse({ status: 409, description: 'Email already registered' })
  @ApiResponse({
    status: 429,
    description: 'Too many attempts from this address or for this email',
  })
  async register(
    @Body() dto: RegisterDto,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<AuthResponse> {
    const session = await this.auth.register(dto, req.headers['user-agent']);
    this.setRefreshCookie(res, session.refresh);
    return session.body;
  }

  @Public()
  @ThrottleAuth('login', LocalAuthGuard)
  @Post('login')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Sign in with email and password' })
  @ApiResponse({ status: 200, description: '{ user, accessToken }; sets the refresh cookie' })
  @ApiResponse({ status: 401, description: 'Email or password is incorrect' })
  @ApiResponse({
    status: 429,
    description:
      'Too many attempts from this address or for this account, or the account must wait after repeated wrong passwords (Retry-After)',
  })
  async login(
    @Body() _dto: LoginDto,
    @Req() req: FastifyRequest & { user: UserEntity },
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<AuthResponse> {
    const session = await this.auth.login(req.user, req.headers['user-agent']);
    this.setRefreshCookie(res, session.refresh);
    return session.body;
  }

  @Public()
  @Post('refresh')
  @HttpCode(HttpStatus.OK)
  @ApiCookieAuth(REFRESH_COOKIE_NAME)
  @ApiOperation({
    summary: 'Exchange the refresh cookie for a new access token (rotates the cookie)',
  })
  @ApiResponse({ status: 401, description: 'Missing, expired, revoked or reused refresh token' })
  async refresh(
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<RefreshResponse> {
    try {
      const result = await this.auth.refresh(refreshCookieOf(req), req.headers['user-agent']);
      this.setRefreshCookie(res, result.refresh);
      return { accessToken: result.accessToken };
    } catch (error) {
      this.clearRefreshCookie(res);
      throw error;
    }
  }

  @Post('logout')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Sign out: revokes the refresh token family and clears the cookie' })
  async logout(
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<void> {
    await this.auth.logout(refreshCookieOf(req));
    this.clearRefreshCookie(res);
  }

  private cookieOptions(): CookieSerializeOptions {
    return {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.config.cookieSecure,
      path: REFRESH_COOKIE_PATH,
    };
  }

  private setRefreshCookie(res: FastifyReply, refresh: IssuedRefreshToken): void {
    void res.setCookie(REFRESH_COOKIE_NAME, refresh.token, {
      ...this.cookieOptions(),
      expires: refresh.expiresAt,
    });
  }

  /** An empty cookie that expired in 1970 (as Express's clearCookie sent it: no Max-Age). */
  private clearRefreshCookie(res: FastifyReply): void {
    void res.setCookie(REFRESH_COOKIE_NAME, '', { ...this.cookieOptions(), expires: new Date(0) });
  }
}
