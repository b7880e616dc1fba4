import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { authTokensSchema, categorySchema, ErrorCode, errorBodySchema, goodsCardSchema, goodsDetailSchema, pageOf } from '@livemall/shared';
import { DataSource } from 'typeorm';
import { createLogger } from '../src/common/logging/logger';
import { loadConfig } from '../src/config/config';
import { TokensService } from '../src/modules/auth/tokens.service';
import { SchedulesRepository } from '../src/modules/live/host/schedules.repository';
import { RoomRepository } from '../src/modules/live/room/room.repository';
import { UsersRepository } from '../src/modules/users/users.repository';
import { type RunningServer, startServer } from '../src/start-server';
import { scratchDatabase } from './support/database';
import { HARNESS_LIMITS } from './support/services';

const DEMO_MERCHANT = '6f1c2a52-5d1e-4c8e-9a51-0d6a1f0c0001';
const DEMO_ORANGE = '6f1c2a52-5d1e-4c8e-9a51-0d6a1f0c0201';
const cardPage = pageOf(goodsCardSchema);
const detailPage = pageOf(goodsDetailSchema);

/** The mall catalogue over HTTP: the waterfall, goods pages, categories and a shop's goods. */
describe('the mall catalogue over HTTP (PostgreSQL only)', () => {
  let db: { url: string; drop(): Promise<void> };
  let server: RunningServer;
  let merchant: string;
  let admin: string;

  const call = async (method: string, path: string, token?: string, body?: unknown) => {
    const headers: Record<string, string> = {};
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (token) headers.authorization = `Bearer ${token}`;
    const res = await fetch(new URL(path, server.url), { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await res.text();
    return { status: res.status, json: (text ? JSON.parse(text) : undefined) as Record<string, unknown> };
  };
  const demo = async (account: 'merchant' | 'admin') => authTokensSchema.parse((await call('POST', '/auth/demo', undefined, { account })).json).accessToken;
  /** Another account with the merchant role; with a shop of its own unless `shop` is false. */
  const otherMerchant = async (shop = true) => {
    const app = server.app;
    const user = await app.get(UsersRepository).upsertSeeded(`mall-e2e-${randomUUID()}`, { nickname: '别家店主' }, ['user', 'merchant']);
    if (shop) await app.get(DataSource).query('INSERT INTO merchants (id, owner_user_id, name) VALUES ($1, $2, $3)', [randomUUID(), user.id, '别家店']);
    return (await app.get(TokensService).issue(user)).accessToken;
  };
  const specs = [{ name: '规格', values: ['5斤', '10斤'] }, { name: '等级', values: ['标准', '精品'] }];
  const fourSkus = () => [
    { specValues: ['5斤', '标准'], priceFen: 3990, stock: 10 },
    { specValues: ['5斤', '精品'], priceFen: 4990, stock: 5 },
    { specValues: ['10斤', '标准'], priceFen: 6990, stock: 3 },
    { specValues: ['10斤', '精品'], priceFen: 8990, originalPriceFen: 9990, stock: 1 },
  ];
  const goodsBody = (extra: Record<string, unknown> = {}) => ({
    title: `脐橙 ${randomUUID().slice(0, 6)}`, images: ['https://img.example/orange.jpg'], specs, skus: fourSkus(), ...extra,
  });
  const create = async (extra: Record<string, unknown> = {}, token = merchant) => {
    const res = await call('POST', '/merchant/goods', token, goodsBody(extra));
    expect(res.status).toBe(201);
    return goodsDetailSchema.parse(res.json);
  };
  const issuePaths = (json: Record<string, unknown>) => errorBodySchema.parse(json).details?.issues?.map((i) => i.path.join('.'));

  beforeAll(async () => {
    // A database of its own: the goods made here (some briefly off the shelf) stay out of other files' lists.
    db = await scratchDatabase();
    const config = loadConfig({
      NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', DATABASE_URL: db.url,
      DATA_DIR: mkdtempSync(join(tmpdir(), 'lm-mall-e2e-')), H5_DIR: mkdtempSync(join(tmpdir(), 'lm-mall-h5-')),
      JWT_SECRET: 'mall-e2e-secret-0123456789-0123456789-01234',
      ...HARNESS_LIMITS,
    });
    server = await startServer(config, createLogger('silent'));
    merchant = await demo('merchant');
    admin = await demo('admin');
  });
  afterAll(async () => {
    await server?.stop();
    await db?.drop();
  });

  it('serves the seeded waterfall in pages of 20 with no goods twice, cards with the cheapest SKU and total stock', async () => {
    const first = cardPage.parse((await call('GET', '/goods?limit=20')).json);
    expect(first.items).toHaveLength(20);
    expect(first.nextCursor).not.toBeNull();
    const second = cardPage.parse((await call('GET', `/goods?limit=20&cursor=${first.nextCursor}`)).json);
    expect(second.items.length).toBeGreaterThan(0);
    const ids = [...first.items, ...second.items].map((g) => g.id);
    expect(new Set(ids).size).toBe(ids.length);
    const orange = goodsDetailSchema.parse((await call('GET', `/goods/${DEMO_ORANGE}`)).json);
    expect(orange).toMatchObject({ priceFen: 3990, originalPriceFen: 4990, stock: 500, specs });
    expect(orange.skus.map((s) => s.specValues)).toEqual([['5斤', '标准'], ['5斤', '精品'], ['10斤', '标准'], ['10斤', '精品']]);
    // The live room's product cards read the same stock (the sum of on-sale SKUs).
    expect(await server.app.get(RoomRepository).goods(DEMO_ORANGE)).toMatchObject({ priceFen: 3990, stock: 500 });
    expect(await server.app.get(SchedulesRepository).shelvedGoods(DEMO_ORANGE, DEMO_MERCHANT)).toMatchObject({ stock: 500 });
  });

  it('finds goods by a Chinese keyword', async () => {
    const found = cardPage.parse((await call('GET', `/goods?q=${encodeURIComponent('草莓')}&limit=50`)).json);
    expect(found.items.map((g) => g.title)).toContain('丹东99草莓 2斤 礼盒装');
    expect(found.items.every((g) => g.title.includes('草莓'))).toBe(true);
  });

  it.each([
    ['a missing combination', { skus: fourSkus().slice(0, 3) }, 'body.skus'],
    ['a combination twice', { skus: [...fourSkus().slice(0, 3), { specValues: ['5斤', '标准'], priceFen: 100, stock: 1 }] }, 'body.skus.3.specValues'],
    ['a value not in its spec', { skus: [...fourSkus().slice(0, 3), { specValues: ['10斤', '特级'], priceFen: 100, stock: 1 }] }, 'body.skus.3.specValues.1'],
    ['too few values', { skus: [...fourSkus().slice(0, 3), { specValues: ['10斤'], priceFen: 100, stock: 1 }] }, 'body.skus.3.specValues'],
    ['a price of 0', { skus: [{ ...fourSkus()[0], priceFen: 0 }, ...fourSkus().slice(1)] }, 'body.skus.0.priceFen'],
    ['a negative price', { skus: [{ ...fourSkus()[0], priceFen: -100 }, ...fourSkus().slice(1)] }, 'body.skus.0.priceFen'],
    ['a price in yuan', { skus: [{ ...fourSkus()[0], priceFen: 39.9 }, ...fourSkus().slice(1)] }, 'body.skus.0.priceFen'],
    ['negative stock', { skus: [{ ...fourSkus()[0], stock: -1 }, ...fourSkus().slice(1)] }, 'body.skus.0.stock'],
  ])('refuses a goods with %s: 400 naming the field', async (_name, extra, path) => {
    const res = await call('POST', '/merchant/goods', merchant, goodsBody(extra));
    expect(res.status).toBe(400);
    expect(res.json.code).toBe(ErrorCode.VALIDATION_FAILED);
    expect(issuePaths(res.json)).toContain(path);
  });

  it('keeps SKU ids across an edit; a dropped SKU leaves sale and gets its id back when listed again', async () => {
    const made = await create();
    expect(made).toMatchObject({ priceFen: 3990, originalPriceFen: null, stock: 19, onShelf: true });
    const idOf = (g: typeof made, values: string[]) => g.skus.find((s) => JSON.stringify(s.specValues) === JSON.stringify(values))?.id;
    const edited = await call('PUT', `/merchant/goods/${made.id}`, merchant, goodsBody({
      title: made.title,
      skus: [
        { specValues: ['5斤', '标准'], priceFen: 4590, stock: 7 },
        { specValues: ['5斤', '精品'], priceFen: 4990, stock: 5 },
        { specValues: ['10斤', '标准'], priceFen: 6990, stock: 3 },
        { specValues: ['10斤', '精品'], priceFen: 8990, originalPriceFen: 9990, stock: 1 },
      ],
    }));
    const after = goodsDetailSchema.parse(edited.json);
    for (const values of [['5斤', '标准'], ['10斤', '精品']]) expect(idOf(after, values)).toBe(idOf(made, values));
    expect(after.skus.find((s) => s.id === idOf(made, ['5斤', '标准']))).toMatchObject({ priceFen: 4590, stock: 7 });
    expect(after.priceFen).toBe(4590);

    const fewer = goodsDetailSchema.parse((await call('PUT', `/merchant/goods/${made.id}`, merchant, goodsBody({
      title: made.title, specs: [{ name: '规格', values: ['5斤', '10斤'] }],
      skus: [{ specValues: ['5斤'], priceFen: 3000, stock: 2 }, { specValues: ['10斤'], priceFen: 5000, stock: 4 }],
    }))).json);
    expect(fewer).toMatchObject({ priceFen: 3000, stock: 6 });
    expect(fewer.skus).toHaveLength(2);
    const rows: Array<{ id: string; on_sale: boolean }> = await server.app.get(DataSource).query('SELECT id, on_sale FROM goods_skus WHERE goods_id = $1', [made.id]);
    expect(rows.filter((r) => !r.on_sale).map((r) => r.id).sort()).toEqual(made.skus.map((s) => s.id).sort());

    const back = goodsDetailSchema.parse((await call('PUT', `/merchant/goods/${made.id}`, merchant, goodsBody({ title: made.title }))).json);
    expect(back.skus.map((s) => s.id).sort()).toEqual(made.skus.map((s) => s.id).sort());
  });

  it('takes goods off the shelf: gone from the waterfall and the public page, still in the shop', async () => {
    const made = await create({ title: `下架测试 ${randomUUID().slice(0, 6)}` });
    const listed = async () => cardPage.parse((await call('GET', `/goods?q=${encodeURIComponent(made.title)}`)).json).items.map((g) => g.id);
    expect(await listed()).toEqual([made.id]);
    const off = await call('POST', `/merchant/goods/${made.id}/shelf`, merchant, { onShelf: false });
    expect(goodsDetailSchema.parse(off.json).onShelf).toBe(false);
    expect(await listed()).toEqual([]);
    expect((await call('GET', `/goods/${made.id}`)).json.code).toBe(ErrorCode.GOODS_NOT_FOUND);
    const mine = detailPage.parse((await call('GET', '/merchant/goods?limit=50', merchant)).json);
    expect(mine.items.find((g) => g.id === made.id)).toMatchObject({ onShelf: false });
    await call('POST', `/merchant/goods/${made.id}/shelf`, merchant, { onShelf: true });
    expect((await call('GET', `/goods/${made.id}`)).status).toBe(200);
  });

  it('answers another shop’s goods as not found, and a merchant without a shop as NOT_A_MERCHANT', async () => {
    const made = await create();
    const other = await otherMerchant();
    expect((await call('PUT', `/merchant/goods/${made.id}`, other, goodsBody())).json.code).toBe(ErrorCode.GOODS_NOT_FOUND);
    expect((await call('POST', `/merchant/goods/${made.id}/shelf`, other, { onShelf: false })).json.code).toBe(ErrorCode.GOODS_NOT_FOUND);
    expect((await call('PUT', `/merchant/goods/${randomUUID()}`, merchant, goodsBody())).status).toBe(404);
    const theirs = detailPage.parse((await call('GET', '/merchant/goods', other)).json);
    expect(theirs.items).toEqual([]);
    expect((await call('GET', `/goods/${made.id}`)).status).toBe(200);
    const shopless = await otherMerchant(false);
    expect((await call('POST', '/merchant/goods', shopless, goodsBody())).json.code).toBe(ErrorCode.NOT_A_MERCHANT);
    const viewer = authTokensSchema.parse((await call('POST', '/auth/guest', undefined, { deviceId: randomUUID() })).json).accessToken;
    expect((await call('POST', '/merchant/goods', viewer, goodsBody())).status).toBe(403);
  });

  it('sanitises the description: no scripts, no event handlers, no javascript: URLs', async () => {
    const made = await create({
      descriptionHtml:
        '<p onclick="steal()">甜<strong>脆</strong></p><script>alert(1)</script><img src="x" onerror="alert(2)"><img src="https://img.example/d.jpg" onerror="alert(3)"><a href="javascript:alert(4)">看</a><img src="javascript:alert(5)">',
    });
    expect(made.descriptionHtml).toBe('<p>甜<strong>脆</strong></p><img src="https://img.example/d.jpg" />看');
    expect(made.descriptionHtml).not.toMatch(/script|onerror|onclick|javascript:/i);
  });

  it('lists categories; an admin adds one under an existing parent only; goods must name an existing one', async () => {
    const parent = await call('POST', '/admin/categories', admin, { name: '测试类目', sort: 9 });
    expect(parent.status).toBe(201);
    const { id } = categorySchema.parse(parent.json);
    expect((await call('POST', '/admin/categories', admin, { name: '子类', parentId: id })).status).toBe(201);
    expect((await call('POST', '/admin/categories', admin, { name: '孤儿', parentId: randomUUID() })).json.code).toBe(ErrorCode.CATEGORY_NOT_FOUND);
    expect((await call('POST', '/admin/categories', merchant, { name: '越权' })).status).toBe(403);
    const all = ((await call('GET', '/categories')).json.items as unknown[]).map((c) => categorySchema.parse(c));
    expect(all.filter((c) => c.parentId === id).map((c) => c.name)).toEqual(['子类']);
    expect(all.map((c) => c.name)).toContain('水果');
    expect((await call('POST', '/merchant/goods', merchant, goodsBody({ categoryId: randomUUID() }))).json.code).toBe(ErrorCode.CATEGORY_NOT_FOUND);
    const inCategory = await create({ categoryId: id });
    const listed = cardPage.parse((await call('GET', `/goods?categoryId=${id}`)).json).items.map((g) => g.id);
    expect(listed).toEqual([inCategory.id]);
  });

  it('refuses a forged cursor with 400', async () => {
    const forged = Buffer.from(JSON.stringify({ s: 'new', q: 'x' })).toString('base64url');
    const res = await call('GET', `/goods?cursor=${forged}`);
    expect(res).toMatchObject({ status: 400, json: { code: ErrorCode.VALIDATION_FAILED } });
  });
});
