/**
 * Anti-abuse for the token and order calls: at most `limit` calls per key per second. In scale-out mode
 * the count is shared by all instances (Redis); otherwise each instance counts its own.
 */
export interface FlashRateLimit {
  /** True if this call is within the limit (and counts it). */
  take(key: string, limit: number): Promise<boolean>;
}

export const FLASH_RATE_LIMIT = Symbol('FLASH_RATE_LIMIT');
