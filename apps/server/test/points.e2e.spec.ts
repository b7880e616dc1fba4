import { randomUUID } from 'node:crypto';
import { type PointsRules, WELCOME_POINTS } from '@livemall/shared';
import { DataSource } from 'typeorm';
import { OrdersRepository, type RefundRow } from '../src/modules/orders/orders.repository';
import { Points } from '../src/modules/points/points';
import { PointsClock } from '../src/modules/points/points-clock';
import { PointsExpiryJob } from '../src/modules/points/points-expiry.job';
import { PointsExpiryWarnings } from '../src/modules/points/points-expiry-warnings';
import { PurchasePointsListener } from '../src/modules/points/purchase-points.listener';
import { LiveServers } from './support/live-servers';
import { type Buyer, shop } from './support/shop';

/** Saved without the live-room fields (as rules saved before them were): they default to 0, off. */
const RULES = {
  checkinBasePoints: 5,
  streakBonuses: [
    { day: 2, points: 3 },
    { day: 7, points: 20 },
  ],
  sharePoints: 3,
  shareDailyCapPoints: 10,
  purchasePointsPerYuan: 1,
  expiryMonths: 1,
  deductionPointsPerYuan: 100,
  deductionCapPercent: 20,
};

const SAVED: PointsRules = { ...RULES, liveFirstCommentPoints: 0, liveWatchMinutes: 0, liveWatchPoints: 0 };

