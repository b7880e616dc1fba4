import type Redis from 'ioredis';

/** Where the access token is kept between sends: shared by every instance in scale-out. */
export interface TokenStore {
  read(): Promise<string | null>;
  write(token: string, ttlSeconds: number): Promise<void>;
  /** Forgets the token only if it is still `token` (another instance may have renewed it already). */
  dropIf(token: string): Promise<void>;
}

/** One instance: the token in memory, with its own expiry. */
export class MemoryTokenStore implements TokenStore {
  private held: { token: string; until: number } | null = null;

  constructor(private readonly now: () => number = Date.now) {}

  async read(): Promise<string | null> {
    return this.held && this.held.until > this.now() ? this.held.token : null;
  }

  async write(token: string, ttlSeconds: number): Promise<void> {
    this.held = { token, until: this.now() + ttlSeconds * 1000 };
  }

  async dropIf(token: string): Promise<void> {
    if (this.held?.token === token) this.held = null;
  }
}

// Deletes the key only while it still holds the stale token: a renewal by another instance survives.
const DROP_IF = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0`;

/** Scale-out: one token in Redis for every instance (WeChat invalidates the old token on each fetch). */
export class RedisTokenStore implements TokenStore {
  private static readonly KEY = 'wx:access-token';

  constructor(private readonly redis: Redis) {}

  read(): Promise<string | null> {
    return this.redis.get(RedisTokenStore.KEY);
  }

  async write(token: string, ttlSeconds: number): Promise<void> {
    await this.redis.set(RedisTokenStore.KEY, token, 'EX', ttlSeconds);
  }

  async dropIf(token: string): Promise<void> {
    await this.redis.eval(DROP_IF, 1, RedisTokenStore.KEY, token);
  }
}
