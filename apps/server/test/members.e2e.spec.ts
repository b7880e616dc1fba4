import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { APP_CONFIG } from '../src/config/config.tokens';
import { randomUUID } from 'node:crypto';
import type { Clock } from '../src/common/clock/clock';
import { GrowthListener } from '../src/modules/members/growth.listener';
import { MEMBER_CLOCK } from '../src/modules/members/member-clock';
import { OrdersRepository } from '../src/modules/orders/orders.repository';
import { type FakeWechat, startFakeWechat } from './support/fake-wechat';
import { DEMO_MERCHANT, LiveServers } from './support/live-servers';
import { type Buyer, shop } from './support/shop';

const DEMO_ROOM = '6f1c2a52-5d1e-4c8e-9a51-0d6a1f0c0101';
const wxCreds = { appId: 'wx0123456789abcdef', secret: 'members-secret-0123456789' };

// Membership: growth and levels from completed orders, the monthly level coupon, profile and phone,
// favourites, follows and the browsing history. Both modes: PostgreSQL only, and scale-out over Redis.
describe.each([
  ['PostgreSQL only', false],
  ['scale-out, two instances over Redis', true],
] as const)('members (%s)', (_name, scaleOut) => {
  let live: LiveServers;
  let wx: FakeWechat;
  let merchant: string;
  let admin: string;
  let monthlyTemplate: string;
  let s: ReturnType<typeof shop>;

  beforeAll(async () => {
    wx = await startFakeWechat(wxCreds);
    live = await LiveServers.start(scaleOut, { WX_APPID: wxCreds.appId, WX_SECRET: wxCreds.secret, WX_API_BASE: wx.baseUrl, WX_TIMEOUT_MS: '1500' });
    merchant = await live.demo('merchant');
    admin = await live.demo('admin');
    s = shop(live, () => merchant);
    const t = await live.call('POST', '/merchant/coupon-templates', merchant, {
      name: '白银月券', rule: { kind: 'amount_off', thresholdFen: 0, amountFen: 500 }, validity: { kind: 'relative', validDays: 30 }, totalQuantity: 1_000, perUserLimit: 1, showInCentre: false,
    });
    expect(t.status).toBe(201);
    monthlyTemplate = t.json.id;
    // The ladder is the platform's: the admin sets it, naming a shop's template as the monthly coupon.
    const saved = await live.call('PUT', '/admin/member-levels', admin, {
      levels: [
        { name: '普通', growthFrom: 0, discountPercent: 100, freeShippingFromFen: null, monthlyCouponTemplateId: null },
        { name: '白银', growthFrom: 100, discountPercent: 98, freeShippingFromFen: 0, monthlyCouponTemplateId: monthlyTemplate },
        { name: '黄金', growthFrom: 300, discountPercent: 95, freeShippingFromFen: 0, monthlyCouponTemplateId: null },
      ],
    });
    expect(saved.status).toBe(200);
  }, 60_000);
  afterAll(async () => {
    setClock(null);
    await live?.stop();
    await wx?.close();
  });

  /** Sets every instance's member clock (null: the real time again). */
  const setClock = (iso: string | null) => {
    for (const server of live?.servers ?? []) server.app.get<symbol, Clock>(MEMBER_CLOCK).now = () => (iso ? new Date(iso) : new Date());
  };
  /** An order of one unit at `priceFen`, paid, shipped: ready for the buyer to confirm. */
  const shippedOrder = async (b: Buyer, priceFen: number): Promise<string> => {
    const sku = await s.sku(priceFen);
    const made = await live.call('POST', '/orders', b.token, { requestId: randomUUID(), lines: [{ skuId: sku, quantity: 1 }], addressId: b.addressId });
    expect(made.status).toBe(201);
    expect(await s.pay(b, made.json.id)).toBe('paid');
    expect((await live.call('POST', `/merchant/orders/${made.json.id}/ship`, merchant, { carrier: '顺丰', trackingNo: 'SF1234567890' })).json.status).toBe('shipped');
    return made.json.id;
  };
  const card = async (b: Buyer, instance = 0) => (await live.call('GET', '/me/member', b.token, undefined, instance)).json;
  const levelCoupons = (userId: string) =>
    live.withDb(async (db) => (await db.query(`SELECT grant_key FROM coupons WHERE user_id = $1 AND grant_key LIKE 'grant:level:%' ORDER BY grant_key`, [userId])).rows.map((r) => r.grant_key as string));

  it('credits growth once per completed order (confirming twice, at once, counts once) and levels up', async () => {
    const b = await s.buyer();
    expect(await card(b)).toMatchObject({ growth: 0, level: { rank: 0, name: '普通' }, next: { name: '白银', growthNeeded: 100 }, benefits: { discountPercent: 100, monthlyCoupon: null } });

    // 150 元 paid (free shipping from 99 元): 150 growth, 白银.
    const first = await shippedOrder(b, 15_000);
    const confirms = await Promise.all([0, 1].map((i) => live.call('POST', `/orders/${first}/confirm`, b.token, undefined, i)));
    expect(confirms.map((c) => [c.status, c.json.status])).toEqual([[200, 'completed'], [200, 'completed']]);
    expect((await live.call('POST', `/orders/${first}/confirm`, b.token)).json.status).toBe('completed');
    // The listener heard again (a redelivery): the order's key allows one credit.
    const orders = live.servers[0]!.app.get(OrdersRepository);
    const order = await orders.find(first);
    await orders.transaction((m) => live.servers[0]!.app.get(GrowthListener).credit(m, order!));
    expect(await card(b, 1)).toMatchObject({ growth: 150, level: { name: '白银' }, next: { name: '黄金', growthNeeded: 150 }, benefits: { discountPercent: 98, freeShippingFromFen: 0 } });

    // Another 200 元, less the 白银 monthly coupon (5 元, granted when the card was read; checkout takes the
    // best coupon), then 白银's 2% off the rest: 191.10 paid, growth 150 + 191 = 341: 黄金, the top.
    const second = await shippedOrder(b, 20_000);
    const done = await live.call('POST', `/orders/${second}/confirm`, b.token);
    expect(done.json).toMatchObject({ status: 'completed', totalFen: 19_110 });
    expect(await card(b)).toMatchObject({ growth: 341, level: { rank: 2, name: '黄金' }, next: null });
    expect((await live.call('GET', '/me/profile', b.token)).json.levelName).toBe('黄金');
  }, 60_000);

  it('grants the level coupon once a month, however often (and at once) the card is read', async () => {
    const b = await s.buyer();
    await live.withDb((db) => db.query(`INSERT INTO member_growth (key, user_id, amount) VALUES ($1, $2, 120)`, [`test:${b.userId}`, b.userId]));
    setClock('2026-11-05T04:00:00Z');
    const reads = await Promise.all([0, 1, 2, 3].map((i) => card(b, i)));
    expect(reads.every((r) => r.benefits.monthlyCoupon?.templateId === monthlyTemplate && r.benefits.monthlyCoupon.grantedThisMonth)).toBe(true);
    await card(b);
    expect(await levelCoupons(b.userId)).toEqual(['grant:level:1:2026-11']);
    // 30 November 16:30 UTC is December in China: the next month's coupon.
    setClock('2026-11-30T16:30:00Z');
    await card(b, 1);
    await card(b);
    expect(await levelCoupons(b.userId)).toEqual(['grant:level:1:2026-11', 'grant:level:1:2026-12']);
    const mine = (await live.call('GET', '/me/coupons', b.token)).json.items.filter((c: { templateId: string }) => c.templateId === monthlyTemplate);
    expect(mine).toHaveLength(2);
    // The entry level has no monthly coupon.
    const plain = await s.buyer();
    expect((await card(plain)).benefits.monthlyCoupon).toBeNull();
    expect(await levelCoupons(plain.userId)).toEqual([]);
    setClock(null);
  }, 60_000);

  it('takes the level discount off after coupons and waives shipping from the level threshold', async () => {
    const plain = await s.buyer();
    const gold = await s.buyer();
    await live.withDb((db) => db.query(`INSERT INTO member_growth (key, user_id, amount) VALUES ($1, $2, 300)`, [`test:${gold.userId}`, gold.userId]));
    const sku = await s.sku(3_333);
    const lines = [{ skuId: sku, quantity: 3 }];
    // 33.33 元 of goods: the entry level pays shipping (free from 99 元) and has no discount line.
    expect((await live.call('POST', '/checkout/quote', plain.token, { lines: [{ skuId: sku, quantity: 1 }] })).json).toMatchObject({ itemsFen: 3_333, shippingFen: 800, discounts: [], totalFen: 4_133 });
    // 黄金: 95%, free shipping from 0: 33.33 → 1.66 off, no shipping.
    expect((await live.call('POST', '/checkout/quote', gold.token, { lines: [{ skuId: sku, quantity: 1 }] })).json).toMatchObject({
      itemsFen: 3_333, shippingFen: 0, discounts: [{ kind: 'member', label: '黄金会员 9.5折', amountFen: 166 }], discountFen: 166, totalFen: 3_167,
    });
    const made = await live.call('POST', '/orders', gold.token, { requestId: randomUUID(), lines, addressId: gold.addressId });
    expect(made.json).toMatchObject({ itemsFen: 9_999, shippingFen: 0, discountFen: 499, totalFen: 9_500 });
    expect(made.json.items.map((i: { discountFen: number }) => i.discountFen)).toEqual([499]);
    // Paid at the member price, the books balance.
    expect(await s.pay(gold, made.json.id)).toBe('paid');
    expect(await s.books()).toBe(0);
  });

  it('guards the level table: the platform admin only, thresholds rising from 0, existing coupon templates', async () => {
    const b = await s.buyer();
    const body = (levels: unknown[]) => ({ levels });
    const level = (name: string, growthFrom: number, extra = {}) => ({ name, growthFrom, discountPercent: 100, freeShippingFromFen: null, monthlyCouponTemplateId: null, ...extra });
    // A shop owner's discount here would be every shop's discount: shops, like buyers, are refused.
    for (const token of [b.token, merchant]) {
      const refused = await live.call('PUT', '/admin/member-levels', token, body([level('普通', 0, { discountPercent: 50 })]));
      expect([refused.status, refused.json.code]).toEqual([403, 'FORBIDDEN']);
    }
    const bad = [
      body([level('普通', 10)]),
      body([level('普通', 0), level('白银', 0)]),
      body([level('普通', 0), level('普通', 5)]),
      body([level('普通', 0, { discountPercent: 101 })]),
      body([level('名字太长了超过八个字', 0)]),
    ];
    for (const levels of bad) expect((await live.call('PUT', '/admin/member-levels', admin, levels)).status).toBe(400);
    expect((await live.call('PUT', '/admin/member-levels', admin, body([level('普通', 0), level('白银', 0)]))).json.code).toBe('MEMBER_LEVELS_INVALID');
    expect((await live.call('PUT', '/admin/member-levels', admin, body([level('普通', 0, { monthlyCouponTemplateId: randomUUID() })]))).json.code).toBe('COUPON_TEMPLATE_NOT_FOUND');
    // Nothing above changed the table.
    expect((await live.call('GET', '/member-levels')).json.levels.map((l: { name: string }) => l.name)).toEqual(['普通', '白银', '黄金']);
  });

  it('takes an uploaded avatar only if it is the image it claims, and serves it', async () => {
    const b = await s.buyer();
    // A real 1×1 PNG.
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
    const jpegHead = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70, 73, 70]);
    const refused = await live.call('POST', '/me/avatar', b.token, { contentType: 'image/png', dataBase64: jpegHead.toString('base64') });
    expect([refused.status, refused.json.code]).toEqual([400, 'AVATAR_INVALID']);
    const tooBig = await live.call('POST', '/me/avatar', b.token, { contentType: 'image/png', dataBase64: 'A'.repeat(800_000) });
    expect([tooBig.status, tooBig.json.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect((await live.call('GET', '/me/profile', b.token)).json.avatarUrl).toBeNull();

    const up = await live.call('POST', '/me/avatar', b.token, { contentType: 'image/png', dataBase64: png.toString('base64') }, 0);
    expect(up.status).toBe(200);
    expect(up.json.avatarUrl).toMatch(/^\/uploads\/avatars\/[0-9a-f-]{36}\.png$/);
    // Stored under the data directory, where create-app serves /uploads/ from. (Serving itself is not
    // checked here: under jest @fastify/static answers 404 for every file, /docs/assets too; the built
    // server serves them, as `pnpm start` shows.)
    const dataDir = (live.servers[0]!.app.get(APP_CONFIG) as { dataDir: string }).dataDir;
    expect(readFileSync(join(dataDir, up.json.avatarUrl)).equals(png)).toBe(true);
  });

  it('validates profile changes, and binds a phone through WeChat, shown masked', async () => {
    const b = await s.buyer();
    for (const patch of [{}, { nickname: '' }, { nickname: '   ' }, { nickname: 'x'.repeat(21) }, { avatarUrl: 'not a url' }, { avatarUrl: 'http://example.com/a.png' }, { avatarUrl: `https://example.com/${'a'.repeat(520)}` }]) {
      const res = await live.call('PATCH', '/me/profile', b.token, patch);
      expect([res.status, res.json.code]).toEqual([400, 'VALIDATION_FAILED']);
    }
    expect((await live.call('PATCH', '/me/profile', undefined, { nickname: '小明' })).status).toBe(401);
    const changed = await live.call('PATCH', '/me/profile', b.token, { nickname: '  小明  ', avatarUrl: 'https://example.com/me.png' });
    expect(changed.json).toMatchObject({ id: b.userId, nickname: '小明', avatarUrl: 'https://example.com/me.png', phoneMasked: null, birthday: null, levelName: '普通' });
    expect((await live.call('PATCH', '/me/profile', b.token, { nickname: '小红' }, 1)).json).toMatchObject({ nickname: '小红', avatarUrl: 'https://example.com/me.png' });
    expect((await live.call('PUT', '/me/birthday', b.token, { month: 3, day: 8 })).status).toBe(200);

    const bad = await live.call('POST', '/me/phone', b.token, { code: 'expired-code' });
    expect([bad.status, bad.json.code]).toEqual([400, 'PHONE_CODE_INVALID']);
    const bound = await live.call('POST', '/me/phone', b.token, { code: 'phone:13800138000' });
    expect(bound.json).toMatchObject({ phoneMasked: '138****8000', birthday: { month: 3, day: 8 } });
    expect(JSON.stringify(bound.json)).not.toContain('13800138000');
    expect((await live.call('POST', '/me/phone', b.token, { code: 'phone:13912345678' }, 1)).json.phoneMasked).toBe('139****5678');
    expect((await live.call('GET', '/me/profile', b.token)).json.phoneMasked).toBe('139****5678');
    expect(await live.withDb(async (db) => (await db.query(`SELECT phone FROM users WHERE id = $1`, [b.userId])).rows[0].phone)).toBe('13912345678');
    // The access token is cached: at most one per instance, however many phones were bound.
    expect(wx.tokensIssued()).toBeLessThanOrEqual(live.servers.length);
    expect(wx.phoneCodes).toEqual(expect.arrayContaining(['expired-code', 'phone:13800138000', 'phone:13912345678']));
  });

  it('favourites and follows are idempotent both ways, newest first', async () => {
    const b = await s.buyer();
    const goodsOf = async (sku: string) => live.withDb(async (db) => (await db.query(`SELECT goods_id FROM goods_skus WHERE id = $1`, [sku])).rows[0].goods_id as string);
    const [g1, g2] = [await goodsOf(await s.sku(1_000)), await goodsOf(await s.sku(2_000))];
    const twice = await Promise.all([0, 1].map((i) => live.call('PUT', `/me/favourites/${g1}`, b.token, undefined, i)));
    expect(twice.map((r) => [r.status, r.json.favourited])).toEqual([[200, true], [200, true]]);
    expect((await live.call('PUT', `/me/favourites/${g2}`, b.token)).json.favourited).toBe(true);
    expect((await live.call('PUT', `/me/favourites/${randomUUID()}`, b.token)).json.code).toBe('GOODS_NOT_FOUND');
    const listed = await live.call('GET', '/me/favourites', b.token);
    expect(listed.json.items.map((f: { goods: { id: string } }) => f.goods.id)).toEqual([g2, g1]);
    expect(listed.json.items[0].goods).toMatchObject({ priceFen: 2_000, stock: 100 });
    for (const i of [0, 1]) expect((await live.call('DELETE', `/me/favourites/${g2}`, b.token, undefined, i)).json).toEqual({ favourited: false });
    expect((await live.call('GET', '/me/favourites', b.token)).json.items.map((f: { goods: { id: string } }) => f.goods.id)).toEqual([g1]);

    for (const i of [0, 1]) expect((await live.call('PUT', `/me/follows/${DEMO_ROOM}`, b.token, undefined, i)).json).toEqual({ following: true });
    expect((await live.call('PUT', `/me/follows/${randomUUID()}`, b.token)).json.code).toBe('ROOM_NOT_FOUND');
    expect((await live.call('GET', '/me/follows', b.token)).json.items.map((f: { room: { id: string } }) => f.room.id)).toEqual([DEMO_ROOM]);
    for (const i of [0, 1]) expect((await live.call('DELETE', `/me/follows/${DEMO_ROOM}`, b.token, undefined, i)).json).toEqual({ following: false });
    expect((await live.call('GET', '/me/follows', b.token)).json.items).toEqual([]);
    expect(await live.withDb(async (db) => (await db.query(`SELECT count(*)::int AS n FROM favourite_goods WHERE user_id = $1`, [b.userId])).rows[0].n)).toBe(1);
  });

  it('keeps the last 100 goods opened, newest first, one entry per goods; a re-visit moves it to the top', async () => {
    const b = await s.buyer();
    const goods = await live.withDb(async (db) => {
      // 102 goods straight into the catalogue: the history only needs ids that exist.
      const rows = await db.query(
        `INSERT INTO goods (merchant_id, title, price_fen, on_shelf) SELECT $1, '历史 ' || n, 100, true FROM generate_series(1, 102) n ORDER BY n RETURNING id`,
        [DEMO_MERCHANT],
      );
      return rows.rows.map((r) => r.id as string);
    });
    expect(goods).toHaveLength(102);
    for (const [i, id] of goods.entries()) expect((await live.call('GET', `/goods/${id}`, b.token, undefined, i)).status).toBe(200);
    // A guest's visit records nothing (and costs nothing).
    expect((await live.call('GET', `/goods/${goods[0]}`)).status).toBe(200);

    const all = async () => {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: { json: Record<string, any> } = await live.call('GET', `/me/history?limit=30${cursor ? `&cursor=${cursor}` : ''}`, b.token);
        seen.push(...page.json.items.map((v: { goods: { id: string } }) => v.goods.id));
        cursor = page.json.nextCursor;
      } while (cursor);
      return seen;
    };
    expect(await all()).toEqual([...goods].reverse().slice(0, 100));

    await live.call('GET', `/goods/${goods[50]}`, b.token);
    const after = await all();
    expect(after).toHaveLength(100);
    expect(after[0]).toBe(goods[50]);
    expect(new Set(after).size).toBe(100);
    expect(after).toEqual([goods[50]!, ...[...goods].reverse().slice(0, 100).filter((id) => id !== goods[50])]);
    expect(await live.withDb(async (db) => (await db.query(`SELECT count(*)::int AS n FROM goods_views WHERE user_id = $1`, [b.userId])).rows[0].n)).toBe(100);
  }, 60_000);

  it('shows the commenter’s level beside their name in the live room', async () => {
    const b = await s.buyer();
    await live.withDb((db) => db.query(`INSERT INTO member_growth (key, user_id, amount) VALUES ($1, $2, 300)`, [`test:${b.userId}`, b.userId]));
    const talker = await live.open(0, DEMO_ROOM, b.token);
    const watcher = await live.open(1, DEMO_ROOM);
    talker.send({ type: 'comment', id: 'lv', text: '你好' });
    const seen = await watcher.until((c) => c.events.find((e) => e.type === 'comment' && e.comment.userId === b.userId));
    expect(seen).toMatchObject({ comment: { text: '你好', level: '黄金' } });
    live.closeClients();
  });
});
