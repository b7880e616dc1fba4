import { api, type Role } from '@livemall/shared';
import type { RouteKey } from './authz-http';
import { ACTORS, type ActorName } from './authz-world';

/** The roles each actor's token carries (checked against the tokens themselves). */
export const ACTOR_ROLES: Record<ActorName, readonly Role[] | null> = {
  guest: null,
  userA: ['user'],
  userB: ['user'],
  merchantX: ['user', 'merchant'],
  merchantY: ['user', 'merchant'],
  // An assistant holds no `merchant` role: the shop tables, not the token, say whose floor it runs.
  assistantX: ['user'],
  admin: ['user', 'admin'],
};

export type AccessExpectation = { kind: 'refused'; status: 401 | 403; code: 'UNAUTHORIZED' | 'FORBIDDEN' } | { kind: 'let-through' };

/** What the guard must answer, from the contract alone. */
export function expectedAccess(route: RouteKey, actor: ActorName): AccessExpectation {
  const access = api[route].access;
  const roles = ACTOR_ROLES[actor];
  if (access === 'public') return { kind: 'let-through' };
  if (!roles) return { kind: 'refused', status: 401, code: 'UNAUTHORIZED' };
  if (access === 'user' || access.some((r) => roles.includes(r))) return { kind: 'let-through' };
  return { kind: 'refused', status: 403, code: 'FORBIDDEN' };
}

/**
 * Part one: every route of the contract × every actor. Path parameters are deliberately malformed and the
 * body is missing, so a refusal can only come from the guard: auth is checked before validation, and a
 * caller without the right never learns what a valid request would look like.
 */
export const accessMatrix: Array<[RouteKey, ActorName, AccessExpectation]> = (Object.keys(api) as RouteKey[]).flatMap((route) =>
  ACTORS.map((actor) => [route, actor, expectedAccess(route, actor)] as [RouteKey, ActorName, AccessExpectation]),
);

export const MALFORMED = 'not-a-valid-id';

export function malformedParams(route: RouteKey): Record<string, string> {
  return Object.fromEntries([...api[route].path.matchAll(/:([A-Za-z0-9_]+)/g)].map((m) => [m[1]!, MALFORMED]));
}
