import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import type { RouteContract } from '@livemall/shared';
import type { FastifyRequest } from 'fastify';
import { ROUTE_CONTRACT } from '../../common/contract/route.decorator';
import { authErrors } from './auth.errors';
import { TokensService } from './tokens.service';

export const PUBLIC_UNLISTED = 'livemall:public-unlisted';

export function bearer(req: FastifyRequest): string | undefined {
  const header = req.headers.authorization;
  return header?.startsWith('Bearer ') ? header.slice(7).trim() || undefined : undefined;
}

/**
 * Applies each route's `access` from the shared contract. A handler with no contract is refused unless it
 * is marked public on purpose (the docs page), so a forgotten contract cannot open a route.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(private readonly tokens: TokensService) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const handler = ctx.getHandler();
    const contract = Reflect.getMetadata(ROUTE_CONTRACT, handler) as RouteContract | undefined;
    if (!contract) {
      if (Reflect.getMetadata(PUBLIC_UNLISTED, handler) || Reflect.getMetadata(PUBLIC_UNLISTED, ctx.getClass())) return true;
      throw authErrors.forbidden();
    }
    const req = ctx.switchToHttp().getRequest<FastifyRequest>();
    const token = bearer(req);
    if (contract.access === 'public') {
      // A public route still knows who is calling when it can; a bad token there is simply ignored.
      if (token) req.authUser = await this.tokens.verifyAccess(token).catch(() => undefined);
      return true;
    }
    if (!token) throw authErrors.unauthorized();
    const user = await this.tokens.verifyAccess(token);
    req.authUser = user;
    if (contract.access === 'user') return true;
    if (contract.access.some((role) => user.roles.includes(role))) return true;
    throw authErrors.forbidden();
  }
}
