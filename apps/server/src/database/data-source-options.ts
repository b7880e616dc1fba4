import type { DataSourceOptions } from 'typeorm';
import { entities } from './entities';
import { migrations } from './migrations';

export function dataSourceOptions(url: string, extra: { poolSize?: number; schema?: string } = {}): DataSourceOptions {
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
    ...(extra.schema ? { schema: extra.schema } : {}),
    applicationName: 'livemall',
    // gen_random_uuid() is built into PostgreSQL 13+, so no extension has to be installed.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
  };
}
