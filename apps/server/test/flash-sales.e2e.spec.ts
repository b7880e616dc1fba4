import { randomUUID } from 'node:crypto';
import { Agent, request } from 'node:http';
import { JwtService } from '@nestjs/jwt';
import type Redis from 'ioredis';
import { REDIS } from '../src/config/config.tokens';
import { FlashSaleLifecycle } from '../src/modules/flash-sales/flash-sale-lifecycle';
import { FlashSaleTokens } from '../src/modules/flash-sales/flash-sale-tokens';
import { OrderLifecycle } from '../src/modules/orders/order-lifecycle';
import { LiveServers } from './support/live-servers';

type Buyer = { token: string; userId: string; addressId: string };
type Reply = { status: number; json: Record<string, any> };

// A bounded pool of keep-alive sockets: ten thousand requests in flight at once, queued on the client
// side rather than ten thousand sockets.
const agent = new Agent({ keepAlive: true, maxSockets: 256 });
function post(base: string, path: string, token: string, body: unknown): Promise<Reply> {
  const data = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(new URL(path, base), { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data), authorization: `Bearer ${token}` } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, json: text ? JSON.parse(text) : {} }));
    });
    req.on('error', reject);
    req.end(data);
  });
}

const HOUR = 3_600_000;

// Both modes: PostgreSQL only, and scale-out (two instances; a Redis script gates, PostgreSQL decides).
describe.each([
  ['PostgreSQL only', false],
  ['scale-out, two instances over Redis', true],
] as const)('flash sales (%s)', (_name, scaleOut) => {
  let live: LiveServers;
  let merchant: string;

  beforeAll(async () => {
    // The storm comes from one address and a few thousand buyers: the anti-abuse limits are raised here and
    // tested with their real values in the block below.
    live = await LiveServers.start(scaleOut, { FLASH_SALE_USER_RATE: '1000000', FLASH_SALE_IP_RATE: '1000000' });
    merchant = await live.demo('merchant');
  }, 60_000);
  afterAll(() => live.stop());

  const app = () => live.servers[0]!.app;
  const saleToken = (saleId: string, userId: string, now?: number) => app().get(FlashSaleTokens).issue(saleId, userId, now).token;

  /** Buyers straight in the database (a storm needs thousands), with tokens from the app's own signer. */
  const buyers = async (n: number): Promise<Buyer[]> => {
    const jwt = app().get(JwtService);
    const rows = await live.withDb(async (db) => {
      const users = await db.query(`INSERT INTO users (provider, guest_device_id, nickname) SELECT 'guest', 'fs-' || $1 || '-' || i, '买家' || i FROM generate_series(1, $2::int) i RETURNING id`, [randomUUID(), n]);
      const ids = users.rows.map((r: { id: string }) => r.id);
      const addresses = await db.query(
        `INSERT INTO addresses (user_id, name, phone, province, city, district, detail, is_default)
         SELECT u, '买家', '13800138000', '广东省', '深圳市', '南山区', '科技园', true FROM unnest($1::uuid[]) u RETURNING id, user_id`,
        [ids],
      );
      return addresses.rows as Array<{ id: string; user_id: string }>;
    });
    return Promise.all(rows.map(async (r) => ({ userId: r.user_id, addressId: r.id, token: await jwt.signAsync({ sub: r.user_id, roles: ['user'] }, { expiresIn: 3600 }) })));
  };
  const skuWith = async (stock: number): Promise<string> => {
    const created = await live.call('POST', '/merchant/goods', merchant, { title: `秒杀商品 ${randomUUID().slice(0, 6)}`, images: ['https://example.com/a.jpg'], skus: [{ specValues: [], priceFen: 9_900, stock }] });
    expect(created.status).toBe(201);
    return created.json.skus[0].id as string;
  };
  const createSale = async (skuId: string, o: { units: number; limit?: number; startsAt?: Date; endsAt?: Date }) => {
    const res = await live.call('POST', '/merchant/flash-sales', merchant, {
      skuId, salePriceFen: 990, totalUnits: o.units, perUserLimit: o.limit ?? 1,
      startsAt: (o.startsAt ?? new Date(Date.now() - 1000)).toISOString(), endsAt: (o.endsAt ?? new Date(Date.now() + HOUR)).toISOString(),
    });
    expect(res.status).toBe(201);
    return res.json;
  };
  const stockOf = (skuId: string) => live.withDb(async (db) => (await db.query(`SELECT stock FROM goods_skus WHERE id = $1`, [skuId])).rows[0].stock as number);
  const saleRow = (id: string) => live.withDb(async (db) => (await db.query(`SELECT units_left, units_returned, settled_at FROM flash_sales WHERE id = $1`, [id])).rows[0]);
  const quota = (saleId: string, userId: string) =>
    live.withDb(async (db) => ((await db.query(`SELECT units FROM flash_sale_buyers WHERE sale_id = $1 AND user_id = $2`, [saleId, userId])).rows[0]?.units as number | undefined) ?? 0);
  const buy = (saleId: string, b: Buyer, o: { token?: string; quantity?: number; instance?: number } = {}) =>
    live.call('POST', `/flash-sales/${saleId}/orders`, b.token, { token: o.token ?? saleToken(saleId, b.userId), requestId: randomUUID(), addressId: b.addressId, quantity: o.quantity ?? 1 }, o.instance ?? 0);

  it('10,000 buy requests at once for 100 units: exactly 100 orders, nobody past the limit, 0 units left', async () => {
    const sku = await skuWith(150);
    const sale = await createSale(sku, { units: 100, limit: 2 });
    expect(await stockOf(sku)).toBe(50); // set aside when the sale was made
    const crowd = await buyers(2_500);
    const shots = crowd.flatMap((b) => [0, 1, 2, 3].map(() => b));
    const results = await Promise.all(
      shots.map((b, i) => post(live.url(i), `/flash-sales/${sale.id}/orders`, b.token, { token: saleToken(sale.id, b.userId), requestId: randomUUID(), addressId: b.addressId, quantity: 1 })),
    );
    const made = results.filter((r) => r.status === 201);
    expect(made).toHaveLength(100);
    const refusals = new Set(results.filter((r) => r.status !== 201).map((r) => `${r.status} ${r.json.code}`));
    expect([...refusals].every((r) => r === '410 FLASH_SALE_SOLD_OUT' || r === '409 FLASH_SALE_LIMIT_REACHED')).toBe(true);
    expect(made.every((r) => r.json.order.source === 'flash_sale' && r.json.order.sourceId === sale.id && r.json.order.items[0].priceFen === 990)).toBe(true);
    const perUser = await live.withDb(async (db) =>
      (await db.query(`SELECT o.user_id, sum(i.quantity)::int AS n FROM orders o JOIN order_items i ON i.order_id = o.id WHERE o.source_id = $1 GROUP BY o.user_id`, [sale.id])).rows as Array<{ n: number }>,
    );
    expect(perUser.reduce((s, r) => s + r.n, 0)).toBe(100);
    expect(Math.max(...perUser.map((r) => r.n))).toBeLessThanOrEqual(2);
    expect((await saleRow(sale.id)).units_left).toBe(0);
    expect(await stockOf(sku)).toBe(50); // orders took no catalogue stock
    expect((await live.call('GET', `/flash-sales/${sale.id}`)).json).toMatchObject({ unitsLeft: 0, status: 'live' });
  }, 240_000);

  it('refuses an order without a token, with a forged or another buyer’s token, and with an expired one', async () => {
    const sale = await createSale(await skuWith(10), { units: 5 });
    const [a, b] = await buyers(2);
    const refused = async (token: string | undefined) => {
      const res = await live.call('POST', `/flash-sales/${sale.id}/orders`, a!.token, { ...(token === undefined ? {} : { token }), requestId: randomUUID(), addressId: a!.addressId });
      return `${res.status} ${res.json.code}`;
    };
    expect(await refused(undefined)).toBe('403 FLASH_SALE_TOKEN_INVALID');
    expect(await refused(`${Date.now() + HOUR}.${'A'.repeat(43)}`)).toBe('403 FLASH_SALE_TOKEN_INVALID');
    expect(await refused(saleToken(sale.id, b!.userId))).toBe('403 FLASH_SALE_TOKEN_INVALID');
    expect(await refused(saleToken(sale.id, a!.userId, Date.now() - HOUR))).toBe('403 FLASH_SALE_TOKEN_INVALID');
    expect((await saleRow(sale.id)).units_left).toBe(5);
    // The sale page's token works, on either instance.
    const got = await live.call('GET', `/flash-sales/${sale.id}/token`, a!.token);
    expect(got.status).toBe(200);
    const ok = await buy(sale.id, a!, { token: got.json.token, instance: 1 });
    expect(ok.status).toBe(201);
    expect(ok.json.unitsLeft).toBe(4);
  });

  it('a retried request makes one order', async () => {
    const sale = await createSale(await skuWith(10), { units: 5, limit: 3 });
    const [a] = await buyers(1);
    const body = { token: saleToken(sale.id, a!.userId), requestId: randomUUID(), addressId: a!.addressId };
    const [r1, r2] = await Promise.all([0, 1].map((i) => live.call('POST', `/flash-sales/${sale.id}/orders`, a!.token, body, i)));
    const again = await live.call('POST', `/flash-sales/${sale.id}/orders`, a!.token, body);
    expect([r1!.status, r2!.status, again.status].filter((s) => s === 201)).toHaveLength(3);
    expect(new Set([r1!.json.order.id, r2!.json.order.id, again.json.order.id]).size).toBe(1);
    expect((await saleRow(sale.id)).units_left).toBe(4);
    expect(await quota(sale.id, a!.userId)).toBe(1);
  });

  (scaleOut ? it : it.skip)('rebuilds a sale’s Redis state from PostgreSQL when it is lost, quotas included', async () => {
    const sale = await createSale(await skuWith(10), { units: 3, limit: 1 });
    const [a, b, c, d] = await buyers(4);
    expect((await buy(sale.id, a!)).status).toBe(201);
    await app().get<Redis>(REDIS).del(`fs:{${sale.id}}:left`, `fs:{${sale.id}}:users`, `fs:{${sale.id}}:requests`);
    expect(`${(await buy(sale.id, a!, { instance: 1 })).json.code}`).toBe('FLASH_SALE_LIMIT_REACHED');
    expect((await buy(sale.id, b!)).status).toBe(201);
    expect((await buy(sale.id, c!, { instance: 1 })).status).toBe(201);
    expect(`${(await buy(sale.id, d!)).json.code}`).toBe('FLASH_SALE_SOLD_OUT');
    expect((await saleRow(sale.id)).units_left).toBe(0);
  });

  it('refuses tokens and orders before the window opens', async () => {
    const sale = await createSale(await skuWith(10), { units: 5, startsAt: new Date(Date.now() + HOUR), endsAt: new Date(Date.now() + 2 * HOUR) });
    const [a] = await buyers(1);
    expect((await live.call('GET', `/flash-sales/${sale.id}`)).json.status).toBe('upcoming');
    const token = await live.call('GET', `/flash-sales/${sale.id}/token`, a!.token);
    expect(`${token.status} ${token.json.code}`).toBe('409 FLASH_SALE_NOT_STARTED');
    const order = await buy(sale.id, a!);
    expect(`${order.status} ${order.json.code}`).toBe('409 FLASH_SALE_NOT_STARTED');
    expect((await saleRow(sale.id)).units_left).toBe(5);
    const listed = await live.call('GET', '/flash-sales?status=upcoming&limit=50');
    expect(listed.json.items.map((s: { id: string }) => s.id)).toContain(sale.id);
  });

  it('unpaid orders (buyer cancel, payment timeout) give back exactly their units and quota', async () => {
    const sale = await createSale(await skuWith(10), { units: 2, limit: 1 });
    const [a, b, c] = await buyers(3);
    const oa = await buy(sale.id, a!);
    const ob = await buy(sale.id, b!, { instance: 1 });
    expect([oa.status, ob.status]).toEqual([201, 201]);
    expect(`${(await buy(sale.id, c!)).json.code}`).toBe('FLASH_SALE_SOLD_OUT');
    expect(`${(await buy(sale.id, a!)).json.code}`).toBe('FLASH_SALE_LIMIT_REACHED');

    // A cancels (twice at once): one unit back, A's quota back; C can buy it.
    const cancels = await Promise.all([0, 1].map((i) => live.call('POST', `/orders/${oa.json.order.id}/cancel`, a!.token, undefined, i)));
    expect(cancels.every((r) => r.json.status === 'cancelled')).toBe(true);
    expect((await saleRow(sale.id)).units_left).toBe(1);
    expect(await quota(sale.id, a!.userId)).toBe(0);
    expect((await buy(sale.id, c!, { instance: 1 })).status).toBe(201);
    expect(`${(await buy(sale.id, a!)).json.code}`).toBe('FLASH_SALE_SOLD_OUT');

    // B's payment times out (the job run three times at once): one unit back; A, whose quota is free, buys it.
    await live.withDb((db) => db.query(`UPDATE orders SET pay_deadline = now() - interval '1 second' WHERE id = $1`, [ob.json.order.id]));
    const lifecycle = app().get(OrderLifecycle);
    const runs = await Promise.all([0, 1, 2].map(() => lifecycle.timeout(ob.json.order.id)));
    expect(runs.filter(Boolean)).toHaveLength(1);
    expect((await saleRow(sale.id)).units_left).toBe(1);
    expect(await quota(sale.id, b!.userId)).toBe(0);
    expect((await buy(sale.id, a!)).status).toBe(201);
    expect((await saleRow(sale.id)).units_left).toBe(0);
    expect(await quota(sale.id, a!.userId)).toBe(1);
  });

  it('at its end the unsold units go back to the SKU once; an order cancelled later returns its unit there', async () => {
    const sku = await skuWith(20);
    const sale = await createSale(sku, { units: 10, limit: 3, endsAt: new Date(Date.now() + 3000) });
    const [a] = await buyers(1);
    const made = await buy(sale.id, a!, { quantity: 3 });
    expect(made.status).toBe(201);
    expect(await stockOf(sku)).toBe(10);
    // The job at endsAt settles it.
    let row = await saleRow(sale.id);
    for (let i = 0; i < 300 && !row.settled_at; i++) {
      await new Promise((r) => setTimeout(r, 100));
      row = await saleRow(sale.id);
    }
    expect(row).toMatchObject({ units_left: 0, units_returned: 7 });
    expect(await stockOf(sku)).toBe(17);
    // Again, and at once on both paths (the job, the shop's stop): nothing more.
    const again = await Promise.all([app().get(FlashSaleLifecycle).end(sale.id), live.call('POST', `/merchant/flash-sales/${sale.id}/stop`, merchant)]);
    expect(again[0]).toBeNull();
    expect(await stockOf(sku)).toBe(17);
    expect(`${(await buy(sale.id, a!)).json.code}`).toBe('FLASH_SALE_ENDED');
    // The unpaid order cancelled after the end: its units go to the SKU, not the closed sale.
    await live.call('POST', `/orders/${made.json.order.id}/cancel`, a!.token);
    expect(await stockOf(sku)).toBe(20);
    expect(await saleRow(sale.id)).toMatchObject({ units_left: 0, units_returned: 10 });
  }, 60_000);

  it('lets the shop stop a sale early and see its figures; another shop’s SKU is refused', async () => {
    const sku = await skuWith(8);
    const sale = await createSale(sku, { units: 5, limit: 2 });
    const [a] = await buyers(1);
    expect((await buy(sale.id, a!, { quantity: 2 })).status).toBe(201);
    const stopped = await live.call('POST', `/merchant/flash-sales/${sale.id}/stop`, merchant);
    expect(stopped.json).toMatchObject({ status: 'ended', unitsOrdered: 2, unitsPaid: 0, unitsReturned: 3, unitsLeft: 0 });
    expect(await stockOf(sku)).toBe(6);
    const listed = await live.call('GET', '/merchant/flash-sales?limit=50', merchant);
    expect(listed.json.items.find((s: { id: string }) => s.id === sale.id)).toMatchObject({ unitsOrdered: 2 });
    const tooMany = await live.call('POST', '/merchant/flash-sales', merchant, { skuId: sku, salePriceFen: 1, totalUnits: 7, startsAt: new Date().toISOString(), endsAt: new Date(Date.now() + HOUR).toISOString() });
    expect(`${tooMany.status} ${tooMany.json.code}`).toBe('409 OUT_OF_STOCK');
    const [outsider] = await buyers(1);
    const notShop = await live.call('POST', '/merchant/flash-sales', outsider!.token, { skuId: sku, salePriceFen: 1, totalUnits: 1, startsAt: new Date().toISOString(), endsAt: new Date(Date.now() + HOUR).toISOString() });
    expect(notShop.status).toBe(403);
  });
});

