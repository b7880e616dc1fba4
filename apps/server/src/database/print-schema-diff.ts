import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';
import { schemaDiff } from './schema-diff';

/** Drafts a migration: `DATABASE_URL=… node dist/database/print-schema-diff.js` prints what is missing. */
async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is required');
  const ds = await new DataSource(dataSourceOptions(url)).initialize();
  try {
    await ds.runMigrations();
    const diff = await schemaDiff(ds);
    console.log('-- up\n' + diff.up.map((q) => `${q};`).join('\n'));
    console.log('-- down\n' + diff.down.reverse().map((q) => `${q};`).join('\n'));
  } finally {
    await ds.destroy();
  }
}

void main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
