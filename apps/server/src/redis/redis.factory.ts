import Redis from 'ioredis';

/**
 * Connects, or fails with a message naming REDIS_URL. In scale-out mode Redis carries fan-out and hot
 * paths, so an unreachable Redis stops boot rather than silently running a different strategy.
 */
export async function connectRedis(url: string, keyPrefix: string, commandTimeoutMs = 0): Promise<Redis> {
  // Auto-pipelining: commands issued in the same tick (a live room's grabs land together) go out in one
  // socket write instead of one write each, which profiled as the largest single cost of a grab.
  // While Redis is unreachable a command fails at once (no offline queue), and the caller falls back to
  // PostgreSQL or answers 503. With the queue, each command waited for up to three reconnect attempts
  // (seconds), and one that gave up was still sent to the next Redis, after its caller had moved on.
  // `commandTimeout` (REDIS_COMMAND_TIMEOUT_MS, off by default) bounds a command sent to a Redis that stopped
  // answering without closing the socket.
  // Reconnects are at most a second apart, so service resumes within about a second of Redis.
  const redis = new Redis(url, {
    keyPrefix,
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 2,
    connectTimeout: 5000,
    ...(commandTimeoutMs > 0 ? { commandTimeout: commandTimeoutMs } : {}),
    retryStrategy: (times) => Math.min(times * 100, 1000),
    enableAutoPipelining: true,
  });
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
