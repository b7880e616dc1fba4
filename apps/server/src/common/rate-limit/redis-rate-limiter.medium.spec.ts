import { randomUUID } from 'node:crypto';
import type Redis from 'ioredis';
import { testEnv } from '../../../test/support/services';
import { connectRedis } from '../../redis/redis.factory';
import { rateLimiterContract } from './rate-limiter.contract';
import { RedisRateLimiter } from './redis-rate-limiter';

describe('RedisRateLimiter (real Redis)', () => {
  let redis: Redis;
  let other: Redis;

  beforeAll(async () => {
    const { redisUrl, redisPrefix } = testEnv();
    redis = await connectRedis(redisUrl, `${redisPrefix}rl-spec:`);
    other = await connectRedis(redisUrl, `${redisPrefix}rl-spec:`);
  });
  afterAll(() => {
    redis.disconnect();
    other.disconnect();
  });

  rateLimiterContract(() => ({ limiter: new RedisRateLimiter(redis), pass: (ms) => new Promise((r) => setTimeout(r, ms)) }));

  it('shares one count between instances (two connections, as two servers have)', async () => {
    const a = new RedisRateLimiter(redis);
    const b = new RedisRateLimiter(other);
    const key = randomUUID();
    const verdicts = await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 ? a : b).hit(key, 4, 60_000)));
    expect(verdicts.filter((v) => v.allowed)).toHaveLength(4);
  });

  it('gives a key left without an expiry one, so it cannot block for good', async () => {
    const key = randomUUID();
    await redis.set(`rl:${key}`, '99');
    const verdict = await new RedisRateLimiter(redis).hit(key, 1, 60_000);
    expect(verdict).toEqual({ allowed: false, retryAfterMs: 60_000 });
    expect(await redis.pttl(`rl:${key}`)).toBeGreaterThan(0);
  });

  it('counts on this instance alone while Redis is unreachable, and still refuses past the limit', async () => {
    const { redisUrl, redisPrefix } = testEnv();
    const gone = await connectRedis(redisUrl, `${redisPrefix}rl-spec:`);
    gone.disconnect();
    const limiter = new RedisRateLimiter(gone);
    const key = randomUUID();
    const verdicts = [];
    for (let i = 0; i < 4; i++) verdicts.push(await limiter.hit(key, 2, 60_000));
    expect(verdicts.map((v) => v.allowed)).toEqual([true, true, false, false]);
  });

  it('does not hide an error that is not an outage', async () => {
    const broken = { defineCommand: () => undefined, rlHit: () => Promise.reject(new Error('ERR script bug')) } as unknown as Redis;
    await expect(new RedisRateLimiter(broken).hit(randomUUID(), 2, 60_000)).rejects.toThrow('ERR script bug');
  });
});
