import Redis from 'ioredis';
import { Client } from 'pg';

export default async function globalTeardown(): Promise<void> {
  const { LM_TEST_ADMIN_URL, LM_TEST_DATABASE, LM_TEST_REDIS_URL, LM_TEST_REDIS_PREFIX } = process.env;
  if (LM_TEST_ADMIN_URL && LM_TEST_DATABASE) {
    const admin = new Client({ connectionString: LM_TEST_ADMIN_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${LM_TEST_DATABASE} WITH (FORCE)`);
    await admin.end();
  }
  if (LM_TEST_REDIS_URL && LM_TEST_REDIS_PREFIX) {
    const redis = new Redis(LM_TEST_REDIS_URL);
    const keys = await redis.keys(`${LM_TEST_REDIS_PREFIX}*`);
    if (keys.length) await redis.del(...keys);
    redis.disconnect();
  }
}
