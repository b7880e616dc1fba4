/** Where the machine's own services are; CI and developer machines have both running. */
export const serviceUrls = {
  postgres: process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
  redis: process.env.TEST_REDIS_URL ?? process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
};

/** Set by global setup for every test file of this run. */
export function testEnv(): { databaseUrl: string; redisUrl: string; redisPrefix: string } {
  const databaseUrl = process.env.LM_TEST_DATABASE_URL;
  const redisUrl = process.env.LM_TEST_REDIS_URL;
  const redisPrefix = process.env.LM_TEST_REDIS_PREFIX;
  if (!databaseUrl || !redisUrl || !redisPrefix) throw new Error('global setup did not run (LM_TEST_* unset)');
  return { databaseUrl, redisUrl, redisPrefix };
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/**
 * Test servers log in thousands of guests from 127.0.0.1, far past a real deployment's per-address login
 * limit; every test server gets this on top of its environment. Specs about the limits set their own.
 */
export const HARNESS_LIMITS = { RATE_LIMIT_LOGIN: '1000000/1m' } as const;
