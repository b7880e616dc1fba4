import { MemoryRateLimiter } from './memory-rate-limiter';
import { rateLimiterContract } from './rate-limiter.contract';

describe('MemoryRateLimiter', () => {
  rateLimiterContract(() => {
    let now = 1_000_000;
    return {
      limiter: new MemoryRateLimiter(() => now),
      pass: async (ms) => {
        now += ms;
      },
    };
  });

  it('forgets ended windows once many keys were seen, and still counts live ones', async () => {
    let now = 0;
    const limiter = new MemoryRateLimiter(() => now);
    await limiter.hit('live', 1, 1_000_000);
    for (let i = 0; i < 10_000; i++) await limiter.hit(`k${i}`, 1, 10);
    now = 100;
    await limiter.hit('after-sweep', 1, 10);
    const windows = (limiter as unknown as { windows: Map<string, unknown> }).windows;
    expect(windows.size).toBe(2);
    expect((await limiter.hit('live', 1, 1_000_000)).allowed).toBe(false);
  });
});
