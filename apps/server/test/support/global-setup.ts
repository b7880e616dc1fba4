import { randomBytes } from 'node:crypto';
import Redis from 'ioredis';
import { Client } from 'pg';
import { runMigrations } from '../../src/database/migrate';
import { serviceUrls, withDatabase } from './services';

/**
 * A database of its own for this run (so parallel runs never see each other's rows) with the migrations
 * applied, and a Redis key prefix of its own. A missing service fails the run: medium and e2e tests are
 * only worth anything against the real thing.
 */
export default async function globalSetup(): Promise<void> {
  const runId = `${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const database = `lm_test_${runId}`;
  const admin = new Client({ connectionString: serviceUrls.postgres, connectionTimeoutMillis: 5000 });
  try {
    await admin.connect();
  } catch (error) {
    throw new Error(`PostgreSQL is required for the server tests (${serviceUrls.postgres}): ${(error as Error).message}`);
  }
  try {
    await admin.query(`CREATE DATABASE ${database}`);
  } finally {
    await admin.end();
  }
  const databaseUrl = withDatabase(serviceUrls.postgres, database);
  await runMigrations(databaseUrl);

  const redis = new Redis(serviceUrls.redis, { lazyConnect: true, maxRetriesPerRequest: 1, connectTimeout: 3000 });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    throw new Error(`Redis is required for the server tests (${serviceUrls.redis}): ${(error as Error).message}`);
  } finally {
    redis.disconnect();
  }

  process.env.LM_TEST_ADMIN_URL = serviceUrls.postgres;
  process.env.LM_TEST_DATABASE = database;
  process.env.LM_TEST_DATABASE_URL = databaseUrl;
  process.env.LM_TEST_REDIS_URL = serviceUrls.redis;
  process.env.LM_TEST_REDIS_PREFIX = `lmtest:${runId}:`;
}
