import { Client } from 'pg';
import { type ApiProcess, type ApiProcessOptions, startApiProcess, withDb } from './api-process';

export interface ModeRun {
  /** 'PostgreSQL only' or 'scale-out (REDIS_URL set)', as the tables print it. */
  label: string;
  mode: 'pg' | 'redis';
  api: ApiProcess;
  db: Client;
}

/**
 * A benchmark's frame: a scratch database (dropped afterwards, whatever happens), and per mode asked for
 * in BENCH_ONLY a fresh server process on it (Redis only in scale-out mode) and a client to the database.
 */
export async function forEachMode(
  opts: { adminUrl: string; redisUrl: string; secret: string; database: string; runId: string; only: string; gcTrace?: ApiProcessOptions['gcTrace'] },
  work: (run: ModeRun) => Promise<void>,
): Promise<void> {
  const admin = new Client({ connectionString: opts.adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${opts.database}`);
  const dbUrl = withDb(opts.adminUrl, opts.database);
  try {
    const only = opts.only.split(',');
    for (const mode of (['pg', 'redis'] as const).filter((m) => only.includes(m))) {
      const api = await startApiProcess({ databaseUrl: dbUrl, secret: opts.secret, gcTrace: opts.gcTrace, ...(mode === 'redis' ? { redisUrl: opts.redisUrl, redisPrefix: `bench:${opts.runId}:` } : {}) });
      const db = new Client({ connectionString: dbUrl });
      await db.connect();
      try {
        await work({ label: mode === 'redis' ? 'scale-out (REDIS_URL set)' : 'PostgreSQL only', mode, api, db });
      } finally {
        await db.end();
        await api.stop();
      }
    }
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${opts.database} WITH (FORCE)`);
    await admin.end();
  }
}
