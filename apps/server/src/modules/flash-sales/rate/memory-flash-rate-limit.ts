import { RateLimiter } from '../../live/room/rate-limiter';
import type { FlashRateLimit } from './flash-rate-limit';

/** One instance's own count: a token bucket per key (the live room's), one set of buckets per limit. */
export class MemoryFlashRateLimit implements FlashRateLimit {
  private readonly byLimit = new Map<number, RateLimiter>();

  async take(key: string, limit: number): Promise<boolean> {
    let limiter = this.byLimit.get(limit);
    if (!limiter) this.byLimit.set(limit, (limiter = new RateLimiter(limit, limit)));
    return limiter.take(key);
  }
}
