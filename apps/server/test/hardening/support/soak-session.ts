import type { SoakKind, SoakMeter } from './soak-meter';

/** No answer within this long counts as an unexpected error (a hang), never as a slow success. */
export const REQUEST_TIMEOUT_MS = 15_000;
// Clients refresh a little before the access token runs out (15 minutes by default), as the app does.
const REFRESH_MARGIN_MS = 60_000;

interface Tokens {
  accessToken: string;
  refreshToken: string;
  accessExpiresIn: number;
  user: { id: string };
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

async function send(base: string, method: Method, path: string, token: string | undefined, body?: unknown): Promise<{ status: number; json: any }> {
  const res = await fetch(base + path, {
    method,
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  const text = await res.text();
  let json: any;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: res.status, json };
}

/** A setup call: anything but 2xx stops the scenario (its world would be wrong). */
export async function must(base: string, method: Method, path: string, token: string | undefined, body?: unknown): Promise<any> {
  const { status, json } = await send(base, method, path, token, body);
  if (status < 200 || status >= 300) throw new Error(`${method} ${path}: ${status} ${JSON.stringify(json)}`);
  return json;
}

/**
 * One logged-in user of the scenario: its calls are timed and counted by kind, and its access token is
 * refreshed shortly before it expires (a 30-minute soak outlives two of them).
 */
export class SoakSession {
  private expiresAt: number;
  private refreshing: Promise<void> | null = null;

  private constructor(
    readonly base: string,
    private tokens: Tokens,
    private readonly meter: SoakMeter,
  ) {
    this.expiresAt = Date.now() + tokens.accessExpiresIn * 1000;
  }

  get userId(): string {
    return this.tokens.user.id;
  }

  static async guest(base: string, meter: SoakMeter, deviceId: string, nickname: string): Promise<SoakSession> {
    return new SoakSession(base, await must(base, 'POST', '/auth/guest', undefined, { deviceId, nickname }), meter);
  }

  static async demo(base: string, meter: SoakMeter, account: 'merchant' | 'admin'): Promise<SoakSession> {
    return new SoakSession(base, await must(base, 'POST', '/auth/demo', undefined, { account }), meter);
  }

  /** A valid access token, refreshed first if it is about to run out. */
  async token(): Promise<string> {
    if (Date.now() > this.expiresAt - REFRESH_MARGIN_MS) {
      this.refreshing ??= this.refresh().finally(() => (this.refreshing = null));
      await this.refreshing;
    }
    return this.tokens.accessToken;
  }

  /** A counted call: the answer's JSON when it succeeded, undefined when it was refused or failed. */
  async call(kind: SoakKind, method: Method, path: string, body?: unknown): Promise<any> {
    const token = await this.token();
    const t0 = performance.now();
    try {
      const { status, json } = await send(this.base, method, path, token, body);
      const ms = performance.now() - t0;
      if (status >= 200 && status < 300) {
        this.meter.ok(kind, ms);
        return json ?? {};
      }
      this.meter.answered(kind, status, typeof json?.code === 'string' ? json.code : undefined, ms);
    } catch (error) {
      this.meter.unexpected(kind, (error as Error).name === 'TimeoutError' ? `no answer within ${REQUEST_TIMEOUT_MS} ms` : `network: ${(error as Error).message}`);
    }
    return undefined;
  }

  /** Setup calls as this user: not counted, and they must succeed. */
  async must(method: Method, path: string, body?: unknown): Promise<any> {
    return must(this.base, method, path, await this.token(), body);
  }

  private async refresh(): Promise<void> {
    const t0 = performance.now();
    try {
      const { status, json } = await send(this.base, 'POST', '/auth/refresh', undefined, { refreshToken: this.tokens.refreshToken });
      const ms = performance.now() - t0;
      if (status < 200 || status >= 300) {
        this.meter.answered('refresh', status, json?.code, ms);
        return;
      }
      this.meter.ok('refresh', ms);
      this.tokens = json as Tokens;
      this.expiresAt = Date.now() + this.tokens.accessExpiresIn * 1000;
    } catch (error) {
      this.meter.unexpected('refresh', `network: ${(error as Error).message}`);
    }
  }
}
