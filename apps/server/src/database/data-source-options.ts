import type { DataSourceOptions } from 'typeorm';
import { entities } from './entities';
import { migrations } from './migrations';

export function dataSourceOptions(url: string, extra: { poolSize?: number; schema?: string; connectTimeoutMs?: number } = {}): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations,
    migrationsTableName: 'typeorm_migrations',
    // The schema is owned by the reviewed migrations, never by the entities.
    synchronize: false,
    migrationsRun: false,
    poolSize: extra.poolSize ?? 20,
    // node-postgres waits for a connection (a new one, or a free one in the pool) for ever by default: with
    // the database down or the pool drained every request would hang. Past this it fails (a 503).
    connectTimeoutMS: extra.connectTimeoutMs ?? 0,
    ...(extra.schema ? { schema: extra.schema } : {}),
    applicationName: 'livemall',
    // gen_random_uuid() is built into PostgreSQL 13+, so no extension has to be installed.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
  };
}