describe.each([
  ['PostgreSQL only', false],
  ['scale-out, two instances over Redis', true],
] as const)('flash-sale anti-abuse limits (%s)', (_name, scaleOut) => {
  let live: LiveServers;

  beforeAll(async () => {
    live = await LiveServers.start(scaleOut, { FLASH_SALE_USER_RATE: '2', FLASH_SALE_IP_RATE: '10' });
  }, 60_000);
  afterAll(() => live.stop());

  it('answers 429 RATE_LIMITED past the per-buyer and per-address rates', async () => {
    const merchant = await live.demo('merchant');
    const goods = await live.call('POST', '/merchant/goods', merchant, { title: '限流商品', images: ['https://example.com/a.jpg'], skus: [{ specValues: [], priceFen: 100, stock: 5 }] });
    const sale = await live.call('POST', '/merchant/flash-sales', merchant, { skuId: goods.json.skus[0].id, salePriceFen: 50, totalUnits: 5, startsAt: new Date().toISOString(), endsAt: new Date(Date.now() + HOUR).toISOString() });
    const g = await live.guest();
    // One buyer, 20 token calls at once: at most 2 a second each instance window can let through.
    const one = await Promise.all(Array.from({ length: 20 }, () => live.call('GET', `/flash-sales/${sale.json.id}/token`, g.accessToken)));
    const limited = one.filter((r) => r.status === 429);
    expect(limited.every((r) => r.json.code === 'RATE_LIMITED')).toBe(true);
    expect(one.filter((r) => r.status === 200).length).toBeLessThanOrEqual(4);
    // Many buyers from one address: the address's rate stops them.
    const many = await Promise.all(Array.from({ length: 12 }, () => live.guest()));
    const fromOne = await Promise.all(many.flatMap((b) => [0, 1].map(() => live.call('POST', `/flash-sales/${sale.json.id}/orders`, b.accessToken, { token: 'x', requestId: randomUUID(), addressId: randomUUID() }))));
    expect(fromOne.filter((r) => r.status === 429).length).toBeGreaterThan(0);
    expect(fromOne.filter((r) => r.status !== 429).every((r) => r.json.code === 'FLASH_SALE_TOKEN_INVALID')).toBe(true);
  });
});
