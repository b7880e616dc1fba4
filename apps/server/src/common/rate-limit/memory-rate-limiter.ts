import { ALLOWED, type RateLimiter, type RateVerdict } from './rate-limiter';

/** Windows kept before expired ones are swept: a flood of distinct keys cannot grow the map for ever. */
const SWEEP_AT = 10_000;

/** One instance's own counts (the PostgreSQL-only mode). Synchronous inside, so it costs a map lookup. */
export class MemoryRateLimiter implements RateLimiter {
  private readonly windows = new Map<string, { count: number; endsAt: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  hit(key: string, limit: number, windowMs: number): Promise<RateVerdict> {
    return Promise.resolve(this.hitNow(key, limit, windowMs));
  }

  private hitNow(key: string, limit: number, windowMs: number): RateVerdict {
    const now = this.now();
    let w = this.windows.get(key);
    if (!w || now >= w.endsAt) {
      if (!w && this.windows.size >= SWEEP_AT) this.sweep(now);
      w = { count: 0, endsAt: now + windowMs };
      this.windows.set(key, w);
    }
    w.count += 1;
    return w.count <= limit ? ALLOWED : { allowed: false, retryAfterMs: w.endsAt - now };
  }

  private sweep(now: number): void {
    for (const [key, w] of this.windows) if (now >= w.endsAt) this.windows.delete(key);
  }
}
