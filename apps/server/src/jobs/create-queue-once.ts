import { Client } from 'pg';
import type PgBoss from 'pg-boss';

const LOCK = 'livemall:pg-boss:create-queue';

/**
 * pg-boss creates a queue by inserting its row and attaching a partition with a foreign key to the queue
 * table in one transaction. Two processes doing that at once (instances booting side by side, a test
 * suite beside a running server) deadlock on the queue table, and PostgreSQL kills one of them; retries
 * only move the race. So creations take turns under one advisory lock across every process on the
 * database, and a queue that exists by the time our turn comes is left alone.
 */
export async function createQueueOnce(boss: PgBoss, databaseUrl: string, queue: string): Promise<void> {
  const lock = new Client({ connectionString: databaseUrl });
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock(hashtext($1))', [LOCK]);
    if (!(await boss.getQueue(queue))) await boss.createQueue(queue);
  } finally {
    // Ending the session releases the lock even if unlocking is never reached.
    await lock.end().catch(() => undefined);
  }
}
