import { api, errorBodySchema, fillPath, type AuthTokens, type RouteContract, type RouteInput, type RouteOutput } from '@livemall/shared';
import { ApiError, isApiError } from './api-error';

/** How `call()` reaches the session without importing it (the session store imports this file). */
export interface TokenHooks {
  access(): string | null;
  refresh(): string | null;
  /** New tokens from a refresh: the refresh token is single-use, so they are stored at once. */
  refreshed(tokens: AuthTokens): void;
  /** The refresh token was refused: the session is over. */
  lost(): void;
}

let hooks: TokenHooks = { access: () => null, refresh: () => null, refreshed: () => undefined, lost: () => undefined };
let refreshing: Promise<string | null> | null = null;

export function setTokenHooks(next: TokenHooks): void {
  hooks = next;
  refreshing = null;
}

type Loose = { params?: Record<string, string | number>; query?: Record<string, unknown>; body?: unknown };
export type CallArgs<C> = object extends RouteInput<C> ? [input?: RouteInput<C>] : [input: RouteInput<C>];

/**
 * Calls one route of the shared table and returns its response checked against the route's schema, so
 * the console and the server can never silently disagree. An expired access token is refreshed once
 * (shared by every request that hit it) and the request retried once.
 */
export async function call<C extends RouteContract>(route: C, ...args: CallArgs<C>): Promise<RouteOutput<C>> {
  const input = (args[0] ?? {}) as Loose;
  // Public routes (login, refresh, logout) carry their own credentials: a stale access token must not fail
  // them. Every other route gets the token, including the auth-tagged `GET /merchant/console/me`.
  const token = route.access === 'public' ? null : hooks.access();
  try {
    return (await send(route, input, token)) as RouteOutput<C>;
  } catch (error) {
    if (!token || !isApiError(error) || error.code !== 'TOKEN_EXPIRED') throw error;
    const current = hooks.access();
    const fresh = current && current !== token ? current : await refreshAccess();
    if (!fresh) throw error;
    return (await send(route, input, fresh)) as RouteOutput<C>;
  }
}

function refreshAccess(): Promise<string | null> {
  refreshing ??= (async () => {
    const refreshToken = hooks.refresh();
    if (!refreshToken) return null;
    try {
      const tokens = await send(api.refresh, { body: { refreshToken } }, null);
      hooks.refreshed(tokens);
      return tokens.accessToken;
    } catch (error) {
      if (isApiError(error) && error.status === 401) hooks.lost();
      return null;
    }
  })().finally(() => {
    refreshing = null;
  });
  return refreshing;
}

async function send<R extends RouteContract>(route: R, input: Loose, token: string | null): Promise<RouteOutput<R>> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (input.body !== undefined) headers['Content-Type'] = 'application/json';
  if (token) headers.Authorization = `Bearer ${token}`;
  let response: Response;
  try {
    response = await fetch(fillPath(route.path, input.params) + queryString(input.query), {
      method: route.method,
      headers,
      body: input.body === undefined ? undefined : JSON.stringify(input.body),
    });
  } catch (error) {
    throw new ApiError('NETWORK_ERROR', 0, error instanceof Error ? error.message : 'request failed');
  }
  const text = await response.text();
  let json: unknown = undefined;
  try {
    json = text === '' ? undefined : JSON.parse(text);
  } catch {
    json = text;
  }
  if (response.ok) {
    const parsed = route.response.safeParse(json);
    if (!parsed.success) throw new ApiError('CONTRACT_MISMATCH', response.status, `${route.method} ${route.path}: 返回数据与约定不符`);
    return parsed.data as RouteOutput<R>;
  }
  const body = errorBodySchema.safeParse(json);
  if (body.success) throw new ApiError(body.data.code, response.status, body.data.message, body.data.details);
  throw new ApiError('BAD_RESPONSE', response.status, `${route.method} ${route.path}: HTTP ${response.status}`);
}

export function queryString(query: Record<string, unknown> | undefined): string {
  if (!query) return '';
  const pairs = Object.entries(query)
    .filter(([, v]) => v !== undefined && v !== null && v !== '')
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`);
  return pairs.length ? `?${pairs.join('&')}` : '';
}
