import type { TokenStore } from './token-store';
import type { WechatMessageApi } from './wechat-message.client';

/** The process's AccessTokens (null without WX_APPID/WX_SECRET), shared by every module that calls WeChat. */
export const WECHAT_ACCESS_TOKENS = Symbol('WECHAT_ACCESS_TOKENS');

/** Keep a token until five minutes before WeChat says it expires (for a short-lived one: half its life). */
export function cacheSecondsFor(expiresInSeconds: number): number {
  return Math.max(1, expiresInSeconds - 300, Math.floor(expiresInSeconds / 2));
}

/**
 * The WeChat access token: fetched once, kept in the store until shortly before it expires, and fetched
 * again only when WeChat says the one we used is no longer valid. Concurrent callers in this process
 * share one fetch.
 */
export class AccessTokens {
  private fetching: Promise<string> | null = null;

  constructor(
    private readonly api: WechatMessageApi,
    private readonly store: TokenStore,
  ) {}

  async get(): Promise<string> {
    return (await this.store.read()) ?? this.fetchOnce();
  }

  /** `stale` was refused (40001/42001): drop it unless already replaced, and take the current one. */
  async renew(stale: string): Promise<string> {
    await this.store.dropIf(stale);
    return this.get();
  }

  private fetchOnce(): Promise<string> {
    this.fetching ??= (async () => {
      try {
        const { token, expiresInSeconds } = await this.api.fetchToken();
        await this.store.write(token, cacheSecondsFor(expiresInSeconds));
        return token;
      } finally {
        this.fetching = null;
      }
    })();
    return this.fetching;
  }
}
