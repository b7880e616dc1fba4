import { api, fillPath } from '@livemall/shared';
import type { ActorName, Reply, World } from './authz-world';

export type RouteKey = keyof typeof api;
export type Params = Record<string, string>;

/** One request of the matrix: a route of the contract, called as an actor. */
export interface Call {
  route: RouteKey;
  actor: ActorName;
  params?: Params;
  query?: Record<string, string>;
  body?: unknown;
}

/** A call as data: `as('userB', 'order', { id })`. */
export const as = (actor: ActorName, route: RouteKey, params?: Params, body?: unknown, query?: Record<string, string>): Call =>
  ({ actor, route, ...(params ? { params } : {}), ...(body !== undefined ? { body } : {}), ...(query ? { query } : {}) });

export function pathOf(route: RouteKey, params?: Params, query?: Record<string, string>): string {
  const path = fillPath(api[route].path, params);
  return query ? `${path}?${new URLSearchParams(query).toString()}` : path;
}

export function send(w: World, c: Call, instance = 0): Promise<Reply> {
  return w.live.call(api[c.route].method, pathOf(c.route, c.params, c.query), w.actors[c.actor].token, c.body, instance);
}

/** A read whose answer must be a success: a view of someone's data. */
export async function read(w: World, c: Call): Promise<unknown> {
  const res = await send(w, c);
  if (res.status !== 200) throw new Error(`view ${c.route} as ${c.actor}: ${res.status} ${JSON.stringify(res.json)}`);
  return res.json;
}
