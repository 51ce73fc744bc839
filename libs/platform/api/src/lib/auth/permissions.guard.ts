import {
  type CanActivate,
  type ExecutionContext,
  ForbiddenException,
  Injectable,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { hasPermission, type Permission } from '@lms/shared/contracts';
import type { FastifyRequest } from 'fastify';
import type { Actor } from './actor';
import { PERMISSIONS_KEY } from './auth.decorators';

/** Checks `@RequirePermission(...)` against the caller's roles (the shared role → permission map). */
@Injectable()
export class PermissionsGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const required = this.reflector.getAllAndOverride<Permission[] | undefined>(PERMISSIONS_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!required || required.length === 0) return true;
    const user = context.switchToHttp().getRequest<FastifyRequest & { user?: Actor }>().user;
    if (user && required.every((permission) => hasPermission(user.roles, permission))) return true;
    throw new ForbiddenException({
      statusCode: 403,
      error: 'Forbidden',
      code: 'FORBIDDEN',
      message: 'Your role does not allow this action',
    });
  }
}
