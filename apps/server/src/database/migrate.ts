import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';

// Any fixed 64-bit number: every instance booting at once takes the same lock, one migrates at a time.
const MIGRATION_LOCK = 7_301_845_120_771;

/** Runs pending migrations; safe when several instances boot together. Returns the names it ran. */
export async function runMigrations(url: string): Promise<string[]> {
  const ds = await new DataSource(dataSourceOptions(url, { poolSize: 2 })).initialize();
  const runner = ds.createQueryRunner();
  try {
    await runner.connect();
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      const ran = await ds.runMigrations({ transaction: 'each' });
      return ran.map((m) => m.name);
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  } finally {
    await runner.release();
    await ds.destroy();
  }
}
