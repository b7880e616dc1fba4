import Taro from '@tarojs/taro';
import {
  api,
  errorBodySchema,
  fillPath,
  type AuthTokens,
  type FieldIssue,
  type RouteContract,
  type RouteInput,
  type RouteOutput,
} from '@livemall/shared';
import { apiBase } from './api-base';
import { ApiError, isApiError } from './api-error';

/**
 * How the request layer reaches the session without importing it (the session store imports this
 * file to log in, so the store registers these hooks instead).
 */
export interface AuthHooks {
  getAccessToken(): string | null;
  getRefreshToken(): string | null;
  /** New tokens from a refresh; the refresh token is single-use, so it must be stored at once. */
  onRefreshed(tokens: AuthTokens): void;
  /** The server rejected the refresh token: the session is over. */
  onAuthLost(): void;
}

const noAuth: AuthHooks = {
  getAccessToken: () => null,
  getRefreshToken: () => null,
  onRefreshed: () => undefined,
  onAuthLost: () => undefined,
};

let auth: AuthHooks = noAuth;
let refreshing: Promise<string | null> | null = null;

export function setAuthHooks(hooks: AuthHooks | null): void {
  auth = hooks ?? noAuth;
  refreshing = null;
}

type AnyRoute = RouteContract;
type LooseInput = {
  params?: Record<string, string | number>;
  query?: Record<string, unknown>;
  body?: unknown;
};

/** A route with nothing required may be called without an input. */
export type CallArgs<C> = object extends RouteInput<C> ? [input?: RouteInput<C>] : [input: RouteInput<C>];

/**
 * Calls one route of the shared route table and returns its validated response. Every failure is an
 * `ApiError`. An expired access token is refreshed once (shared by all requests that hit it) and the
 * request retried once.
 */
export async function call<C extends AnyRoute>(route: C, ...args: CallArgs<C>): Promise<RouteOutput<C>> {
  const input = (args[0] ?? {}) as LooseInput;
  // Login, refresh and logout carry their own credentials; a stale access token must not fail them.
  const token = route.tag === 'auth' ? null : auth.getAccessToken();
  try {
    return (await send(route, input, token)) as RouteOutput<C>;
  } catch (error) {
    if (!token || !isApiError(error) || error.code !== 'TOKEN_EXPIRED') throw error;
    // A request that was in flight while another one refreshed just needs the newer token.
    const current = auth.getAccessToken();
    const fresh = current && current !== token ? current : await refreshAccessToken();
    if (!fresh) throw error;
    return (await send(route, input, fresh)) as RouteOutput<C>;
  }
}

function refreshAccessToken(): Promise<string | null> {
  refreshing ??= (async () => {
    const refreshToken = auth.getRefreshToken();
    if (!refreshToken) return null;
    try {
      const tokens = await send(api.refresh, { body: { refreshToken } }, null);
      auth.onRefreshed(tokens);
      return tokens.accessToken;
    } catch (error) {
      // A network failure says nothing about the session; only a rejected token ends it.
      if (isApiError(error) && error.status === 401) auth.onAuthLost();
      return null;
    }
  })().finally(() => {
    refreshing = null;
  });
  return refreshing;
}

async function send<R extends AnyRoute>(route: R, input: LooseInput, token: string | null): Promise<RouteOutput<R>> {
  const header: Record<string, string> = { Accept: 'application/json' };
  if (input.body !== undefined) header['Content-Type'] = 'application/json';
  if (token) header.Authorization = `Bearer ${token}`;

  let status: number;
  let raw: unknown;
  try {
    const response = await Taro.request({
      url: apiBase + fillPath(route.path, input.params) + queryString(input.query),
      method: route.method,
      header,
      data: input.body === undefined ? undefined : JSON.stringify(input.body),
      // Parsed here rather than by Taro so a non-JSON body (a proxy's HTML page) is an ApiError too.
      dataType: 'text',
      responseType: 'text',
    });
    status = response.statusCode;
    raw = response.data;
  } catch (error) {
    throw new ApiError('NETWORK_ERROR', 0, describeNetworkError(error));
  }

  const json = parseJson(raw);
  if (status >= 200 && status < 300) {
    const parsed = route.response.safeParse(json);
    if (!parsed.success) {
      throw new ApiError('CONTRACT_MISMATCH', status, `${route.method} ${route.path}: response does not match the contract`, {
        issues: parsed.error.issues.map(toFieldIssue),
      });
    }
    return parsed.data as RouteOutput<R>;
  }

  const body = errorBodySchema.safeParse(json);
  if (body.success) throw new ApiError(body.data.code, status, body.data.message, body.data.details);
  throw new ApiError('BAD_RESPONSE', status, `${route.method} ${route.path}: HTTP ${status} without an error body`);
}

function queryString(query: Record<string, unknown> | undefined): string {
  if (!query) return '';
  const pairs = Object.entries(query)
    .filter(([, value]) => value !== undefined && value !== null)
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`);
  return pairs.length ? `?${pairs.join('&')}` : '';
}

function parseJson(raw: unknown): unknown {
  if (typeof raw !== 'string') return raw;
  if (raw === '') return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return raw;
  }
}

function toFieldIssue(issue: { path: PropertyKey[]; message: string }): FieldIssue {
  return {
    path: issue.path.map((part) => (typeof part === 'number' ? part : String(part))),
    message: issue.message,
  };
}

function describeNetworkError(error: unknown): string {
  if (error && typeof error === 'object' && 'errMsg' in error) return String(error.errMsg);
  if (error instanceof Error) return error.message;
  return 'request failed';
}
