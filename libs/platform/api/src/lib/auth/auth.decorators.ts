import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Permission } from '@lms/shared/contracts';
import type { FastifyRequest } from 'fastify';
import type { Actor } from './actor';

export const IS_PUBLIC_KEY = 'lms:isPublic';
export const PERMISSIONS_KEY = 'lms:permissions';

/** Opens a route to callers without an access token. Every other route needs one. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC_KEY, true);

/** The caller needs at least one role that grants each listed permission. */
export const RequirePermission = (...permissions: Permission[]): MethodDecorator & ClassDecorator =>
  SetMetadata(PERMISSIONS_KEY, permissions);

/** The authenticated caller. */
export const CurrentUser = createParamDecorator((_: unknown, context: ExecutionContext): Actor => {
  const request = context.switchToHttp().getRequest<FastifyRequest & { user?: Actor }>();
  if (!request.user) throw new Error('CurrentUser used on a public route');
  return request.user;
});
