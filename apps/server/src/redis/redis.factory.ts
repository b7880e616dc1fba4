import Redis from 'ioredis';

/**
 * Connects, or fails with a message naming REDIS_URL. In scale-out mode Redis carries fan-out and hot
 * paths, so an unreachable Redis stops boot rather than silently running a different strategy.
 */
export async function connectRedis(url: string, keyPrefix: string): Promise<Redis> {
  // Auto-pipelining: commands issued in the same tick (a live room's grabs land together) go out in one
  // socket write instead of one write each, which profiled as the largest single cost of a grab.
  const redis = new Redis(url, { keyPrefix, lazyConnect: true, maxRetriesPerRequest: 2, connectTimeout: 5000, enableAutoPipelining: true });
  redis.on('error', () => undefined); // reported through health and failed commands, not as crashes
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    redis.disconnect();
    throw new Error(`REDIS_URL: cannot connect (${error instanceof Error ? error.message : String(error)})`);
  }
  return redis;
}
