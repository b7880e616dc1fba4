import { randomUUID } from 'node:crypto';
import { type GoodsCard, type GoodsListQuery, goodsListQuerySchema, type SaveGoodsRequest, saveGoodsRequestSchema } from '@livemall/shared';
import { DataSource } from 'typeorm';
import { scratchDatabase } from '../../../test/support/database';
import { dataSourceOptions } from '../../database/data-source-options';
import { runMigrations } from '../../database/migrate';
import { UserEntity } from '../users/entities/user.entity';
import { UsersRepository } from '../users/users.repository';
import { CategoriesRepository } from './categories.repository';
import { CategoriesService } from './categories.service';
import { GoodsListRepository } from './goods-list.repository';
import { GoodsRepository } from './goods.repository';
import { GoodsService } from './goods.service';
import { GoodsViews } from './goods-views';
import { MerchantGoodsService } from './merchant-goods.service';

/**
 * The waterfall pages by cursor; goods added and edited while someone scrolls must neither repeat nor
 * vanish. A database of its own keeps these goods out of other files' lists; each test lists a category of its own.
 */
describe('the goods waterfall (real PostgreSQL)', () => {
  let db: { url: string; drop(): Promise<void> };
  let ds: DataSource;
  let ownerId: string;
  let goods: GoodsService;
  let merchant: MerchantGoodsService;
  let categories: CategoriesService;

  beforeAll(async () => {
    db = await scratchDatabase();
    await runMigrations(db.url);
    ds = await new DataSource(dataSourceOptions(db.url, { poolSize: 4 })).initialize();
    const owner = await new UsersRepository(ds.getRepository(UserEntity)).upsertGuest(`wf_${randomUUID().slice(0, 8)}`, { nickname: 'm' });
    ownerId = owner.id;
    await ds.query('INSERT INTO merchants (id, owner_user_id, name) VALUES ($1, $2, $3)', [randomUUID(), owner.id, 'waterfall']);
    const goodsRepo = new GoodsRepository(ds);
    categories = new CategoriesService(new CategoriesRepository(ds));
    goods = new GoodsService(new GoodsListRepository(ds), goodsRepo, new GoodsViews());
    merchant = new MerchantGoodsService(goodsRepo, categories);
  });
  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  const category = async () => (await categories.create({ name: `c${randomUUID().slice(0, 8)}`, parentId: null, sort: 0 })).id;
  const body = (title: string, categoryId: string | null, priceFen: number, extra: Partial<SaveGoodsRequest> = {}): SaveGoodsRequest =>
    saveGoodsRequestSchema.parse({ title, categoryId, images: ['https://img.example/a.jpg'], skus: [{ specValues: [], priceFen, stock: 5 }], ...extra });
  const add = async (title: string, categoryId: string | null, priceFen: number, extra: Partial<SaveGoodsRequest> = {}) =>
    (await merchant.create(ownerId, body(title, categoryId, priceFen, extra))).id;
  const reprice = (id: string, title: string, categoryId: string, priceFen: number) => merchant.update(ownerId, id, body(title, categoryId, priceFen));
  const query = (q: Partial<Record<keyof GoodsListQuery, unknown>>) => goodsListQuerySchema.parse(q);

  /** Walks every page; `between(n)` runs after page n. */
  async function walk(q: Partial<Record<keyof GoodsListQuery, unknown>>, between: (page: number) => Promise<void> = async () => undefined) {
    const seen: GoodsCard[] = [];
    let cursor: string | undefined;
    let page = 0;
    do {
      const res = await goods.page(query({ ...q, ...(cursor ? { cursor } : {}) }));
      seen.push(...res.items);
      cursor = res.nextCursor ?? undefined;
      await between(++page);
    } while (cursor);
    return seen;
  }

  it('newest first: walks every shelved goods once while goods are added and edited mid-scroll', async () => {
    const cat = await category();
    const ids: string[] = [];
    for (let i = 1; i <= 7; i++) ids.push(await add(`g${i}`, cat, 100 * i));
    await add('hidden', cat, 100, { onShelf: false });
    const seen = await walk({ categoryId: cat, limit: 3 }, async (page) => {
      if (page === 1) {
        await add('arrived-while-scrolling', cat, 50);
        await reprice(ids[6]!, 'g7-edited', cat, 9_999); // already seen
        await reprice(ids[0]!, 'g1-edited', cat, 1); // not seen yet
      }
    });
    expect(seen.map((g) => g.title)).toEqual(['g7', 'g6', 'g5', 'g4', 'g3', 'g2', 'g1-edited']);
  });

  it.each(['price_asc', 'price_desc'] as const)('%s: each goods once, in its price order, though goods are repriced and added between pages', async (sort) => {
    const cat = await category();
    // Prices 100..800 with two ties at 300 (the seq breaks them).
    const prices = [100, 200, 300, 300, 500, 600, 700, 800];
    const ids: string[] = [];
    for (const [i, p] of prices.entries()) ids.push(await add(`p${i}`, cat, p));
    const byTitle = (t: string) => ids[Number(t.slice(1))]!;
    const seen = await walk({ categoryId: cat, sort, limit: 3 }, async (page) => {
      if (page !== 1) return;
      // One already shown moves past the cursor; one not shown yet moves before it, twice; two arrive.
      const shown = sort === 'price_asc' ? 'p0' : 'p7';
      const unseen = sort === 'price_asc' ? 'p6' : 'p1';
      await reprice(byTitle(shown), shown, cat, sort === 'price_asc' ? 900 : 50);
      await reprice(byTitle(unseen), unseen, cat, sort === 'price_asc' ? 50 : 900);
      await reprice(byTitle(unseen), unseen, cat, sort === 'price_asc' ? 60 : 950);
      await add('new-cheap', cat, 10);
      await add('new-dear', cat, 10_000);
    });
    const titles = seen.map((g) => g.title).filter((t) => !t.startsWith('new-'));
    expect(new Set(seen.map((g) => g.id)).size).toBe(seen.length);
    const expected = sort === 'price_asc' ? ['p0', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7'] : ['p7', 'p6', 'p5', 'p4', 'p3', 'p2', 'p1', 'p0'];
    expect(titles).toEqual(expected);
    // Cards show today's price.
    expect(seen.find((g) => g.title === 'p6')?.priceFen).toBe(sort === 'price_asc' ? 60 : 700);
    // A new scroll sorts by today's prices.
    const fresh = (await walk({ categoryId: cat, sort, limit: 50 })).map((g) => g.priceFen);
    expect(fresh).toEqual([...fresh].sort((a, b) => (sort === 'price_asc' ? a - b : b - a)));
  });

  it('sales: best sellers first, ties by newest', async () => {
    const cat = await category();
    const a = await add('a', cat, 100);
    const b = await add('b', cat, 100);
    await add('c', cat, 100);
    await ds.query('UPDATE goods SET sales = 9 WHERE id = $1', [a]);
    await ds.query('UPDATE goods SET sales = 3 WHERE id = $1', [b]);
    expect((await walk({ categoryId: cat, sort: 'sales', limit: 1 })).map((g) => [g.title, g.sales])).toEqual([['a', 9], ['b', 3], ['c', 0]]);
  });

  it('filters by category, a parent taking in its sub-categories', async () => {
    const parent = await category();
    const child = (await categories.create({ name: 'child', parentId: parent, sort: 1 })).id;
    const other = await category();
    await add('in-parent', parent, 100);
    await add('in-child', child, 100);
    await add('elsewhere', other, 100);
    expect((await walk({ categoryId: parent })).map((g) => g.title).sort()).toEqual(['in-child', 'in-parent']);
    expect((await walk({ categoryId: child })).map((g) => g.title)).toEqual(['in-child']);
  });

  it('finds Chinese titles by keyword; % and _ are plain text', async () => {
    const cat = await category();
    await add('丹东99草莓 2斤 礼盒装', cat, 8800);
    await add('云南高山蓝莓', cat, 5990);
    await add('满100%甜 西瓜', cat, 3000);
    await add('满100元 哈密瓜', cat, 3000);
    expect((await walk({ categoryId: cat, q: '草莓' })).map((g) => g.title)).toEqual(['丹东99草莓 2斤 礼盒装']);
    expect((await walk({ categoryId: cat, q: '高山蓝莓' })).map((g) => g.title)).toEqual(['云南高山蓝莓']);
    expect((await walk({ categoryId: cat, q: '100%' })).map((g) => g.title)).toEqual(['满100%甜 西瓜']);
    expect((await walk({ categoryId: cat, q: '满_' })).map((g) => g.title)).toEqual([]);
  });

  it('shows stock as the sum of on-sale SKUs and the cheapest SKU price with its original price', async () => {
    const cat = await category();
    const specs = [{ name: '规格', values: ['5斤', '10斤'] }];
    await add('two-skus', cat, 1, {
      specs,
      skus: [
        { specValues: ['5斤'], priceFen: 3990, originalPriceFen: 4990, stock: 3 },
        { specValues: ['10斤'], priceFen: 6990, stock: 4 },
      ],
    });
    const [card] = await walk({ categoryId: cat });
    expect(card).toMatchObject({ priceFen: 3990, originalPriceFen: 4990, stock: 7, sales: 0 });
  });

  it('refuses a forged cursor, and a cursor of another sort', async () => {
    const forged = Buffer.from(JSON.stringify({ s: 'price_asc', k: "1; DROP TABLE goods", q: 1, v: 0 })).toString('base64url');
    await expect(goods.page(query({ sort: 'price_asc', cursor: forged }))).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    const cat = await category();
    await add('x', cat, 1);
    await add('y', cat, 2);
    const { nextCursor } = await goods.page(query({ categoryId: cat, limit: 1 }));
    expect(nextCursor).not.toBeNull();
    await expect(goods.page(query({ categoryId: cat, sort: 'price_desc', cursor: nextCursor }))).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    await expect(goods.page(query({ cursor: 'not-base64-json' }))).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
  });
});
