import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { AuthUser } from './auth-user';
import { authErrors } from './auth.errors';

/** The caller of a route whose contract requires a login. */
export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): AuthUser => {
  const user = ctx.switchToHttp().getRequest<FastifyRequest>().authUser;
  if (!user) throw authErrors.unauthorized();
  return user;
});

/** The caller on a public route, when they sent a valid token; undefined otherwise. */
export const OptionalUser = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): AuthUser | undefined => ctx.switchToHttp().getRequest<FastifyRequest>().authUser,
);
