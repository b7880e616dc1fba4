import type { z } from 'zod';
import type { ErrorCode } from './errors';
import type { Role } from './user';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Who may call a route: anyone, any logged-in user, or a user holding one of the roles. */
export type Access = 'public' | 'user' | readonly Role[];

/**
 * One HTTP route as both sides see it. The server validates with these schemas and builds OpenAPI from
 * them; the client derives its request and response types from them. Paths use `:name` parameters.
 */
export interface RouteContract<
  P extends z.ZodType | undefined = z.ZodType | undefined,
  Q extends z.ZodType | undefined = z.ZodType | undefined,
  B extends z.ZodType | undefined = z.ZodType | undefined,
  R extends z.ZodType = z.ZodType,
> {
  method: HttpMethod;
  path: string;
  summary: string;
  tag: string;
  access: Access;
  params?: P;
  query?: Q;
  body?: B;
  response: R;
  /** Status of a success (default 200). */
  status?: number;
  /** The error codes this route can answer with besides validation and auth. */
  errors?: readonly ErrorCode[];
}

export function defineRoute<
  P extends z.ZodType | undefined = undefined,
  Q extends z.ZodType | undefined = undefined,
  B extends z.ZodType | undefined = undefined,
  R extends z.ZodType = z.ZodType,
>(route: RouteContract<P, Q, B, R>): RouteContract<P, Q, B, R> {
  return route;
}

type InputOf<S> = S extends z.ZodType ? z.input<S> : undefined;

/** What a caller sends for a route: only the parts the route declares. */
export type RouteInput<C> =
  C extends RouteContract<infer P, infer Q, infer B, z.ZodType>
    ? (P extends z.ZodType ? { params: InputOf<P> } : { params?: undefined }) &
        (Q extends z.ZodType ? { query?: InputOf<Q> } : { query?: undefined }) &
        (B extends z.ZodType ? { body: InputOf<B> } : { body?: undefined })
    : never;

/** What a route answers with on success. */
export type RouteOutput<C> = C extends RouteContract<infer _P, infer _Q, infer _B, infer R> ? z.output<R> : never;

/** `/rooms/:id` + `{ id: 'a b' }` → `/rooms/a%20b`. Throws if a parameter is missing. */
export function fillPath(path: string, params: Record<string, string | number> | undefined): string {
  return path.replace(/:([A-Za-z0-9_]+)/g, (_, name: string) => {
    const value = params?.[name];
    if (value === undefined) throw new Error(`missing path parameter "${name}" for ${path}`);
    return encodeURIComponent(String(value));
  });
}
