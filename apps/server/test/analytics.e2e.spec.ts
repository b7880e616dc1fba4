import { randomUUID } from 'node:crypto';
import { LiveServers } from './support/live-servers';

const ago = (ms: number) => new Date(Date.now() - ms).toISOString();

/** One good event of every type (with the columns each must fill), and five that must be dropped. */
function mixedBatch() {
  const [room, goods, sku, order, coupon] = [randomUUID(), randomUUID(), randomUUID(), randomUUID(), randomUUID()];
  const at = ago(60_000);
  const ev = (type: string, extra: Record<string, unknown>) => ({ id: randomUUID(), type, at, path: 'pages/mall/index', ...extra });
  const good = [
    ev('page_view', {}),
    ev('impression', { target: 'goods', targetId: goods, position: 3 }),
    ev('click', { target: 'goods', targetId: goods }),
    ev('share', { target: 'coupon', targetId: coupon }),
    ev('live_enter', { roomId: room }),
    ev('live_leave', { roomId: room, dwellMs: 42_000 }),
    ev('like', { roomId: room, count: 7 }),
    ev('comment', { roomId: room }),
    ev('add_to_cart', { goodsId: goods, skuId: sku, quantity: 2, roomId: room }),
    ev('order', { orderId: order }),
    ev('pay', { orderId: order }),
  ];
  const bad = [
    ev('teleport', {}),
    ev('impression', { target: 'goods' }),
    ev('page_view', { at: ago(8 * 24 * 3_600_000) }),
    ev('page_view', { at: new Date(Date.now() + 10 * 60_000).toISOString() }),
    'not an event',
  ];
  // Bad ones in between: each event is judged alone, wherever it sits.
  const events = [...good.slice(0, 4), bad[0], bad[1], ...good.slice(4, 8), bad[2], bad[3], bad[4], ...good.slice(8)];
  return { good, events, room, goods, sku, order, coupon };
}

describe.each([
  ['PostgreSQL only', false],
  ['scale-out, two instances over Redis', true],
] as const)('event tracking ingest (%s)', (_name, scaleOut) => {
  let live: LiveServers;

  beforeAll(async () => {
    live = await LiveServers.start(scaleOut);
  }, 60_000);
  afterAll(() => live.stop());

  const rowsOf = (userId: string) =>
    live.withDb(async (db) => (await db.query(`SELECT * FROM analytics_events WHERE user_id = $1 ORDER BY id`, [userId])).rows as Array<Record<string, any>>);

  it('stores exactly the good events of a mixed batch, with their columns, and counts the rest', async () => {
    const g = await live.guest();
    const b = mixedBatch();
    const res = await live.call('POST', '/events', g.accessToken, { sessionId: 'launch-0001', events: b.events });
    expect(res.status).toBe(202);
    expect(res.json).toEqual({ accepted: 11, dropped: 5 });

    const rows = await rowsOf(g.user.id);
    expect(rows.map((r) => r.id).sort()).toEqual(b.good.map((e) => e.id).sort());
    const byType = Object.fromEntries(rows.map((r) => [r.type, r]));
    const cols = (r: Record<string, any>) => ({ target: r.target, target_id: r.target_id, room_id: r.room_id, goods_id: r.goods_id, sku_id: r.sku_id, order_id: r.order_id, value: r.value });
    const none = { target: null, target_id: null, room_id: null, goods_id: null, sku_id: null, order_id: null, value: null };
    expect(cols(byType.page_view!)).toEqual(none);
    expect(cols(byType.impression!)).toEqual({ ...none, target: 'goods', target_id: b.goods, goods_id: b.goods, value: 3 });
    expect(cols(byType.click!)).toEqual({ ...none, target: 'goods', target_id: b.goods, goods_id: b.goods });
    expect(cols(byType.share!)).toEqual({ ...none, target: 'coupon', target_id: b.coupon });
    expect(cols(byType.live_enter!)).toEqual({ ...none, room_id: b.room });
    expect(cols(byType.live_leave!)).toEqual({ ...none, room_id: b.room, value: 42_000 });
    expect(cols(byType.like!)).toEqual({ ...none, room_id: b.room, value: 7 });
    expect(cols(byType.comment!)).toEqual({ ...none, room_id: b.room });
    expect(cols(byType.add_to_cart!)).toEqual({ ...none, goods_id: b.goods, sku_id: b.sku, room_id: b.room, value: 2 });
    expect(cols(byType.order!)).toEqual({ ...none, order_id: b.order });
    expect(cols(byType.pay!)).toEqual({ ...none, order_id: b.order });
    for (const r of rows) {
      expect(r).toMatchObject({ session_id: 'launch-0001', path: 'pages/mall/index' });
      expect(r.occurred_at.toISOString()).toBe(b.good[0]!.at);
      expect(Math.abs(r.received_at.getTime() - Date.now())).toBeLessThan(60_000);
    }
  });

  it('a batch re-sent, also many times at once over both instances, is stored once; another user with the same ids is apart', async () => {
    const [g, other] = [await live.guest(), await live.guest()];
    const b = mixedBatch();
    const body = { sessionId: 'launch-0002', events: b.events };
    expect((await live.call('POST', '/events', g.accessToken, body)).json).toEqual({ accepted: 11, dropped: 5 });
    const again = await Promise.all(Array.from({ length: 8 }, (_, i) => live.call('POST', '/events', g.accessToken, body, i)));
    expect(again.map((r) => [r.status, r.json.accepted])).toEqual(Array.from({ length: 8 }, () => [202, 11]));
    // The other user's copies race each other on a fresh key: none may fail and one row each must remain.
    const theirs = await Promise.all(Array.from({ length: 8 }, (_, i) => live.call('POST', '/events', other.accessToken, body, i)));
    expect(theirs.map((r) => r.status)).toEqual(Array.from({ length: 8 }, () => 202));
    expect((await rowsOf(g.user.id)).length).toBe(11);
    expect((await rowsOf(other.user.id)).map((r) => r.id).sort()).toEqual(b.good.map((e) => e.id).sort());
  });

  it('refuses a caller without a token, a malformed batch and one over 100 events, storing nothing', async () => {
    const g = await live.guest();
    const one = () => ({ id: randomUUID(), type: 'page_view', at: ago(1_000), path: 'pages/mall/index' });
    const anonymous = await live.call('POST', '/events', undefined, { sessionId: 'launch-0003', events: [one()] });
    expect(anonymous.status).toBe(401);
    for (const events of [one(), 'x', [], Array.from({ length: 101 }, one)]) {
      const res = await live.call('POST', '/events', g.accessToken, { sessionId: 'launch-0003', events });
      expect([res.status, res.json.code]).toEqual([400, 'VALIDATION_FAILED']);
    }
    const badSession = await live.call('POST', '/events', g.accessToken, { sessionId: 'no spaces allowed', events: [one()] });
    expect([badSession.status, badSession.json.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect(await rowsOf(g.user.id)).toEqual([]);
    const total = await live.withDb(async (db) => (await db.query(`SELECT count(*)::int AS n FROM analytics_events WHERE session_id = 'launch-0003'`)).rows[0].n);
    expect(total).toBe(0);
    // Exactly 100 is allowed.
    const full = await live.call('POST', '/events', g.accessToken, { sessionId: 'launch-0003', events: Array.from({ length: 100 }, one) });
    expect([full.status, full.json.accepted]).toEqual([202, 100]);
  });
});
