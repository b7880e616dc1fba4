import { AccessTokens, cacheSecondsFor } from './access-tokens';
import { MemoryTokenStore } from './token-store';
import type { WechatMessageApi } from './wechat-message.client';

function counting(): WechatMessageApi & { fetched: number } {
  const api = {
    fetched: 0,
    async fetchToken() {
      api.fetched += 1;
      return { token: `t${api.fetched}`, expiresInSeconds: 7200 };
    },
    sendSubscribe: () => Promise.reject(new Error('unexpected call: sendSubscribe')),
  };
  return api;
}

describe('AccessTokens', () => {
  it('keeps a token until five minutes before it expires', () => {
    expect(cacheSecondsFor(7200)).toBe(6900);
    expect(cacheSecondsFor(400)).toBe(200);
    expect(cacheSecondsFor(1)).toBe(1);
  });

  it('fetches once for many concurrent callers, then serves from the store', async () => {
    const api = counting();
    const tokens = new AccessTokens(api, new MemoryTokenStore());
    expect(await Promise.all([tokens.get(), tokens.get(), tokens.get()])).toEqual(['t1', 't1', 't1']);
    expect(await tokens.get()).toBe('t1');
    expect(api.fetched).toBe(1);
  });

  it('fetches again once the stored token has expired', async () => {
    let now = 0;
    const api = counting();
    const tokens = new AccessTokens(api, new MemoryTokenStore(() => now));
    await tokens.get();
    now = 6899_000;
    expect(await tokens.get()).toBe('t1');
    now = 6900_000;
    expect(await tokens.get()).toBe('t2');
  });

  it('renews a refused token, but not one already replaced', async () => {
    const api = counting();
    const tokens = new AccessTokens(api, new MemoryTokenStore());
    await tokens.get();
    expect(await tokens.renew('t1')).toBe('t2');
    expect(await tokens.renew('t1')).toBe('t2');
    expect(api.fetched).toBe(2);
  });
});
