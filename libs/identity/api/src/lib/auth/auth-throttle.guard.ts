import {
  applyDecorators,
  type CanActivate,
  type ExecutionContext,
  Injectable,
  SetMetadata,
  UseGuards,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { type AuthThrottleScope, AuthThrottleService } from './auth-throttle.service';

const AUTH_THROTTLE_SCOPE = 'identity:authThrottleScope';

/**
 * Counts the attempt per client address and per account (the body's email) before anything
 * else runs, in PostgreSQL so every replica shares the counts; 429 with Retry-After past the
 * limits. Replaces the in-memory `@nestjs/throttler`, whose counts were per process.
 */
@Injectable()
export class AuthThrottleGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly throttle: AuthThrottleService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const scope = this.reflector.get<AuthThrottleScope | undefined>(
      AUTH_THROTTLE_SCOPE,
      context.getHandler(),
    );
    if (!scope) return true;
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const body: unknown = request.body;
    const email =
      typeof body === 'object' && body !== null ? (body as { email?: unknown }).email : undefined;
    const account = typeof email === 'string' && email.trim().length > 0 ? email : undefined;
    const address = request.ip || (request.socket.remoteAddress ?? 'unknown');
    await this.throttle.hit(scope, address, account);
    return true;
  }
}

/**
 * Throttles a public identity route per address and per account (see AuthThrottleGuard),
 * then runs `then` (e.g. the password check), in that order.
 */
export function ThrottleAuth(
  scope: AuthThrottleScope,
  ...then: (new (...args: never[]) => CanActivate)[]
): MethodDecorator & ClassDecorator {
  return applyDecorators(
    SetMetadata(AUTH_THROTTLE_SCOPE, scope),
    UseGuards(AuthThrottleGuard, ...then),
  );
}
