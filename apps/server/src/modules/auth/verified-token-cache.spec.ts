import { VerifiedTokenCache } from './verified-token-cache';

const user = { id: 'u', roles: ['user' as const] };

describe('VerifiedTokenCache', () => {
  it('remembers a token until its expiry, not a moment longer', () => {
    const cache = new VerifiedTokenCache();
    cache.set('t', user, 1_000);
    expect(cache.get('t', 999)).toEqual(user);
    expect(cache.get('t', 1_000)).toBeUndefined();
    expect(cache.get('t', 500)).toBeUndefined(); // the expired entry was dropped
  });

  it('drops the oldest entry when full', () => {
    const cache = new VerifiedTokenCache(2);
    cache.set('a', user, 10);
    cache.set('b', user, 10);
    cache.set('c', user, 10);
    expect([cache.get('a', 0), cache.get('b', 0), cache.get('c', 0)]).toEqual([undefined, user, user]);
  });
});
