import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source-options';
import { testEnv, withDatabase } from './services';

/** A TypeORM connection to this run's migrated database. */
export async function openTestDataSource(): Promise<DataSource> {
  return new DataSource(dataSourceOptions(testEnv().databaseUrl, { poolSize: 30 })).initialize();
}

/** An empty database for tests that must run migrations themselves; dropped by `drop()`. */
export async function scratchDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const admin = process.env.LM_TEST_ADMIN_URL as string;
  const name = `${process.env.LM_TEST_DATABASE}_s${randomBytes(3).toString('hex')}`;
  const run = async (sql: string) => {
    const c = new Client({ connectionString: admin });
    await c.connect();
    try {
      await c.query(sql);
    } finally {
      await c.end();
    }
  };
  await run(`CREATE DATABASE ${name}`);
  return { url: withDatabase(admin, name), drop: () => run(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}
