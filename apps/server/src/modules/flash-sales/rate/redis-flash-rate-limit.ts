import type Redis from 'ioredis';
import type { FlashRateLimit } from './flash-rate-limit';

interface ScriptedRedis extends Redis {
  fsRate(key: string, limit: number): Promise<number>;
}

/** A fixed one-second window per key: count, expire with the window, say whether the count is within. */
const RATE_LUA = `
local n = redis.call('INCR', KEYS[1])
if n == 1 then redis.call('PEXPIRE', KEYS[1], 1000) end
if n > tonumber(ARGV[1]) then return 0 end
return 1
`;

/** Shared by every instance: one counter per key and second in Redis (a single script call). */
export class RedisFlashRateLimit implements FlashRateLimit {
  private readonly redis: ScriptedRedis;

  constructor(redis: Redis) {
    redis.defineCommand('fsRate', { numberOfKeys: 1, lua: RATE_LUA });
    this.redis = redis as ScriptedRedis;
  }

  async take(key: string, limit: number): Promise<boolean> {
    return (await this.redis.fsRate(`fs:rate:${key}`, limit)) === 1;
  }
}