// Both modes: points live in PostgreSQL; the scale-out mode spreads the calls over two instances.
describe.each([
  ['PostgreSQL only', false],
  ['scale-out, two instances over Redis', true],
] as const)('points (%s)', (_name, scaleOut) => {
  let live: LiveServers;
  let merchant: string;
  let admin: string;
  let s: ReturnType<typeof shop>;
  /** The rules' "now" on every instance (the injected PointsClock). */
  let clockAt = new Date('2026-01-10T02:00:00Z');

  beforeAll(async () => {
    live = await LiveServers.start(scaleOut);
    merchant = await live.demo('merchant');
    admin = await live.demo('admin');
    s = shop(live, () => merchant);
    for (const server of live.servers) jest.spyOn(server.app.get(PointsClock), 'now').mockImplementation(() => new Date(clockAt));
    const saved = await live.call('PUT', '/admin/points/rules', admin, RULES);
    expect([saved.status, saved.json]).toEqual([200, SAVED]);
  }, 60_000);
  afterAll(async () => {
    jest.restoreAllMocks();
    await live.stop();
  });

  const app = () => live.servers[0]!.app;
  const summary = async (b: Buyer) => (await live.call('GET', '/me/points/summary', b.token)).json;
  const pointsOf = async (b: Buyer) => (await summary(b)).balance as number;
  const ledger = (userId: string, reason: string) =>
    live.withDb(async (db) =>
      (await db.query(
        `SELECT e.delta::int AS delta, e.reference FROM ledger_entries e JOIN wallets w ON w.id = e.wallet_id WHERE w.owner_type = 'points' AND w.owner_id = $1 AND e.reason = $2 ORDER BY e.id`,
        [userId, reason],
      )).rows as Array<{ delta: number; reference: string }>,
    );
  const lots = (userId: string) =>
    live.withDb(async (db) => (await db.query(`SELECT amount, remaining, source_key FROM point_lots WHERE user_id = $1 ORDER BY expires_at, id`, [userId])).rows);
  /** Every user's lots hold exactly their points wallet's balance. */
  const lotsMatchWallets = () =>
    live.withDb(async (db) =>
      (await db.query(
        `SELECT w.owner_id FROM wallets w LEFT JOIN (SELECT user_id, sum(remaining) AS r FROM point_lots GROUP BY user_id) l ON l.user_id = w.owner_id
          WHERE w.owner_type = 'points' AND w.balance <> coalesce(l.r, 0)`,
      )).rows,
    );
  const spend = (userId: string, amount: number) =>
    app().get(DataSource).transaction((m) => app().get(Points).spend(m, userId, { amount, reason: 'gift', reference: userId, key: `test-spend:${randomUUID()}` }));

  it('checks in once a day however many calls race; the streak counts consecutive China days', async () => {
    clockAt = new Date('2026-01-10T02:00:00Z');
    const b = await s.buyer();
    const calls = await Promise.all(Array.from({ length: 6 }, (_, i) => live.call('POST', '/me/checkin', b.token, undefined, i)));
    expect(calls.map((c) => c.status)).toEqual(Array(6).fill(200));
    expect(calls.filter((c) => c.json.fresh)).toHaveLength(1);
    for (const c of calls) expect(c.json).toMatchObject({ date: '2026-01-10', points: 5, streak: 1 });
    expect(await ledger(b.userId, 'checkin')).toEqual([{ delta: 5, reference: '2026-01-10' }]);
    expect(await summary(b)).toMatchObject({ balance: WELCOME_POINTS + 5, checkin: { checkedInToday: true, streak: 1, nextPoints: 0 } });

    // The next China day (UTC 16:00 is Beijing midnight): streak 2, with its bonus.
    clockAt = new Date('2026-01-10T16:30:00Z');
    expect((await summary(b)).checkin).toEqual({ checkedInToday: false, streak: 1, nextPoints: 8 });
    const next = await Promise.all([0, 1].map((i) => live.call('POST', '/me/checkin', b.token, undefined, i)));
    expect(next.filter((c) => c.json.fresh)).toHaveLength(1);
    expect(next[0]!.json).toMatchObject({ date: '2026-01-11', streak: 2, points: 8 });

    // A day missed: the streak starts again.
    clockAt = new Date('2026-01-13T01:00:00Z');
    expect((await summary(b)).checkin).toEqual({ checkedInToday: false, streak: 0, nextPoints: 5 });
    expect((await live.call('POST', '/me/checkin', b.token)).json).toMatchObject({ date: '2026-01-13', streak: 1, points: 5, fresh: true, balance: WELCOME_POINTS + 18 });
    expect(await lotsMatchWallets()).toEqual([]);
  });

  it('pays shares up to the daily cap, even when they race; unknown goods are refused', async () => {
    clockAt = new Date('2026-01-20T03:00:00Z');
    const created = await live.call('POST', '/merchant/goods', merchant, { title: `分享商品 ${randomUUID().slice(0, 6)}`, images: ['https://example.com/a.jpg'], skus: [{ specValues: [], priceFen: 100, stock: 1 }] });
    const goodsId = created.json.id as string;
    const b = await s.buyer();
    const shares = await Promise.all(Array.from({ length: 6 }, (_, i) => live.call('POST', '/me/shares', b.token, { goodsId }, i)));
    expect(shares.map((r) => r.status)).toEqual(Array(6).fill(201));
    expect(shares.map((r) => r.json.points as number).sort((x, y) => y - x)).toEqual([3, 3, 3, 1, 0, 0]);
    expect((await ledger(b.userId, 'share_points')).reduce((t, e) => t + e.delta, 0)).toBe(10);
    expect(await pointsOf(b)).toBe(WELCOME_POINTS + 10);
    const bad = await live.call('POST', '/me/shares', b.token, { goodsId: randomUUID() });
    expect([bad.status, bad.json.code]).toEqual([404, 'GOODS_NOT_FOUND']);
    clockAt = new Date('2026-01-21T03:00:00Z');
    expect((await live.call('POST', '/me/shares', b.token, { goodsId })).json).toMatchObject({ points: 3, todayPoints: 3, dailyCapPoints: 10 });
  });

  it('earns purchase points on completion and a refund takes back exactly what its order earned', async () => {
    clockAt = new Date('2026-01-25T03:00:00Z');
    const sku = await s.sku(2_000);
    const b = await s.buyer();
    const made = await live.call('POST', '/orders', b.token, { requestId: randomUUID(), lines: [{ skuId: sku, quantity: 3 }], addressId: b.addressId });
    const orderId = made.json.id as string;
    expect(await s.pay(b, orderId)).toBe('paid');
    // A refund before completion lowers what the order earns.
    const asked = await live.call('POST', `/orders/${orderId}/refunds`, b.token, { orderItemId: made.json.items[0].id, quantity: 1, reason: '多买了' });
    expect((await live.call('POST', `/merchant/refunds/${asked.json.refunds[0].id}/decision`, merchant, { approve: true })).json.refundedFen).toBe(2_000);
    await live.call('POST', `/merchant/orders/${orderId}/ship`, merchant, { carrier: '顺丰', trackingNo: 'SF1234567890' });
    expect((await live.call('POST', `/orders/${orderId}/confirm`, b.token)).json.status).toBe('completed');
    expect((await live.call('POST', `/orders/${orderId}/confirm`, b.token, undefined, 1)).json.status).toBe('completed'); // again: earns nothing more
    const earned = Math.floor((made.json.totalFen - 2_000) / 100);
    expect(await ledger(b.userId, 'purchase_points')).toEqual([{ delta: earned, reference: orderId }]);
    expect(await pointsOf(b)).toBe(WELCOME_POINTS + earned);

    // Refunds after completion (after-sales): each takes back its share; all of them take back exactly `earned`.
    const order = (await app().get(OrdersRepository).find(orderId))!;
    const paid = order.totalFen - order.refundedFen;
    const refund = (amountFen: number): RefundRow => ({
      id: randomUUID(), orderId, kind: 'item', orderItemId: made.json.items[0].id, paymentId: null, quantity: 1, amountFen, reason: '售后', status: 'refunded', note: null, restock: false, createdAt: new Date(),
    });
    const afterSales = (amountFen: number) => app().get(DataSource).transaction((m) => app().get(PurchasePointsListener).refunded(m, order, refund(amountFen)));
    await afterSales(Math.floor(paid / 3));
    expect(await pointsOf(b)).toBe(WELCOME_POINTS + earned - Math.floor((earned * Math.floor(paid / 3)) / paid));
    await afterSales(paid - Math.floor(paid / 3));
    expect((await ledger(b.userId, 'points_clawback')).reduce((t, e) => t - e.delta, 0)).toBe(earned);
    expect(await pointsOf(b)).toBe(WELCOME_POINTS);
    await afterSales(1); // nothing left of that order to take back
    expect(await pointsOf(b)).toBe(WELCOME_POINTS);

    // Points already spent are not taken below zero.
    const second = await live.call('POST', '/orders', b.token, { requestId: randomUUID(), lines: [{ skuId: sku, quantity: 1 }], addressId: b.addressId });
    await s.pay(b, second.json.id);
    await live.call('POST', `/merchant/orders/${second.json.id}/ship`, merchant, { carrier: '顺丰', trackingNo: 'SF1234567891' });
    await live.call('POST', `/orders/${second.json.id}/confirm`, b.token);
    const earned2 = Math.floor(second.json.totalFen / 100);
    await spend(b.userId, WELCOME_POINTS + earned2 - 7);
    const secondRow = (await app().get(OrdersRepository).find(second.json.id))!;
    await app().get(DataSource).transaction((m) => app().get(PurchasePointsListener).refunded(m, secondRow, { ...refund(secondRow.totalFen), orderId: secondRow.id }));
    expect(await pointsOf(b)).toBe(0);
    expect(await s.books()).toBe(0);
    expect(await lotsMatchWallets()).toEqual([]);
  });

  it('spends the lots expiring first and expires the rest once, across a month boundary', async () => {
    clockAt = new Date('2026-01-28T04:00:00Z');
    const b = await s.buyer();
    await live.call('POST', '/me/checkin', b.token); // welcome 100 (lot A) + check-in 5 (lot B), both until 02-28
    clockAt = new Date('2026-02-05T04:00:00Z');
    await live.call('POST', '/me/checkin', b.token); // lot C: 5, until 03-05
    const goods = await live.call('POST', '/merchant/goods', merchant, { title: `分享 ${randomUUID().slice(0, 6)}`, images: ['https://example.com/a.jpg'], skus: [{ specValues: [], priceFen: 100, stock: 1 }] });
    await live.call('POST', '/me/shares', b.token, { goodsId: goods.json.id }); // lot D: 3, until 03-05
    await spend(b.userId, 102);
    expect((await lots(b.userId)).map((l: { remaining: number }) => l.remaining)).toEqual([0, 3, 5, 3]);
    expect(await summary(b)).toMatchObject({ balance: 11, expiringSoon: { points: 11, firstAt: '2026-02-28T04:00:00.000Z' } });

    // A week before: told once about the 3 points due on 02-28 (the lots of 03-05 are not within the week),
    // however many runs and instances.
    clockAt = new Date('2026-02-22T00:00:00Z');
    await Promise.all([...live.servers, ...live.servers].map((srv) => srv.app.get(PointsExpiryWarnings).runOnce()));
    await app().get(PointsExpiryWarnings).runOnce();
    const inbox = await live.call('GET', '/me/notifications', b.token);
    const expiring = inbox.json.items.filter((n: { kind: string }) => n.kind === 'points_expiring');
    expect(expiring).toHaveLength(1);
    expect(expiring[0].body).toBe('你有 3 积分将于 2026-02-28 过期，记得使用');

    // Into March: lot B is due. Two runs at once (one per instance) and a third: it expires once.
    clockAt = new Date('2026-03-01T00:00:00Z');
    // (The runs also expire other tests' users' lots: this user's ledger is what is checked.)
    await Promise.all([...live.servers, ...live.servers].map((srv) => srv.app.get(PointsExpiryJob).runOnce()));
    expect(await app().get(PointsExpiryJob).runOnce()).toBe(0);
    expect((await ledger(b.userId, 'points_expired')).map((e) => e.delta)).toEqual([-3]);
    expect(await summary(b)).toMatchObject({ balance: 8, expiringSoon: { points: 8, firstAt: '2026-03-05T04:00:00.000Z' } });
    await expect(spend(b.userId, 9)).rejects.toThrow(/insufficient/);

    clockAt = new Date('2026-03-06T00:00:00Z');
    await Promise.all([...live.servers, ...live.servers].map((srv) => srv.app.get(PointsExpiryJob).runOnce()));
    expect(await app().get(PointsExpiryJob).runOnce()).toBe(0);
    expect((await ledger(b.userId, 'points_expired')).map((e) => [e.delta, e.reference])).toEqual([[-3, expect.any(String)], [-5, expect.any(String)], [-3, expect.any(String)]]);
    expect(await summary(b)).toMatchObject({ balance: 0, expiringSoon: null });
    expect((await lots(b.userId)).map((l: { remaining: number }) => l.remaining)).toEqual([0, 0, 0, 0]);
    expect(await s.pointsBooks()).toBe(0);
    expect(await lotsMatchWallets()).toEqual([]);

    const history = await live.call('GET', '/me/points/history?limit=3', b.token);
    expect(history.json.items.map((e: { delta: number; balanceAfter: number }) => [e.delta, e.balanceAfter])).toEqual([[-3, 0], [-5, 3], [-3, 8]]);
    const rest = await live.call('GET', `/me/points/history?limit=50&cursor=${history.json.nextCursor}`, b.token);
    expect(rest.json.items.map((e: { reason: string }) => e.reason)).toEqual(['gift', 'share_points', 'checkin', 'checkin', 'welcome_points']);
    // A cursor the list never gave out is refused, not read as "from the start".
    for (const cursor of ['abc', '', '12x', '%ED%A0%80']) {
      const bad = await live.call('GET', `/me/points/history?limit=3&cursor=${cursor}`, b.token);
      expect([cursor, bad.status, bad.json.code]).toEqual([cursor, 400, 'VALIDATION_FAILED']);
    }
  });

  it('pays with points at checkout after the coupon, capped, and gives them back on cancel and refunds', async () => {
    clockAt = new Date('2026-04-01T03:00:00Z');
    const sku = await s.sku(3_000);
    const b = await s.buyer();
    const bonus = () => app().get(DataSource).transaction((m) => app().get(Points).credit(m, b.userId, { amount: 1_000, reason: 'checkin', reference: 'test', key: `test-credit:${randomUUID()}` }));
    await bonus(); // 1 100 points: more than the 20% cap allows
    const lines = [{ skuId: sku, quantity: 1 }];
    const quote = await live.call('POST', '/checkout/quote', b.token, { lines, pointsToUse: 5_000 });
    // Goods 3 000 fen: at most 20% = 600 fen, i.e. 600 points at 100 points a yuan; shipping is not discounted.
    expect(quote.json).toMatchObject({ totalFen: 3_000 + 800 - 600, points: { balance: 1_100, maxPoints: 600, usedPoints: 600, deductionFen: 600 } });
    expect(quote.json.discounts).toContainEqual({ kind: 'points', label: '积分抵扣 600', amountFen: 600 });
    expect((await live.call('POST', '/checkout/quote', b.token, { lines })).json.points).toBeUndefined();

    const made = await live.call('POST', '/orders', b.token, { requestId: randomUUID(), lines, addressId: b.addressId, pointsToUse: 250 });
    expect(made.json).toMatchObject({ totalFen: 3_550, discountFen: 250 });
    expect(await pointsOf(b)).toBe(850);
    expect((await live.call('POST', `/orders/${made.json.id}/cancel`, b.token)).status).toBe(200);
    expect(await pointsOf(b)).toBe(1_100);
    expect((await ledger(b.userId, 'points_return')).map((e) => e.delta)).toEqual([250]);

    // Two units, 1 000 points over them; refunding one returns its share, the other the rest.
    const two = await live.call('POST', '/orders', b.token, { requestId: randomUUID(), lines: [{ skuId: sku, quantity: 2 }], addressId: b.addressId, pointsToUse: 1_000 });
    expect(two.json).toMatchObject({ totalFen: 6_800 - 1_000 });
    expect(await s.pay(b, two.json.id)).toBe('paid');
    const itemId = two.json.items[0].id as string;
    const refundOne = async () => {
      const asked = await live.call('POST', `/orders/${two.json.id}/refunds`, b.token, { orderItemId: itemId, quantity: 1, reason: '不要了' });
      const open = (asked.json as { refunds: Array<{ id: string; status: string }> }).refunds.find((r) => r.status === 'requested')!;
      return (await live.call('POST', `/merchant/refunds/${open.id}/decision`, merchant, { approve: true })).json;
    };
    expect((await refundOne()).refundedFen).toBe(2_500); // 3 000 less the unit's 500 of points
    expect(await pointsOf(b)).toBe(100 + 500); // the unit's share of the points
    await refundOne();
    expect(await pointsOf(b)).toBe(1_100);
    const tooMany = await live.call('POST', '/orders', b.token, { requestId: randomUUID(), lines, addressId: b.addressId, pointsToUse: 600 });
    expect(tooMany.status).toBe(201);
    expect(await pointsOf(b)).toBe(500);
    expect(await s.books()).toBe(0);
    expect(await s.pointsBooks()).toBe(0);
    expect(await lotsMatchWallets()).toEqual([]);
  });

  it('lets shop owners and the admin read the rules, and only the admin change them', async () => {
    const b = await s.buyer();
    expect((await live.call('GET', '/merchant/points/rules', b.token)).status).toBe(403);
    expect((await live.call('GET', '/merchant/points/rules', merchant)).json).toEqual(SAVED);
    expect((await live.call('GET', '/merchant/points/rules', admin)).json).toEqual(SAVED);
    // One set for every shop's customers: a shop owner may not change it, nor may a buyer.
    for (const token of [b.token, merchant]) {
      const refused = await live.call('PUT', '/admin/points/rules', token, { ...RULES, checkinBasePoints: 1_000 });
      expect([refused.status, refused.json.code]).toEqual([403, 'FORBIDDEN']);
    }
    const bad = await live.call('PUT', '/admin/points/rules', admin, { ...RULES, streakBonuses: [{ day: 3, points: 1 }, { day: 3, points: 2 }] });
    expect([bad.status, bad.json.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect((await live.call('GET', '/merchant/points/rules', merchant)).json).toEqual(SAVED);
  });
});
