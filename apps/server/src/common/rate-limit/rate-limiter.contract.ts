import { randomUUID } from 'node:crypto';
import type { RateLimiter } from './rate-limiter';

/**
 * What every limiter must do, whatever it stores counts in. `pass(ms)` lets the window run out: a fake
 * clock moved on, or real time waited (Redis expires the key itself).
 */
export function rateLimiterContract(make: () => { limiter: RateLimiter; pass(ms: number): Promise<void> }): void {
  const WINDOW = 300;

  it('lets `limit` calls through in a window, refuses the next with the time left, and counts keys apart', async () => {
    const { limiter } = make();
    const key = randomUUID();
    const verdicts = await Promise.all(Array.from({ length: 5 }, () => limiter.hit(key, 3, WINDOW)));
    expect(verdicts.filter((v) => v.allowed)).toHaveLength(3);
    for (const v of verdicts.filter((x) => !x.allowed)) {
      expect(v.allowed === false && v.retryAfterMs).toBeGreaterThan(0);
      expect(v.allowed === false && v.retryAfterMs).toBeLessThanOrEqual(WINDOW);
    }
    expect(await limiter.hit(randomUUID(), 3, WINDOW)).toEqual({ allowed: true });
  });

  it('lets calls through again once the window is over', async () => {
    const { limiter, pass } = make();
    const key = randomUUID();
    expect((await limiter.hit(key, 1, WINDOW)).allowed).toBe(true);
    expect((await limiter.hit(key, 1, WINDOW)).allowed).toBe(false);
    await pass(WINDOW + 50);
    expect((await limiter.hit(key, 1, WINDOW)).allowed).toBe(true);
    expect((await limiter.hit(key, 1, WINDOW)).allowed).toBe(false);
  });

  it('keeps refused calls from stretching the window', async () => {
    const { limiter, pass } = make();
    const key = randomUUID();
    await limiter.hit(key, 1, WINDOW);
    await pass(WINDOW / 2);
    for (let i = 0; i < 5; i++) expect((await limiter.hit(key, 1, WINDOW)).allowed).toBe(false);
    await pass(WINDOW / 2 + 50);
    expect((await limiter.hit(key, 1, WINDOW)).allowed).toBe(true);
  });
}
