/** What a limiter says about one call: let through, or refused until the window ends. */
export type RateVerdict = { allowed: true } | { allowed: false; retryAfterMs: number };

/**
 * Counts calls per key in a fixed window: at most `limit` calls from the first call of a window until
 * `windowMs` later. In scale-out mode the count lives in Redis, shared by every instance; in the
 * PostgreSQL-only mode (one instance) in memory.
 */
export interface RateLimiter {
  /** Counts this call and says whether it is within the limit. */
  hit(key: string, limit: number, windowMs: number): Promise<RateVerdict>;
}

export const RATE_LIMITER = Symbol('RATE_LIMITER');

export const ALLOWED: RateVerdict = Object.freeze({ allowed: true });
