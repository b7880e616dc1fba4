import { DataSource } from 'typeorm';
import { scratchDatabase } from '../../test/support/database';
import { dataSourceOptions } from './data-source-options';
import { migrations } from './migrations';
import { runMigrations } from './migrate';
import { schemaDiff } from './schema-diff';

describe('migrations (real PostgreSQL)', () => {
  let db: { url: string; drop(): Promise<void> };
  let ds: DataSource;

  beforeAll(async () => {
    db = await scratchDatabase();
    await runMigrations(db.url);
    ds = await new DataSource(dataSourceOptions(db.url, { poolSize: 2 })).initialize();
  });
  afterAll(async () => {
    await ds.destroy();
    await db.drop();
  });

  it('leave no difference between the entities and the schema', async () => {
    const diff = await schemaDiff(ds);
    expect(diff.up).toEqual([]);
  });

  it('are all applied, and a second run applies nothing (several instances may boot at once)', async () => {
    const rows: Array<{ name: string }> = await ds.query('SELECT name FROM typeorm_migrations ORDER BY id');
    expect(rows.map((r) => r.name)).toEqual(migrations.map((m) => (m as unknown as { name: string }).name));
    const again = await Promise.all([runMigrations(db.url), runMigrations(db.url)]);
    expect(again).toEqual([[], []]);
  });

  it('can be undone completely and redone', async () => {
    for (let i = 0; i < migrations.length; i++) await ds.undoLastMigration();
    const tables: Array<{ table_name: string }> = await ds.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'typeorm_migrations'`,
    );
    expect(tables).toEqual([]);
    await ds.runMigrations();
    expect((await schemaDiff(ds)).up).toEqual([]);
  });
});
