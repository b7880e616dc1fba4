import { ErrorCode, roomDashboardSchema, shopDashboardSchema } from '@livemall/shared';
import { at, dashboardFixture, type EventRow, type Goods } from './support/dashboard-fixture';
import { DEMO_MERCHANT, LiveServers } from './support/live-servers';
import type { Buyer } from './support/shop-helpers';

/**
 * Dashboards read PostgreSQL only (orders, comments, packets, coupons, tracked events): nothing per
 * instance, so one mode is enough.
 *
 * The dataset below is written by hand, and every expected figure is worked out by hand in the comments
 * next to it — not by the SQL under test. The room "R" of the demo shop ran 2026-11-20 12:00–12:10 UTC
 * (20:00–20:10 Asia/Shanghai): a 10-minute window, minutes m0…m9. Times are written mm:ss from 12:00.
 */
describe('merchant dashboards (PostgreSQL only)', () => {
  let live: LiveServers;
  let merchant: string;
  let fx: ReturnType<typeof dashboardFixture>;
  let R: string;
  let other: { token: string; merchantId: string | null };
  let V: Buyer[]; // V[1]…V[12] watch R; V[0] unused so the numbers match the tables
  let X: Buyer; // buys and clicks, never watches R
  let X1: Buyer; // a leave with no enter, and a comment: not a viewer
  let X2: Buyer; // visits before and after the window only
  let G1: Goods; // 1,000 fen
  let G2: Goods; // 2,500 fen
  let GO: Goods; // another shop's, 5,000 fen

  const get = (path: string, token = merchant) => live.call('GET', path, token);

  beforeAll(async () => {
    live = await LiveServers.start(false);
    merchant = await live.demo('merchant');
    fx = dashboardFixture(live, () => merchant);
    other = await fx.merchantAccount();
    V = [await fx.buyer()];
    for (let i = 1; i <= 12; i++) V.push(await fx.buyer());
    [X, X1, X2] = [await fx.buyer(), await fx.buyer(), await fx.buyer()];
    [G1, G2, GO] = [await fx.goods(1_000), await fx.goods(2_500), await fx.goods(5_000, other.token)];
    R = await fx.room(DEMO_MERCHANT, at('00:00'), at('10:00'));
    const RO = await fx.room(other.merchantId!, at('00:00'), at('10:00'));
    const v = (i: number) => V[i]!.userId;

    // Visits of R. Clipped to the window [00:00, 10:00):
    // | who | events (session)                                   | visits in window        | dwell s | online minutes |
    // | V1  | enter 00:00, leave 05:00                           | [0:00,5:00)             | 300 | m0-m4 |
    // | V2  | enter 01:30, leave 03:30                           | [1:30,3:30)             | 120 | m1-m3 |
    // | V3  | enter 02:00, leave 04:00, enter 06:00, leave 08:00 | [2,4) [6,8)             | 240 | m2,m3,m6,m7 |
    // | V4  | enter 03:00, never leaves → capped at 33:00        | [3:00,10:00)            | 420 | m3-m9 |
    // | V5  | enter 04:00, enter 07:00, leave 08:30 (one session)| [4,7) cut at next enter, [7,8:30) | 180+90=270 | m4-m8 |
    // | V6  | enter -02:00, leave 01:00                          | [0:00,1:00)             |  60 | m0 |
    // | V7  | enter 09:00, leave 12:00                           | [9:00,10:00)            |  60 | m9 |
    // | V8  | enter 00:30, leave 01:15                           | [0:30,1:15)             |  45 | m0,m1 |
    // | V9  | enter 05:00, leave 06:00                           | [5:00,6:00)             |  60 | m5 |
    // | V10 | enter 05:30, leave 09:30                           | [5:30,9:30)             | 240 | m5-m9 |
    // | V11 | a: enter 01:00 leave 03:00; b: enter 02:00 leave 04:00 (two devices) | [1,3) [2,4) | 240 | m1-m3 |
    // | V12 | enter 08:00, leave 10:00                           | [8:00,10:00)            | 120 | m8,m9 |
    // | X1  | leave 03:00 only                                   | none                    |   0 | |
    // | X2  | enter -40:00 leave -35:00; enter 10:00 leave 11:00 | none (the window is half-open) | 0 | |
    // viewers = 12; total watch = 300+120+240+420+270+60+60+45+60+240+240+120 = 2,175 s → avg 2,175,000/12 = 181,250 ms.
    const visit = (user: string, session: string, enter: string, leave?: string): EventRow[] => [
      { user, session, type: 'live_enter', at: at(enter), roomId: R },
      ...(leave ? [{ user, session, type: 'live_leave', at: at(leave), roomId: R, value: 0 }] : []),
    ];
    await fx.events([
      ...visit(v(1), 's1', '00:00', '05:00'),
      ...visit(v(2), 's2', '01:30', '03:30'),
      ...visit(v(3), 's3', '02:00', '04:00'),
      ...visit(v(3), 's3', '06:00', '08:00'),
      ...visit(v(4), 's4', '03:00'),
      ...visit(v(5), 's5', '04:00'),
      ...visit(v(5), 's5', '07:00', '08:30'),
      ...visit(v(6), 's6', '-02:00', '01:00'),
      ...visit(v(7), 's7', '09:00', '12:00'),
      ...visit(v(8), 's8', '00:30', '01:15'),
      ...visit(v(9), 's9', '05:00', '06:00'),
      ...visit(v(10), 's10', '05:30', '09:30'),
      ...visit(v(11), 's11a', '01:00', '03:00'),
      ...visit(v(11), 's11b', '02:00', '04:00'),
      ...visit(v(12), 's12', '08:00', '10:00'),
      { user: X1.userId, session: 'x1', type: 'live_leave', at: at('03:00'), roomId: R, value: 180_000 },
      ...visit(X2.userId, 'x2', '-40:00', '-35:00'),
      ...visit(X2.userId, 'x2', '10:00', '11:00'),
      // Another shop's room, watched and liked by the same people: never in R.
      { user: v(1), session: 's1o', type: 'live_enter', at: at('01:00'), roomId: RO },
      { user: v(1), session: 's1o', type: 'live_leave', at: at('09:00'), roomId: RO, value: 480_000 },
      { user: v(2), session: 's2o', type: 'like', at: at('02:00'), roomId: RO, value: 100 },
      // Likes: V2 3 at 01:50 and 1 at 03:10, V5 10 at 04:30, V9 2 at 05:20 (V6's 50 at -01:00 is before the window).
      { user: v(2), session: 's2', type: 'like', at: at('01:50'), roomId: R, value: 3 },
      { user: v(2), session: 's2', type: 'like', at: at('03:10'), roomId: R, value: 1 },
      { user: v(5), session: 's5', type: 'like', at: at('04:30'), roomId: R, value: 10 },
      { user: v(9), session: 's9', type: 'like', at: at('05:20'), roomId: R, value: 2 },
      { user: v(6), session: 's6', type: 'like', at: at('-01:00'), roomId: R, value: 50 },
      // Goods clicks. Counted: a goods of this shop, by a viewer, during one of their visits.
      { user: v(1), session: 's1', type: 'click', at: at('01:00'), target: 'goods', goodsId: G1.id }, // ✓
      { user: v(1), session: 's1', type: 'click', at: at('04:00'), target: 'goods', goodsId: G2.id }, // ✓
      { user: v(3), session: 's3', type: 'click', at: at('05:00'), target: 'goods', goodsId: G1.id }, // ✗ between V3's visits
      { user: v(3), session: 's3', type: 'click', at: at('06:30'), target: 'goods', goodsId: G1.id }, // ✓
      { user: v(10), session: 's10', type: 'click', at: at('07:00'), target: 'goods', goodsId: G2.id }, // ✓
      { user: v(2), session: 's2', type: 'click', at: at('02:00'), target: 'goods', goodsId: GO.id }, // ✗ another shop's goods
      { user: v(4), session: 's4', type: 'click', at: at('03:30'), target: 'room', roomId: R }, // ✗ not a goods
      { user: X.userId, session: 'x', type: 'click', at: at('02:00'), target: 'goods', goodsId: G1.id }, // ✗ not a viewer
      // Cart adds from R in the window: V1 2 × G1 at 01:10, V10 1 × G2 at 07:10. Not from R: V3's (no room), V2's at 10:30 (after).
      { user: v(1), session: 's1', type: 'add_to_cart', at: at('01:10'), roomId: R, goodsId: G1.id, skuId: G1.sku, value: 2 },
      { user: v(10), session: 's10', type: 'add_to_cart', at: at('07:10'), roomId: R, goodsId: G2.id, skuId: G2.sku, value: 1 },
      { user: v(3), session: 's3', type: 'add_to_cart', at: at('06:40'), goodsId: G1.id, skuId: G1.sku, value: 1 },
      { user: v(2), session: 's2', type: 'add_to_cart', at: at('10:30'), roomId: R, goodsId: G1.id, skuId: G1.sku, value: 1 },
    ]);

    // Comments: V1 00:40 and 02:10, V2 02:20, X1 03:05 (commenter, not a viewer), V4 05:10; V3's at 10:30 is after the window.
    await fx.comments(R, [[v(1), at('00:40')], [v(1), at('02:10')], [v(2), at('02:20')], [X1.userId, at('03:05')], [v(4), at('05:10')], [v(3), at('10:30')]]);

    // A 300-fen coupon of the shop, claimed by V1 (00:50), V3 (06:20), V12 (08:10) — and by X (02:00, not a
    // viewer) and V2 (10:20, after the window). Only V3 uses it (on O3).
    const coupon = await fx.couponTemplate(300);
    await fx.claim(V[1]!, coupon, at('00:50'));
    const v3Coupon = await fx.claim(V[3]!, coupon, at('06:20'));
    await fx.claim(V[12]!, coupon, at('08:10'));
    await fx.claim(X, coupon, at('02:00'));
    await fx.claim(V[2]!, coupon, at('10:20'));

    // Orders (shipping: 800 fen below 9,900 fen of goods, free from it):
    // | order | buyer | lines            | total fen            | created (UTC)     | paid (UTC)          |
    // | O1    | V1    | G1 × 2           | 2,000+800 = 2,800    | 11-20 12:01:20    | 11-20 12:01:40      |
    // | O2    | V10   | G2 × 4           | 10,000 (free ship.)  | 11-20 12:07:20    | 11-20 12:07:50; 1 unit refunded = 2,500 |
    // | O3    | V3    | G1 × 1, coupon   | 1,000+800−300 = 1,500| 11-20 12:06:45    | 11-20 12:07:05      |
    // | O4    | V5    | G2 × 1           | 2,500+800 = 3,300    | 11-20 12:08:00    | 11-20 12:10:30 (after the window) |
    // | O5    | V9    | G1 × 1           | 1,800                | 11-20 12:05:40    | never               |
    // | O6    | X     | G1 × 1           | 1,800                | 11-20 12:02:30    | 11-20 12:03:00 (not a viewer) |
    // | O7    | V1    | GO × 1 (other shop) | 5,800             | 11-20 12:03:50    | 11-20 12:04:00      |
    // | O8    | V1    | G2 × 1           | 3,300                | 11-21 02:00       | 11-21 02:00 (10:00 in Shanghai) |
    // | O9    | V10   | G1 × 1           | 1,800                | 11-10 04:00       | 11-10 04:00 (before any range used) |
    // | O10   | V3    | G2 × 1           | 3,300                | 11-21 15:59       | 11-21 16:00 = 11-22 00:00 Shanghai |
    // | O11   | X     | G1 × 1           | 1,800                | 11-19 15:59 (= 11-19 23:59 Shanghai) | 11-19 16:00 = 11-20 00:00 Shanghai |
    const day = (iso: string) => new Date(iso);
    const o1 = await fx.order(V[1]!, [{ sku: G1.sku, quantity: 2 }], { created: at('01:20'), paid: at('01:40') });
    const o2 = await fx.order(V[10]!, [{ sku: G2.sku, quantity: 4 }], { created: at('07:20'), paid: at('07:50') });
    const o3 = await fx.order(V[3]!, [{ sku: G1.sku, quantity: 1 }], { created: at('06:45'), paid: at('07:05') }, v3Coupon);
    const o4 = await fx.order(V[5]!, [{ sku: G2.sku, quantity: 1 }], { created: at('08:00'), paid: at('10:30') });
    const o5 = await fx.order(V[9]!, [{ sku: G1.sku, quantity: 1 }], { created: at('05:40'), paid: null });
    const o6 = await fx.order(X, [{ sku: G1.sku, quantity: 1 }], { created: at('02:30'), paid: at('03:00') });
    const o7 = await fx.order(V[1]!, [{ sku: GO.sku, quantity: 1 }], { created: at('03:50'), paid: at('04:00') });
    const o8 = await fx.order(V[1]!, [{ sku: G2.sku, quantity: 1 }], { created: day('2026-11-21T02:00:00Z'), paid: day('2026-11-21T02:00:00Z') });
    const o9 = await fx.order(V[10]!, [{ sku: G1.sku, quantity: 1 }], { created: day('2026-11-10T04:00:00Z'), paid: day('2026-11-10T04:00:00Z') });
    const o10 = await fx.order(V[3]!, [{ sku: G2.sku, quantity: 1 }], { created: day('2026-11-21T15:59:00Z'), paid: day('2026-11-21T16:00:00Z') });
    const o11 = await fx.order(X, [{ sku: G1.sku, quantity: 1 }], { created: day('2026-11-19T15:59:00Z'), paid: day('2026-11-19T16:00:00Z') });
    // The hand figures rest on these totals: check them first.
    expect([o1, o2, o3, o4, o5, o6, o7, o8, o9, o10, o11].map((o) => o.totalFen)).toEqual([2_800, 10_000, 1_500, 3_300, 1_800, 1_800, 5_800, 3_300, 1_800, 3_300, 1_800]);
    await fx.refund(V[10]!, o2, 1);

    // Red packets of R:
    // | packet | created | total  | status   | grabs (fen)                                  | grabbed | back to shop |
    // | P1     | 02:00   | 10,000 | expired  | V1 1,200, V2 800, V4 1,500                   | 3,500   | 6,500 |
    // | P2     | 06:00   | 5,000  | finished | V1, V5, V10, V11, V12: 1,000 each            | 5,000   | 0 |
    // | P3     | 10:30   | 2,000  | expired  | V3 2,000 (after the window: left out)        |         |   |
    await fx.redPacket(R, { label: 'P1', createdAt: at('02:00'), totalFen: 10_000, count: 10, status: 'expired', grabs: [[v(1), 1_200], [v(2), 800], [v(4), 1_500]] });
    await fx.redPacket(R, { label: 'P2', createdAt: at('06:00'), totalFen: 5_000, count: 5, status: 'finished', grabs: [[v(1), 1_000], [v(5), 1_000], [v(10), 1_000], [v(11), 1_000], [v(12), 1_000]] });
    await fx.redPacket(R, { label: 'P3', createdAt: at('10:30'), totalFen: 2_000, count: 1, status: 'expired', grabs: [[v(3), 2_000]] });
  }, 180_000);
  afterAll(() => live?.stop());

  it('a room over its own window: every figure as worked out by hand', async () => {
    const res = await get(`/merchant/dashboards/rooms/${R}`);
    expect(res.status).toBe(200);
    const d = roomDashboardSchema.parse(res.json);
    // Online by minute (distinct users whose visit overlaps [m, m+1)), from the visit table:
    // m0 V1 V6 V8 = 3 | m1 V1 V2 V8 V11 = 4 | m2 V1 V2 V3 V11 = 4 | m3 V1 V2 V3 V4 V11 = 5 | m4 V1 V4 V5 = 3
    // m5 V4 V5 V9 V10 = 4 | m6 V3 V4 V5 V10 = 4 | m7 V3 V4 V5 V10 = 4 | m8 V4 V5 V10 V12 = 4 | m9 V4 V7 V10 V12 = 4
    // peak 5; average floor(39 / 10) = 3.
    // Enters by minute (in the window): m0 V1 V8 | m1 V2 V11a | m2 V3 V11b | m3 V4 | m4 V5 | m5 V9 V10 | m6 V3 | m7 V5 | m8 V12 | m9 V7.
    // Comments: m0 1 | m2 2 | m3 1 (X1) | m5 1.  Likes: m1 3 | m3 1 | m4 10 | m5 2.
    // Paid attributed orders: m1 O1 2,800 | m7 O3 1,500 + O2 10,000 = 11,500.
    const online = [3, 4, 4, 5, 3, 4, 4, 4, 4, 4];
    const enters = [2, 2, 2, 1, 1, 2, 1, 1, 1, 1];
    const comments = [1, 0, 2, 1, 0, 1, 0, 0, 0, 0];
    const likes = [0, 3, 0, 1, 10, 2, 0, 0, 0, 0];
    const orders = [0, 1, 0, 0, 0, 0, 0, 2, 0, 0];
    const gmv = [0, 2_800, 0, 0, 0, 0, 0, 11_500, 0, 0];
    expect(d.series).toEqual(online.map((_, i) => ({
      minute: at(`0${i}:00`).toISOString(), online: online[i], enters: enters[i], comments: comments[i], likes: likes[i], orders: orders[i], gmvFen: gmv[i],
    })));
    const { series: _series, ...figures } = d;
    expect(figures).toEqual({
      roomId: R,
      from: at('00:00').toISOString(),
      to: at('10:00').toISOString(),
      viewers: 12,
      peakOnline: 5,
      avgOnline: 3,
      totalWatchMs: 2_175_000,
      avgWatchMs: 181_250,
      // Commenters V1 V2 X1 V4 (5 comments); likers V2 V5 V9 (3+1+10+2 = 16 likes).
      commenters: 4,
      comments: 5,
      likers: 3,
      likes: 16,
      // Viewers among commenters ∪ likers: V1 V2 V4 V5 V9 (X1 is no viewer) = 5 → 5/12 = 4,166.67 → 4,166 bps.
      interactors: 5,
      interactionRateBps: 4_166,
      // Clicks ✓ above: V1 ×2, V3, V10.
      productClicks: 4,
      productClickers: 3,
      cartAdds: 2,
      cartUnits: 3,
      // Created in the window by viewers: O1 O2 O3 O4 O5 (O6 is X's, O7 another shop's).
      ordersCreated: 5,
      // Paid in the window by viewers: O1 O3 O2 (O4 paid after, O6 not a viewer, O7 another shop).
      orders: 3,
      gmvFen: 2_800 + 1_500 + 10_000,
      refundedFen: 2_500,
      payingViewers: 3,
      conversionRateBps: 2_500, // 3 / 12
      // P1 + P2: 15,000 sent, 8 grabs, 8,500 grabbed by V1 V2 V4 V5 V10 V11 V12, 6,500 back from P1.
      redPackets: { sent: 2, amountFen: 15_000, grabs: 8, grabbedFen: 8_500, grabbers: 7, refundedFen: 6_500 },
      // Claimed in the window by viewers: V1 V3 V12; used on an attributed paid order: O3's.
      coupons: { claimed: 3, used: 1 },
    });
  });

  it('a room over an explicit part of its window', async () => {
    const res = await get(`/merchant/dashboards/rooms/${R}?from=${encodeURIComponent(at('05:00').toISOString())}&to=${encodeURIComponent(at('07:00').toISOString())}`);
    const d = roomDashboardSchema.parse(res.json);
    // [05:00, 07:00): V3 [6,7), V4 [5,7), V5 [5,7) (its second visit starts at 07:00: out), V9 [5,6), V10 [5:30,7).
    // V1 left at 05:00 exactly: out. Watch: 60+120+120+60+90 = 450 s. Created: O5 (V9 05:40), O3 (V3 06:45); none paid.
    expect(d).toMatchObject({ viewers: 5, totalWatchMs: 450_000, avgWatchMs: 90_000, peakOnline: 4, avgOnline: 4, orders: 0, ordersCreated: 2, comments: 1, likes: 2 });
    expect(d.series.map((m) => [m.minute, m.online])).toEqual([[at('05:00').toISOString(), 4], [at('06:00').toISOString(), 4]]);
  });

  it('the shop over two Shanghai days: every figure as worked out by hand', async () => {
    const res = await get('/merchant/dashboards/shop?from=2026-11-20&to=2026-11-21');
    expect(res.status).toBe(200);
    const d = shopDashboardSchema.parse(res.json);
    // Range [2026-11-19 16:00Z, 2026-11-21 16:00Z). Paid in it, this shop: O11 O1 O6 O3 O2 O4 O8 (O10 falls on the 22nd
    // in Shanghai, O9 on the 10th, O7 is another shop's, O5 unpaid).
    // GMV 1,800+2,800+1,800+1,500+10,000+3,300+3,300 = 24,500; refunded 2,500 (O2); AOV floor(24,500/7) = 3,500.
    // Buyers: V1 (O1, O8), X (O6, O11), V3, V10, V5 = 5; repeat V1, X = 2 → 4,000 bps.
    // New (first paid order of this shop ever is in the range): V1 V3 V5 X = 4; returning V10 (O9 on the 10th) = 1.
    // Top goods, line GMV = price × qty − line discount, no shipping:
    //   G2: O2 4 × 2,500 + O4 2,500 + O8 2,500 = 15,000, 6 units; G1: O1 2,000 + O3 1,000−300 + O6 1,000 + O11 1,000 = 4,700, 5 units.
    //   (15,000 + 4,700 + six orders' 800 shipping = 24,500 = GMV.)
    // Funnel: viewed (goods clicks of this shop) V1 V3 V10 X = 4; carted V1 V10 V3 V2 = 4;
    //   ordered (created in range) V1 V10 V3 V5 V9 X(O6) = 6 (O11 was created on the 19th); paid = buyers = 5.
    // Days: 11-20 O11 O1 O6 O3 O2 O4 = 6 orders, 1,800+2,800+1,800+1,500+10,000+3,300 = 21,200, buyers X V1 V3 V10 V5 = 5;
    //       11-21 O8 = 1, 3,300, 1.
    expect(d).toEqual({
      from: '2026-11-20',
      to: '2026-11-21',
      timeZone: 'Asia/Shanghai',
      orders: 7,
      gmvFen: 24_500,
      refundedFen: 2_500,
      netFen: 22_000,
      avgOrderFen: 3_500,
      buyers: 5,
      repeatBuyers: 2,
      repurchaseRateBps: 4_000,
      newBuyers: 4,
      returningBuyers: 1,
      topGoods: [
        { goodsId: G2.id, title: '看板商品 2500', units: 6, gmvFen: 15_000 },
        { goodsId: G1.id, title: '看板商品 1000', units: 5, gmvFen: 4_700 },
      ],
      funnel: { viewed: 4, carted: 4, ordered: 6, paid: 5 },
      days: [
        { date: '2026-11-20', orders: 6, gmvFen: 21_200, buyers: 5 },
        { date: '2026-11-21', orders: 1, gmvFen: 3_300, buyers: 1 },
      ],
    });
  });

  it("another shop sees only its own figures, and not this shop's room", async () => {
    // The other shop: O7 only (V1, 5,800, paid 11-20 20:04 Shanghai); V2's click on GO is its one goods view.
    const theirs = shopDashboardSchema.parse((await get('/merchant/dashboards/shop?from=2026-11-20&to=2026-11-20', other.token)).json);
    expect(theirs).toMatchObject({ orders: 1, gmvFen: 5_800, buyers: 1, newBuyers: 1, funnel: { viewed: 1, carted: 0, ordered: 1, paid: 1 } });
    expect(theirs.topGoods).toEqual([{ goodsId: GO.id, title: '看板商品 5000', units: 1, gmvFen: 5_800 - 800 }]);
    expect(await get(`/merchant/dashboards/rooms/${R}`, other.token)).toMatchObject({ status: 404, json: { code: ErrorCode.ROOM_NOT_FOUND } });
  });

  it('empty ranges and rooms give zeros, not nulls or errors', async () => {
    const d = shopDashboardSchema.parse((await get('/merchant/dashboards/shop?from=2025-01-01&to=2025-01-31')).json);
    expect(d).toMatchObject({ orders: 0, gmvFen: 0, refundedFen: 0, netFen: 0, avgOrderFen: 0, buyers: 0, repurchaseRateBps: 0, newBuyers: 0, returningBuyers: 0, topGoods: [] });
    expect(d.funnel).toEqual({ viewed: 0, carted: 0, ordered: 0, paid: 0 });
    expect(d.days).toHaveLength(31);
    expect(d.days.every((x) => x.orders === 0 && x.gmvFen === 0 && x.buyers === 0)).toBe(true);

    const never = await fx.room(DEMO_MERCHANT, null, null);
    const r = roomDashboardSchema.parse((await get(`/merchant/dashboards/rooms/${never}`)).json);
    expect(r.from).toBe(r.to);
    expect(r).toMatchObject({ viewers: 0, peakOnline: 0, avgOnline: 0, avgWatchMs: 0, interactionRateBps: 0, conversionRateBps: 0, gmvFen: 0, series: [] });
    expect(r.redPackets).toEqual({ sent: 0, amountFen: 0, grabs: 0, grabbedFen: 0, grabbers: 0, refundedFen: 0 });
  });

  it('refuses bad ranges with stable codes, and everyone but the owner', async () => {
    const shop = (q: string) => get(`/merchant/dashboards/shop?${q}`);
    expect(await shop('from=2026-11-21&to=2026-11-20')).toMatchObject({ status: 400, json: { code: ErrorCode.DASHBOARD_RANGE_INVALID } });
    expect((await shop('from=2025-01-01&to=2026-01-01')).status).toBe(200); // 366 days
    expect(await shop('from=2025-01-01&to=2026-01-02')).toMatchObject({ status: 400, json: { code: ErrorCode.DASHBOARD_RANGE_TOO_LONG } });
    for (const bad of ['from=2026-02-30&to=2026-03-01', 'from=2026-11-20', 'from=20261120&to=20261121', 'from=2026-11-20T00:00:00Z&to=2026-11-21']) {
      expect(await shop(bad)).toMatchObject({ status: 400, json: { code: ErrorCode.VALIDATION_FAILED } });
    }
    const room = (q: string) => get(`/merchant/dashboards/rooms/${R}?${q}`);
    const iso = (mmss: string) => encodeURIComponent(at(mmss).toISOString());
    expect(await room(`from=${iso('05:00')}&to=${iso('04:00')}`)).toMatchObject({ status: 400, json: { code: ErrorCode.DASHBOARD_RANGE_INVALID } });
    expect(await room(`from=${iso('00:00')}&to=${iso('1441:00')}`)).toMatchObject({ status: 400, json: { code: ErrorCode.DASHBOARD_RANGE_TOO_LONG } });
    expect(await room('from=yesterday')).toMatchObject({ status: 400, json: { code: ErrorCode.VALIDATION_FAILED } });
    expect(await get('/merchant/dashboards/rooms/not-a-uuid')).toMatchObject({ status: 400, json: { code: ErrorCode.VALIDATION_FAILED } });
    expect(await get('/merchant/dashboards/rooms/00000000-0000-4000-8000-000000000000')).toMatchObject({ status: 404, json: { code: ErrorCode.ROOM_NOT_FOUND } });

    const shopless = await fx.merchantAccount(false);
    for (const path of [`/merchant/dashboards/rooms/${R}`, '/merchant/dashboards/shop?from=2026-11-20&to=2026-11-21']) {
      expect(await get(path, shopless.token)).toMatchObject({ status: 403, json: { code: ErrorCode.NOT_A_MERCHANT } });
      expect(await get(path, V[1]!.token)).toMatchObject({ status: 403, json: { code: ErrorCode.FORBIDDEN } });
      expect((await live.call('GET', path)).status).toBe(401);
    }
  });
});
