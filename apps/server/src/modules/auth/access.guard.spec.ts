import type { ExecutionContext } from '@nestjs/common';
import { defineRoute, ErrorCode, okSchema, type RouteContract } from '@livemall/shared';
import { ROUTE_CONTRACT } from '../../common/contract/route.decorator';
import { strictFake } from '../../../test/support/strict-fake';
import { AccessGuard, PUBLIC_UNLISTED } from './access.guard';
import type { AuthUser } from './auth-user';
import { authErrors } from './auth.errors';
import type { TokensService } from './tokens.service';

const route = (access: RouteContract['access']) =>
  defineRoute({ method: 'GET', path: '/x', tag: 't', summary: 's', access, response: okSchema });

function contextFor(contract: RouteContract | undefined, authorization?: string, marks: string[] = []) {
  const handler = () => undefined;
  if (contract) Reflect.defineMetadata(ROUTE_CONTRACT, contract, handler);
  for (const m of marks) Reflect.defineMetadata(m, true, handler);
  const req: { headers: Record<string, string>; authUser?: AuthUser } = { headers: authorization ? { authorization } : {} };
  const ctx = {
    getHandler: () => handler,
    getClass: () => class {},
    switchToHttp: () => ({ getRequest: () => req }),
  } as unknown as ExecutionContext;
  return { ctx, req };
}

const tokens = strictFake<TokensService>('tokens', {
  verifyAccess: async (token: string): Promise<AuthUser> => {
    if (token === 'merchant') return { id: 'm', roles: ['user', 'merchant'] };
    if (token === 'user') return { id: 'u', roles: ['user'] };
    if (token === 'expired') throw authErrors.tokenExpired();
    throw authErrors.unauthorized();
  },
});
const guard = new AccessGuard(tokens);

describe('AccessGuard', () => {
  it('lets anyone call a public route, and notes a valid caller', async () => {
    const anon = contextFor(route('public'));
    await expect(guard.canActivate(anon.ctx)).resolves.toBe(true);
    const known = contextFor(route('public'), 'Bearer user');
    await guard.canActivate(known.ctx);
    expect(known.req.authUser).toEqual({ id: 'u', roles: ['user'] });
    await expect(guard.canActivate(contextFor(route('public'), 'Bearer junk').ctx)).resolves.toBe(true);
  });

  it('asks for a login on user routes and says when the token has expired', async () => {
    await expect(guard.canActivate(contextFor(route('user')).ctx)).rejects.toMatchObject({ code: ErrorCode.UNAUTHORIZED });
    await expect(guard.canActivate(contextFor(route('user'), 'Basic user').ctx)).rejects.toMatchObject({ code: ErrorCode.UNAUTHORIZED });
    await expect(guard.canActivate(contextFor(route('user'), 'Bearer expired').ctx)).rejects.toMatchObject({ code: ErrorCode.TOKEN_EXPIRED });
    await expect(guard.canActivate(contextFor(route('user'), 'Bearer user').ctx)).resolves.toBe(true);
  });

  it('checks roles', async () => {
    await expect(guard.canActivate(contextFor(route(['merchant']), 'Bearer user').ctx)).rejects.toMatchObject({ code: ErrorCode.FORBIDDEN, status: 403 });
    await expect(guard.canActivate(contextFor(route(['merchant', 'admin']), 'Bearer merchant').ctx)).resolves.toBe(true);
  });

  it('refuses a handler without a contract unless it is marked public on purpose', async () => {
    await expect(guard.canActivate(contextFor(undefined).ctx)).rejects.toMatchObject({ code: ErrorCode.FORBIDDEN });
    await expect(guard.canActivate(contextFor(undefined, undefined, [PUBLIC_UNLISTED]).ctx)).resolves.toBe(true);
  });
});
