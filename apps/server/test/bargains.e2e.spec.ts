import { randomUUID } from 'node:crypto';
import { LiveServers } from './support/live-servers';
import { type Buyer, shop } from './support/shop';

const PRICE = 10_000;
const FLOOR = 8_000;

// Both modes: PostgreSQL only and scale-out (two instances over Redis; bargains live in PostgreSQL).
describe.each([
  ['PostgreSQL only', false],
  ['scale-out, two instances over Redis', true],
] as const)('bargains (%s)', (_name, scaleOut) => {
  let live: LiveServers;
  let merchant: string;
  let s: ReturnType<typeof shop>;

  beforeAll(async () => {
    live = await LiveServers.start(scaleOut);
    merchant = await live.demo('merchant');
    s = shop(live, () => merchant);
  }, 60_000);
  afterAll(() => live.stop());

  const activity = async (helpersNeeded = 5, extra: Record<string, unknown> = {}) => {
    const skuId = await s.sku(PRICE);
    const created = await live.call('POST', '/merchant/bargain-activities', merchant, {
      skuId, floorPriceFen: FLOOR, helpersNeeded, timeLimitMinutes: 60, endsAt: new Date(Date.now() + 86_400_000).toISOString(), ...extra,
    });
    expect(created.status).toBe(201);
    return created.json as { id: string; skuId: string };
  };
  const start = (b: Buyer, activityId: string, instance = 0) => live.call('POST', `/bargain-activities/${activityId}/bargains`, b.token, undefined, instance);
  const help = (b: Buyer, bargainId: string, instance = 0) => live.call('POST', `/bargains/${bargainId}/help`, b.token, undefined, instance);
  const buy = (b: Buyer, bargainId: string, requestId: string = randomUUID()) => live.call('POST', `/bargains/${bargainId}/order`, b.token, { requestId, addressId: b.addressId });
  const started = async (helpersNeeded = 5) => {
    const a = await activity(helpersNeeded);
    const starter = await s.buyer();
    const res = await start(starter, a.id);
    expect(res.status).toBe(201);
    return { a, starter, bargainId: res.json.id as string };
  };
  const expire = (bargainId: string) => live.withDb((db) => db.query(`UPDATE bargains SET expires_at = now() - interval '1 second' WHERE id = $1`, [bargainId]));

  it('merchant: the floor must be below the price by 1 fen per helper; list; stop ends new bargains; a guest is no merchant', async () => {
    const skuId = await s.sku(PRICE);
    const body = { skuId, helpersNeeded: 5, timeLimitMinutes: 60, endsAt: new Date(Date.now() + 86_400_000).toISOString() };
    expect((await live.call('POST', '/merchant/bargain-activities', merchant, { ...body, floorPriceFen: PRICE })).json.code).toBe('BARGAIN_FLOOR_INVALID');
    expect((await live.call('POST', '/merchant/bargain-activities', merchant, { ...body, floorPriceFen: PRICE - 4 })).status).toBe(400);
    expect((await live.call('POST', '/merchant/bargain-activities', merchant, { ...body, floorPriceFen: FLOOR, helpersNeeded: 51 })).status).toBe(400);
    expect((await live.call('POST', '/merchant/bargain-activities', merchant, { ...body, skuId: randomUUID(), floorPriceFen: FLOOR })).json.code).toBe('SKU_NOT_FOUND');
    const guest = await s.buyer();
    expect((await live.call('POST', '/merchant/bargain-activities', guest.token, { ...body, floorPriceFen: FLOOR })).status).toBe(403);

    const made = await live.call('POST', '/merchant/bargain-activities', merchant, { ...body, floorPriceFen: FLOOR });
    expect(made.json).toMatchObject({ skuId, originalPriceFen: PRICE, floorPriceFen: FLOOR, helpersNeeded: 5, status: 'active' });
    const list = await live.call('GET', '/merchant/bargain-activities', merchant);
    expect(list.json.items[0].id).toBe(made.json.id);
    expect((await live.call('GET', `/bargain-activities/${made.json.id}`)).json.goodsTitle).toMatch(/^测试商品/);

    const stopped = await live.call('POST', `/merchant/bargain-activities/${made.json.id}/stop`, merchant);
    expect(stopped.json.status).toBe('stopped');
    const refused = await start(guest, made.json.id);
    expect([refused.status, refused.json.code]).toEqual([409, 'BARGAIN_ACTIVITY_CLOSED']);
  });

  it('starting twice (even at once) gives one bargain at the full price', async () => {
    const a = await activity();
    const starter = await s.buyer();
    const both = await Promise.all([start(starter, a.id, 0), start(starter, a.id, 1), start(starter, a.id, 0)]);
    expect(new Set(both.map((r) => r.json.id)).size).toBe(1);
    expect(both[0]!.json).toMatchObject({ status: 'open', currentPriceFen: PRICE, cutFen: 0, helpersDone: 0, helpersNeeded: 5, mine: true });
  });

  it('5 helpers bring the price exactly to the floor, the 6th is refused; nobody helps twice, the starter never', async () => {
    const { starter, bargainId } = await started(5);
    expect((await help(starter, bargainId)).json.code).toBe('BARGAIN_OWN');
    const helpers = await Promise.all(Array.from({ length: 6 }, () => s.buyer()));
    let price = PRICE;
    for (const [i, h] of helpers.slice(0, 5).entries()) {
      const res = await help(h, bargainId, i);
      expect(res.status).toBe(200);
      expect(res.json.cutFen).toBeGreaterThanOrEqual(1);
      price -= res.json.cutFen;
      expect(res.json.bargain).toMatchObject({ currentPriceFen: price, helpersDone: i + 1, myCutFen: res.json.cutFen });
      if (i === 0) {
        const again = await help(h, bargainId, 1);
        expect([again.status, again.json.code, again.json.details?.cutFen]).toEqual([409, 'ALREADY_HELPED', res.json.cutFen]);
      }
    }
    expect(price).toBe(FLOOR);
    const sixth = await help(helpers[5]!, bargainId);
    expect([sixth.status, sixth.json.code]).toEqual([409, 'BARGAIN_FULL']);
    const page = await live.call('GET', `/bargains/${bargainId}`);
    expect(page.json).toMatchObject({ status: 'floor_reached', currentPriceFen: FLOOR, cutFen: PRICE - FLOOR, helpersDone: 5, mine: false });
    expect(page.json.helpers.map((h: { userId: string }) => h.userId)).toEqual(helpers.slice(0, 5).map((h) => h.userId));
    expect(page.json.helpers[0]).toEqual(expect.objectContaining({ nickname: expect.any(String), avatarUrl: null, seq: 0 }));
  });

  it('8 helpers at once for 5 cuts: exactly 5 cuts, different shares, summing to price − floor', async () => {
    const { bargainId } = await started(5);
    const helpers = await Promise.all(Array.from({ length: 8 }, () => s.buyer()));
    const results = await Promise.all(helpers.map((h, i) => help(h, bargainId, i)));
    expect(results.filter((r) => r.status === 200)).toHaveLength(5);
    expect(results.filter((r) => r.status !== 200).map((r) => r.json.code)).toEqual(['BARGAIN_FULL', 'BARGAIN_FULL', 'BARGAIN_FULL']);
    const cuts = results.filter((r) => r.status === 200).map((r) => r.json.cutFen as number);
    expect(cuts.reduce((a, b) => a + b, 0)).toBe(PRICE - FLOOR);
    expect(new Set(results.filter((r) => r.status === 200).map((r) => r.json.seq)).size).toBe(5);
    const rows = await live.withDb(async (db) => (await db.query(`SELECT count(*)::int AS n, sum(cut_fen)::int AS total FROM bargain_helps WHERE bargain_id = $1`, [bargainId])).rows[0]);
    expect(rows).toEqual({ n: 5, total: PRICE - FLOOR });
    expect((await live.call('GET', `/bargains/${bargainId}`)).json).toMatchObject({ currentPriceFen: FLOOR, status: 'floor_reached' });
  });

  it('buys at the current price; a retried request answers the same order; cancelled unpaid, it can be bought again; paid, the books balance', async () => {
    const { a, starter, bargainId } = await started(5);
    const friends = await Promise.all([s.buyer(), s.buyer()]);
    for (const f of friends) expect((await help(f, bargainId)).status).toBe(200);
    const before = (await live.call('GET', `/bargains/${bargainId}`)).json;
    expect(before.currentPriceFen).toBeLessThan(PRICE);

    const stranger = await s.buyer();
    expect((await buy(stranger, bargainId)).json.code).toBe('BARGAIN_NOT_FOUND');
    const requestId = randomUUID();
    const first = await buy(starter, bargainId, requestId);
    expect(first.status).toBe(201);
    expect(first.json).toMatchObject({ source: 'bargain', sourceId: bargainId, itemsFen: before.currentPriceFen, status: 'pending_payment' });
    expect(first.json.totalFen).toBe(before.currentPriceFen + first.json.shippingFen);
    expect(first.json.items[0]).toMatchObject({ skuId: a.skuId, priceFen: before.currentPriceFen, quantity: 1 });
    expect((await buy(starter, bargainId, requestId)).json.id).toBe(first.json.id);
    const second = await buy(starter, bargainId);
    expect([second.status, second.json.code, second.json.details?.orderId]).toEqual([409, 'BARGAIN_STATE_CONFLICT', first.json.id]);
    expect((await live.call('GET', `/bargains/${bargainId}`)).json).toMatchObject({ status: 'ordered', orderId: first.json.id });
    // Ordered: no more cuts.
    expect((await help(await s.buyer(), bargainId)).json.code).toBe('BARGAIN_STATE_CONFLICT');

    expect((await live.call('POST', `/orders/${first.json.id}/cancel`, starter.token)).json.status).toBe('cancelled');
    expect((await live.call('GET', `/bargains/${bargainId}`)).json).toMatchObject({ status: 'open', orderId: null, currentPriceFen: before.currentPriceFen });
    const again = await buy(starter, bargainId);
    expect(again.status).toBe(201);
    expect(again.json.itemsFen).toBe(before.currentPriceFen);
    expect(await s.pay(starter, again.json.id)).toBe('paid');
    expect((await live.call('GET', '/me/bargains', starter.token)).json.items[0]).toMatchObject({ id: bargainId, status: 'ordered', orderId: again.json.id });
    expect(await s.books()).toBe(0);
  });

  it('an expired bargain refuses help and purchase, lists as expired, and the starter may begin a new one', async () => {
    const { a, starter, bargainId } = await started(5);
    await expire(bargainId);
    const helped = await help(await s.buyer(), bargainId);
    expect([helped.status, helped.json.code]).toEqual([410, 'BARGAIN_EXPIRED']);
    const bought = await buy(starter, bargainId);
    expect([bought.status, bought.json.code]).toEqual([410, 'BARGAIN_EXPIRED']);
    expect((await live.call('GET', `/bargains/${bargainId}`)).json.status).toBe('expired');
    expect((await live.call('GET', '/me/bargains', starter.token)).json.items.map((b: { status: string }) => b.status)).toEqual(['expired']);
    const fresh = await start(starter, a.id);
    expect(fresh.json.id).not.toBe(bargainId);
    expect(fresh.json.status).toBe('open');
  });

  it('an order cancelled unpaid after the bargain expired leaves it expired', async () => {
    const { starter, bargainId } = await started(5);
    const order = await buy(starter, bargainId);
    expect(order.status).toBe(201);
    await expire(bargainId);
    expect((await live.call('GET', `/bargains/${bargainId}`)).json.status).toBe('ordered');
    expect((await live.call('POST', `/orders/${order.json.id}/cancel`, starter.token)).json.status).toBe('cancelled');
    expect((await live.call('GET', `/bargains/${bargainId}`)).json).toMatchObject({ status: 'expired', orderId: null });
  });
});
