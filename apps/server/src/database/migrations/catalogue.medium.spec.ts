import { DataSource } from 'typeorm';
import { scratchDatabase } from '../../../test/support/database';
import { dataSourceOptions } from '../data-source-options';
import { migrations } from './index';
import { Catalogue1764000000000 } from './1764000000000-catalogue';

/** Goods that existed before SKUs keep their price and stock, as one SKU without specs, both ways. */
describe('the catalogue migration (real PostgreSQL)', () => {
  let db: { url: string; drop(): Promise<void> };
  let ds: DataSource;
  const before = migrations.slice(0, migrations.indexOf(Catalogue1764000000000));

  beforeAll(async () => {
    db = await scratchDatabase();
    ds = await new DataSource({ ...dataSourceOptions(db.url, { poolSize: 2 }), migrations: before }).initialize();
    await ds.runMigrations();
    const [user] = await ds.query(`INSERT INTO users (provider, nickname) VALUES ('guest', 'u') RETURNING id`);
    const [merchant] = await ds.query(`INSERT INTO merchants (owner_user_id, name) VALUES ($1, 'm') RETURNING id`, [user.id]);
    await ds.query(
      `INSERT INTO goods (merchant_id, title, cover_url, price_fen, stock) VALUES ($1, 'a', 'https://img.example/a.jpg', 3990, 12), ($1, 'b', NULL, 100, 0)`,
      [merchant.id],
    );
    await ds.destroy();
    ds = await new DataSource(dataSourceOptions(db.url, { poolSize: 2 })).initialize();
  });
  afterAll(async () => {
    await ds.destroy();
    await db.drop();
  });

  it('gives every goods one SKU with its price and stock, then drops goods.stock; down puts the stock back', async () => {
    await ds.runMigrations();
    const skus = await ds.query(
      `SELECT g.title, g.images, g.price_fen, k.spec_values, k.spec_key, k.price_fen AS sku_price, k.stock, k.on_sale
         FROM goods g JOIN goods_skus k ON k.goods_id = g.id ORDER BY g.title`,
    );
    expect(skus).toEqual([
      { title: 'a', images: ['https://img.example/a.jpg'], price_fen: '3990', spec_values: [], spec_key: '[]', sku_price: '3990', stock: 12, on_sale: true },
      { title: 'b', images: [], price_fen: '100', spec_values: [], spec_key: '[]', sku_price: '100', stock: 0, on_sale: true },
    ]);
    const columns = await ds.query(`SELECT 1 FROM information_schema.columns WHERE table_name = 'goods' AND column_name = 'stock'`);
    expect(columns).toEqual([]);
    const trgm = await ds.query(`SELECT indexdef FROM pg_indexes WHERE indexname = 'goods_title_trgm_idx'`);
    expect(trgm[0]?.indexdef).toMatch(/USING gin \(title gin_trgm_ops\)/);

    while ((await ds.query(`SELECT 1 FROM information_schema.tables WHERE table_name = 'goods_skus'`)).length > 0) await ds.undoLastMigration();
    expect(await ds.query(`SELECT title, stock FROM goods ORDER BY title`)).toEqual([{ title: 'a', stock: 12 }, { title: 'b', stock: 0 }]);
  });
});
