import { RateLimiter } from './rate-limiter';

describe('RateLimiter', () => {
  it('allows a burst of 3, then 1 a second, per key', () => {
    const limit = new RateLimiter(1, 3);
    const t = 1_000_000;
    expect([1, 2, 3, 4].map(() => limit.take('a', t))).toEqual([true, true, true, false]);
    expect(limit.take('b', t)).toBe(true);
    expect(limit.take('a', t + 500)).toBe(false);
    expect(limit.take('a', t + 1000)).toBe(true);
    expect(limit.take('a', t + 1000)).toBe(false);
    expect([1, 2, 3, 4].map(() => limit.take('a', t + 10_000))).toEqual([true, true, true, false]);
  });
});
