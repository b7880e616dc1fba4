import type Redis from 'ioredis';
import { dependencyDown } from '../errors/dependency-down';
import { MemoryRateLimiter } from './memory-rate-limiter';
import { ALLOWED, type RateLimiter, type RateVerdict } from './rate-limiter';

interface ScriptedRedis extends Redis {
  rlHit(key: string, limit: number, windowMs: number): Promise<number>;
}

/**
 * One round trip, atomic: count; the first call of a window starts its expiry; over the limit, answer
 * how long the window has left (0 means allowed). A key somehow left without an expiry gets one, so it
 * can never block for good.
 */
const HIT_LUA = `
local n = redis.call('INCR', KEYS[1])
if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
if n <= tonumber(ARGV[1]) then return 0 end
local left = redis.call('PTTL', KEYS[1])
if left < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  left = tonumber(ARGV[2])
elseif left == 0 then
  left = 1
end
return left
`;

/** Shared by every instance (scale-out mode): one counter per key and window in Redis. */
export class RedisRateLimiter implements RateLimiter {
  private readonly redis: ScriptedRedis;
  // While Redis is unreachable each instance counts on its own: a limit meant to stop abuse must not turn
  // a Redis outage into refused grabs and logins that could otherwise fall back to PostgreSQL.
  private readonly whileDown: RateLimiter;

  constructor(redis: Redis, whileDown: RateLimiter = new MemoryRateLimiter()) {
    this.whileDown = whileDown;
    redis.defineCommand('rlHit', { numberOfKeys: 1, lua: HIT_LUA });
    this.redis = redis as ScriptedRedis;
  }

  async hit(key: string, limit: number, windowMs: number): Promise<RateVerdict> {
    let left: number;
    try {
      left = await this.redis.rlHit(`rl:${key}`, limit, windowMs);
    } catch (error) {
      if (dependencyDown(error) === null) throw error;
      return this.whileDown.hit(key, limit, windowMs);
    }
    return left === 0 ? ALLOWED : { allowed: false, retryAfterMs: Math.max(1, left) };
  }
}
