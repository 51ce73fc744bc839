import {
  BadRequestException,
  type ExecutionContext,
  Inject,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { Reflector } from '@nestjs/core';
import { AuthGuard, PassportStrategy } from '@nestjs/passport';
import { type Actor, createValidationPipe, IS_PUBLIC_KEY } from '@lms/platform/api';
import type { AccessTokenClaims } from '@lms/shared/contracts';
import type { FastifyRequest } from 'fastify';
import type { Observable } from 'rxjs';
import { ExtractJwt, Strategy as JwtStrategyBase } from 'passport-jwt';
import { Strategy as LocalStrategyBase } from 'passport-local';
import { identityConfig, jwtKey } from '../identity.config';
import { LoginDto } from '../user/dto/identity.dto';
import type { UserEntity } from '../user/user.entity';
import { isAnonymised, UserService } from '../user/user.service';
import { AuthService } from './auth.service';

const UNAUTHORIZED_BODY = {
  statusCode: 401,
  error: 'Unauthorized',
  code: 'UNAUTHORIZED',
  message: 'A valid access token is required',
};

/** Bearer access tokens: signature and expiry checked, then the user's current roles loaded. */
@Injectable()
export class JwtStrategy extends PassportStrategy(JwtStrategyBase, 'jwt') {
  constructor(
    @Inject(identityConfig.KEY) config: ConfigType<typeof identityConfig>,
    private readonly users: UserService,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // A KeyObject, not the string (see jwtKey); passport-jwt hands it to jsonwebtoken as is.
      secretOrKey: jwtKey(config) as unknown as Buffer,
      algorithms: ['HS256'],
      ignoreExpiration: false,
    });
  }

  async validate(claims: AccessTokenClaims): Promise<Actor> {
    const user = await this.users.actor(claims.sub);
    // A deleted (anonymised) account's tokens die with it, not when they expire.
    if (!user || isAnonymised(user.email)) throw new UnauthorizedException(UNAUTHORIZED_BODY);
    return { id: user.id, email: user.email, roles: [...user.roles] };
  }
}

/** Email and password from the login body. */
@Injectable()
export class LocalStrategy extends PassportStrategy(LocalStrategyBase, 'local') {
  constructor(private readonly auth: AuthService) {
    super({ usernameField: 'email', passwordField: 'password' });
  }

  validate(email: string, password: string): Promise<UserEntity> {
    return this.auth.validateCredentials(email, password);
  }
}

/** Global guard: every route needs a valid access token unless marked `@Public()`. */
@Injectable()
export class JwtAuthGuard extends AuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override canActivate(
    context: ExecutionContext,
  ): boolean | Promise<boolean> | Observable<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean | undefined>(IS_PUBLIC_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (isPublic) return true;
    return super.canActivate(context);
  }

  override handleRequest<TUser>(error: unknown, user: TUser | false): TUser {
    if (error instanceof Error && !(error instanceof UnauthorizedException)) throw error;
    if (!user) throw new UnauthorizedException(UNAUTHORIZED_BODY);
    return user;
  }
}

/** Validates the login body (400 naming the field) before the local strategy checks it. */
@Injectable()
export class LocalAuthGuard extends AuthGuard('local') {
  private readonly pipe = createValidationPipe();

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const body: unknown = request.body;
    if (typeof body !== 'object' || body === null) {
      throw new BadRequestException({
        statusCode: 400,
        error: 'Bad Request',
        code: 'VALIDATION_FAILED',
        message: ['email must be an email', 'password should not be empty'],
      });
    }
    request.body = (await this.pipe.transform(body, {
      type: 'body',
      metatype: LoginDto,
    })) as LoginDto;
    return (await super.canActivate(context)) as boolean;
  }

  override handleRequest<TUser>(error: unknown, user: TUser | false): TUser {
    if (error instanceof Error) throw error;
    if (!user) throw new UnauthorizedException(UNAUTHORIZED_BODY);
    return user;
  }
}
