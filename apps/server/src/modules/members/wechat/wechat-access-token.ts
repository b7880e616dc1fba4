import { z } from 'zod';
import { authErrors } from '../../auth/auth.errors';
import type { WechatHttpOptions } from '../../auth/wechat/http-wechat-session.client';
import { wechatJson } from '../../auth/wechat/wechat-fetch';

const replySchema = z.object({ access_token: z.string().min(1).optional(), expires_in: z.number().int().optional(), errcode: z.number().int().optional() });

/** Refresh this long before WeChat says the token expires, so a call never carries one that just died. */
const MARGIN_MS = 5 * 60_000;

/**
 * The mini-program's access token, from `cgi-bin/stable_token` (which, unlike `cgi-bin/token`, does not
 * invalidate the token another instance holds), cached in memory until shortly before it expires.
 * Concurrent callers share one request.
 */
export class WechatAccessToken {
  private cached: { token: string; until: number } | null = null;
  private pending: Promise<string> | null = null;

  constructor(
    private readonly options: WechatHttpOptions,
    private readonly now: () => number = Date.now,
  ) {}

  get(): Promise<string> {
    if (this.cached && this.cached.until > this.now()) return Promise.resolve(this.cached.token);
    this.pending ??= this.fetch().finally(() => (this.pending = null));
    return this.pending;
  }

  /** WeChat said the token is no longer valid (40001, 42001): the next `get` fetches a new one. */
  forget(token: string): void {
    if (this.cached?.token === token) this.cached = null;
  }

  private async fetch(): Promise<string> {
    const ask = { grant_type: 'client_credential', appid: this.options.appId, secret: this.options.secret, force_refresh: false };
    const reply = replySchema.safeParse(await wechatJson(new URL('/cgi-bin/stable_token', this.options.apiBase), this.options.timeoutMs, ask));
    if (!reply.success) throw authErrors.wechatUnavailable('unexpected token reply');
    const { access_token: token, expires_in: expiresIn, errcode } = reply.data;
    if (errcode) throw authErrors.wechatError(errcode);
    if (!token) throw authErrors.wechatUnavailable('token reply without a token');
    this.cached = { token, until: this.now() + Math.max(0, (expiresIn ?? 7200) * 1000 - MARGIN_MS) };
    return token;
  }
}
