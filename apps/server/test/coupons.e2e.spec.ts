import { randomUUID } from 'node:crypto';
import type { CouponRule, CreateCouponTemplateRequest } from '@livemall/shared';
import { LiveServers } from './support/live-servers';

type Buyer = { token: string; userId: string; addressId: string };
type Res = { status: number; json: Record<string, any> };

describe.each([
  ['PostgreSQL only', false],
  ['scale-out, two instances over Redis', true],
] as const)('coupons and 满减 (%s)', (_name, scaleOut) => {
  let live: LiveServers;
  let merchant: string;

  beforeAll(async () => {
    live = await LiveServers.start(scaleOut);
    merchant = await live.demo('merchant');
  }, 60_000);
  afterAll(() => live.stop());

  const buyer = async (): Promise<Buyer> => {
    const g = await live.guest();
    const address = await live.call('POST', '/me/addresses', g.accessToken, { name: '张三', phone: '13800138000', province: '广东省', city: '深圳市', district: '南山区', detail: '科技园 1 号' });
    expect(address.status).toBe(201);
    return { token: g.accessToken, userId: g.user.id, addressId: address.json.id };
  };
  /** One goods of the demo shop per price, one SKU each; returns [skuId, goodsId] pairs. */
  const goods = async (...prices: number[]): Promise<Array<{ sku: string; goods: string }>> => {
    const out = [];
    for (const priceFen of prices) {
      const created = await live.call('POST', '/merchant/goods', merchant, {
        title: `券测商品 ${randomUUID().slice(0, 6)}`, images: ['https://example.com/a.jpg'], specs: [], skus: [{ specValues: [], priceFen, stock: 100 }],
      });
      expect(created.status).toBe(201);
      out.push({ sku: created.json.skus[0].id as string, goods: created.json.id as string });
    }
    return out;
  };
  const template = async (rule: CouponRule, extra: Partial<CreateCouponTemplateRequest> = {}): Promise<string> => {
    const res = await live.call('POST', '/merchant/coupon-templates', merchant, {
      name: `券 ${randomUUID().slice(0, 4)}`, rule, validity: { kind: 'relative', validDays: 7 }, totalQuantity: 1_000, perUserLimit: 1, ...extra,
    });
    expect(res.status).toBe(201);
    return res.json.id as string;
  };
  const claim = (b: Buyer, templateId: string, requestId = randomUUID(), instance = 0) =>
    live.call('POST', `/coupons/templates/${templateId}/claim`, b.token, { requestId }, instance);
  const claimed = async (b: Buyer, templateId: string): Promise<string> => {
    const res = await claim(b, templateId);
    expect(res.status).toBe(201);
    return res.json.id as string;
  };
  const quote = (b: Buyer, lines: Array<{ skuId: string; quantity: number }>, couponId?: string | null) =>
    live.call('POST', '/checkout/quote', b.token, { lines, ...(couponId !== undefined ? { couponId } : {}) });
  const order = (b: Buyer, lines: Array<{ skuId: string; quantity: number }>, couponId?: string | null, instance = 0) =>
    live.call('POST', '/orders', b.token, { requestId: randomUUID(), lines, addressId: b.addressId, ...(couponId !== undefined ? { couponId } : {}) }, instance);
  const couponRow = (id: string) => live.withDb(async (db) => (await db.query(`SELECT status, order_id FROM coupons WHERE id = $1`, [id])).rows[0]);
  const pay = async (b: Buyer, orderId: string) => {
    const started = await live.call('POST', `/orders/${orderId}/pay`, b.token);
    expect((await live.call('POST', `/payments/${started.json.paymentId}/dev-confirm`, b.token)).json.status).toBe('paid');
  };
  const refund = async (b: Buyer, orderId: string, orderItemId: string, quantity: number): Promise<Res> => {
    const asked = await live.call('POST', `/orders/${orderId}/refunds`, b.token, { orderItemId, quantity, reason: '不想要了' });
    expect(asked.status).toBe(201);
    const r = (asked.json.refunds as Array<{ id: string; status: string; amountFen: number }>).find((x) => x.status === 'requested')!;
    const decided = await live.call('POST', `/merchant/refunds/${r.id}/decision`, merchant, { approve: true });
    expect(decided.status).toBe(200);
    return { status: r.amountFen, json: decided.json };
  };
  const books = () => live.withDb(async (db) => Number((await db.query(`SELECT coalesce(sum(balance), 0)::bigint AS s FROM wallets WHERE owner_type <> 'points' AND owner_id <> '00000000-0000-0000-0000-000000000001'`)).rows[0].s));

  it('1,000 concurrent claims of a 100-coupon template with per-user limit 1: exactly 100 claimed, nobody twice', async () => {
    const id = await template({ kind: 'amount_off', thresholdFen: 0, amountFen: 100 }, { totalQuantity: 100, perUserLimit: 1 });
    const users = await Promise.all(Array.from({ length: 400 }, () => buyer()));
    // 400 users, 1,000 claims between them: the first 200 send three each, the others two.
    const claims = users.flatMap((u, i) => Array.from({ length: i < 200 ? 3 : 2 }, () => u));
    expect(claims).toHaveLength(1_000);
    const results = await Promise.all(claims.map((u, i) => claim(u, id, randomUUID(), i % 2)));
    const won = results.filter((r) => r.status === 201);
    expect(won).toHaveLength(100);
    expect(new Set(results.filter((r) => r.status !== 201).map((r) => `${r.status} ${r.json.code}`))).toEqual(
      new Set(results.some((r) => r.json.code === 'COUPON_LIMIT_REACHED') ? ['410 COUPON_SOLD_OUT', '409 COUPON_LIMIT_REACHED'] : ['410 COUPON_SOLD_OUT']),
    );
    const db = await live.withDb(async (c) => ({
      rows: (await c.query(`SELECT user_id, count(*)::int AS n FROM coupons WHERE template_id = $1 GROUP BY user_id`, [id])).rows as Array<{ n: number }>,
      claimedCount: (await c.query(`SELECT claimed_count FROM coupon_templates WHERE id = $1`, [id])).rows[0].claimed_count,
    }));
    expect(db.rows).toHaveLength(100);
    expect(db.rows.every((r) => r.n === 1)).toBe(true);
    expect(db.claimedCount).toBe(100);
    expect(new Set(won.map((r) => r.json.id)).size).toBe(100);
    const listed = await live.call('GET', '/merchant/coupon-templates', merchant);
    expect(listed.json.items.find((t: { id: string }) => t.id === id)).toMatchObject({ claimedCount: 100, usedCount: 0 });
  }, 180_000);

  it('per-user limit 2 holds under concurrency; a retried claim answers with the same coupon', async () => {
    const id = await template({ kind: 'amount_off', thresholdFen: 0, amountFen: 100 }, { totalQuantity: 50, perUserLimit: 2 });
    const [a, b] = [await buyer(), await buyer()];
    const results = await Promise.all([...Array.from({ length: 10 }, (_, i) => claim(a, id, randomUUID(), i % 2)), ...Array.from({ length: 10 }, (_, i) => claim(b, id, randomUUID(), i % 2))]);
    expect(results.filter((r) => r.status === 201)).toHaveLength(4);
    expect(results.filter((r) => r.status !== 201).every((r) => r.status === 409 && r.json.code === 'COUPON_LIMIT_REACHED')).toBe(true);
    const requestId = randomUUID();
    const c = await buyer();
    const retried = await Promise.all([claim(c, id, requestId, 0), claim(c, id, requestId, 1), claim(c, id, requestId, 0)]);
    expect(new Set(retried.map((r) => `${r.status} ${r.json.id}`)).size).toBe(1);
    expect(retried[0]!.status).toBe(201);
    const centre = await live.call('GET', '/coupons/centre', c.token);
    expect(centre.json.items.find((e: { template: { id: string } }) => e.template.id === id)).toMatchObject({ claimedByMe: 1, canClaim: true, reason: null });
    expect((await claim(c, id)).status).toBe(201);
    expect((await live.call('GET', '/coupons/centre', c.token)).json.items.find((e: { template: { id: string } }) => e.template.id === id)).toMatchObject({ claimedByMe: 2, canClaim: false, reason: 'limit_reached' });
    expect((await live.call('GET', '/merchant/coupon-templates', merchant)).json.items.find((t: { id: string }) => t.id === id).claimedCount).toBe(6);
  }, 60_000);

  it('quote lists my usable coupons best first, suggests the best, applies the chosen one or none', async () => {
    const [g] = await goods(10_000);
    const b = await buyer();
    const small = await claimed(b, await template({ kind: 'amount_off', thresholdFen: 0, amountFen: 300 }));
    const mid = await claimed(b, await template({ kind: 'amount_off', thresholdFen: 5_000, amountFen: 1_000 }));
    const pct = await claimed(b, await template({ kind: 'percent_off', thresholdFen: 0, payPercent: 80, capFen: 5_000 }));
    const far = await claimed(b, await template({ kind: 'amount_off', thresholdFen: 50_000, amountFen: 5_000 }));
    const lines = [{ skuId: g!.sku, quantity: 1 }];
    const q = await quote(b, lines);
    expect(q.status).toBe(200);
    expect(q.json.coupons.map((c: { coupon: { id: string }; discountFen: number }) => [c.coupon.id, c.discountFen])).toEqual([[pct, 2_000], [mid, 1_000], [small, 300]]);
    expect(q.json).toMatchObject({ suggestedCouponId: pct, appliedCouponId: pct, discountFen: 2_000, totalFen: 8_000, discounts: [{ kind: 'coupon', amountFen: 2_000 }] });
    expect((await quote(b, lines, null)).json).toMatchObject({ appliedCouponId: null, suggestedCouponId: pct, discountFen: 0, totalFen: 10_000 });
    expect((await quote(b, lines, mid)).json).toMatchObject({ appliedCouponId: mid, discountFen: 1_000, totalFen: 9_000 });
    const refused = await quote(b, lines, far);
    expect([refused.status, refused.json.code]).toEqual([409, 'COUPON_THRESHOLD_NOT_MET']);
    // Absent: the order takes the suggested coupon, as the quote said.
    const made = await order(b, lines);
    expect(made.json).toMatchObject({ couponId: pct, discountFen: 2_000, totalFen: 8_000 });
    expect(await couponRow(pct)).toMatchObject({ status: 'used', order_id: made.json.id });
    expect((await live.call('GET', '/me/coupons?status=used', b.token)).json.items.map((c: { id: string }) => c.id)).toEqual([pct]);
  });

  it('splits the whole discount across the items in fen, summing exactly', async () => {
    const [x, y, z] = await goods(3_333, 1_111, 777);
    const b = await buyer();
    const c = await claimed(b, await template({ kind: 'amount_off', thresholdFen: 0, amountFen: 1_001 }));
    const made = await order(b, [{ skuId: x!.sku, quantity: 3 }, { skuId: y!.sku, quantity: 2 }, { skuId: z!.sku, quantity: 1 }], c);
    expect(made.status).toBe(201);
    const items = made.json.items as Array<{ discountFen: number; priceFen: number; quantity: number }>;
    expect(items.reduce((s, i) => s + i.discountFen, 0)).toBe(1_001);
    expect(made.json.discountFen).toBe(1_001);
    expect(made.json.totalFen).toBe(made.json.itemsFen + made.json.shippingFen - 1_001);
    for (const i of items) expect(i.discountFen).toBeLessThan(i.priceFen * i.quantity);
  });

  it('a partial refund gives back the units less their share; refunding every unit returns the coupon', async () => {
    const [g] = await goods(10_000);
    const b = await buyer();
    const c = await claimed(b, await template({ kind: 'amount_off', thresholdFen: 0, amountFen: 1_000 }));
    const made = await order(b, [{ skuId: g!.sku, quantity: 3 }], c);
    expect(made.json).toMatchObject({ totalFen: 29_000, items: [{ discountFen: 1_000 }] });
    await pay(b, made.json.id);
    const itemId = made.json.items[0].id as string;
    const first = await refund(b, made.json.id, itemId, 1);
    expect(first.status).toBe(10_000 - 333);
    expect(first.json.refundedFen).toBe(9_667);
    expect(await couponRow(c)).toMatchObject({ status: 'used' });
    const rest = await refund(b, made.json.id, itemId, 2);
    expect(rest.status).toBe(19_333);
    expect(rest.json.refundedFen).toBe(29_000);
    expect(await couponRow(c)).toMatchObject({ status: 'unused', order_id: null });
    expect((await live.call('GET', '/me/coupons', b.token)).json.items.map((x: { id: string }) => x.id)).toContain(c);
    expect(await books()).toBe(0);
  });

  it('cancelling an order returns its coupon, usable again', async () => {
    const [g] = await goods(5_000);
    const b = await buyer();
    const c = await claimed(b, await template({ kind: 'amount_off', thresholdFen: 0, amountFen: 500 }));
    const made = await order(b, [{ skuId: g!.sku, quantity: 1 }], c);
    expect(await couponRow(c)).toMatchObject({ status: 'used', order_id: made.json.id });
    expect((await live.call('POST', `/orders/${made.json.id}/cancel`, b.token)).json.status).toBe('cancelled');
    expect(await couponRow(c)).toMatchObject({ status: 'unused', order_id: null });
    const again = await order(b, [{ skuId: g!.sku, quantity: 1 }], c);
    expect(again.json).toMatchObject({ couponId: c, discountFen: 500 });
  });

  it('one coupon on two concurrent orders: one wins, the other gets COUPON_ALREADY_USED and reserves nothing', async () => {
    const [g] = await goods(5_000);
    const b = await buyer();
    const c = await claimed(b, await template({ kind: 'amount_off', thresholdFen: 0, amountFen: 500 }));
    const results = await Promise.all([order(b, [{ skuId: g!.sku, quantity: 1 }], c, 0), order(b, [{ skuId: g!.sku, quantity: 1 }], c, 1)]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(results.find((r) => r.status === 409)!.json.code).toBe('COUPON_ALREADY_USED');
    const stock = await live.withDb(async (db) => (await db.query(`SELECT stock FROM goods_skus WHERE id = $1`, [g!.sku])).rows[0].stock);
    expect(stock).toBe(99);
  });

  it('refuses an expired coupon, someone else’s, one below its threshold, one out of scope, a used one; and refused claims', async () => {
    const [g, other] = await goods(3_000, 3_000);
    const [b, stranger] = [await buyer(), await buyer()];
    const lines = [{ skuId: g!.sku, quantity: 1 }];
    const expired = await claimed(b, await template({ kind: 'amount_off', thresholdFen: 0, amountFen: 100 }));
    await live.withDb((db) => db.query(`UPDATE coupons SET valid_to = now() - interval '1 minute' WHERE id = $1`, [expired]));
    const notMine = await claimed(stranger, await template({ kind: 'amount_off', thresholdFen: 0, amountFen: 100 }));
    const high = await claimed(b, await template({ kind: 'amount_off', thresholdFen: 10_000, amountFen: 100 }));
    const scoped = await claimed(b, await template({ kind: 'amount_off', thresholdFen: 0, amountFen: 100 }, { scope: { kind: 'goods', ids: [other!.goods] } }));
    for (const [id, status, code] of [
      [expired, 410, 'COUPON_EXPIRED'],
      [notMine, 404, 'COUPON_NOT_FOUND'],
      [randomUUID(), 404, 'COUPON_NOT_FOUND'],
      [high, 409, 'COUPON_THRESHOLD_NOT_MET'],
      [scoped, 409, 'COUPON_NOT_APPLICABLE'],
    ] as const) {
      const res = await order(b, lines, id);
      expect([res.status, res.json.code]).toEqual([status, code]);
    }
    expect((await live.call('GET', '/me/coupons?status=expired', b.token)).json.items.map((x: { id: string }) => x.id)).toEqual([expired]);
    // The scoped coupon does apply to its goods; then it is used.
    expect((await order(b, [{ skuId: other!.sku, quantity: 1 }], scoped)).json.discountFen).toBe(100);
    const used = await order(b, [{ skuId: other!.sku, quantity: 1 }], scoped);
    expect([used.status, used.json.code]).toEqual([409, 'COUPON_ALREADY_USED']);

    // Claims: a stopped template, a new-user coupon for someone who has paid, a missing template.
    const stopped = await template({ kind: 'amount_off', thresholdFen: 0, amountFen: 100 });
    expect((await live.call('POST', `/merchant/coupon-templates/${stopped}/stop`, merchant)).json.status).toBe('stopped');
    expect((await claim(b, stopped)).json.code).toBe('COUPON_NOT_CLAIMABLE');
    const newbie = await template({ kind: 'amount_off', thresholdFen: 0, amountFen: 100 }, { newUserOnly: true });
    const payer = await buyer();
    await pay(payer, (await order(payer, lines, null)).json.id);
    expect((await claim(payer, newbie)).json.code).toBe('COUPON_NEW_USERS_ONLY');
    expect((await claim(stranger, newbie)).status).toBe(201);
    expect((await claim(b, randomUUID())).json.code).toBe('COUPON_TEMPLATE_NOT_FOUND');
    // A shop's routes are the shop's.
    expect((await live.call('POST', '/merchant/coupon-templates', b.token, { name: 'x', rule: { kind: 'amount_off', thresholdFen: 0, amountFen: 1 }, validity: { kind: 'relative', validDays: 1 }, totalQuantity: 1 })).status).toBe(403);
  });

  it('满减 tiers on the items subtotal, then the coupon threshold on the amount after 满减', async () => {
    const now = Date.now();
    const fr = await live.call('POST', '/merchant/full-reductions', merchant, {
      name: '满100减10 满200减25', tiers: [{ thresholdFen: 10_000, amountFen: 1_000 }, { thresholdFen: 20_000, amountFen: 2_500 }],
      startsAt: new Date(now - 60_000).toISOString(), endsAt: new Date(now + 3_600_000).toISOString(),
    });
    expect(fr.status).toBe(201);
    try {
      const [g] = await goods(5_000);
      const b = await buyer();
      const q = (quantity: number, couponId?: string | null) => quote(b, [{ skuId: g!.sku, quantity }], couponId);
      expect((await q(1, null)).json).toMatchObject({ discountFen: 0, totalFen: 5_000 + 800 });
      expect((await q(3, null)).json).toMatchObject({ discounts: [{ kind: 'full_reduction', amountFen: 1_000 }], discountFen: 1_000, totalFen: 14_000 });
      expect((await q(4, null)).json).toMatchObject({ discountFen: 2_500, totalFen: 17_500 });
      // ¥200 − ¥25 = ¥175: a ¥180-threshold coupon is not usable, a ¥170 one is, and they stack.
      const miss = await claimed(b, await template({ kind: 'amount_off', thresholdFen: 18_000, amountFen: 2_000 }));
      const hit = await claimed(b, await template({ kind: 'amount_off', thresholdFen: 17_000, amountFen: 1_500 }));
      const best = await q(4);
      expect(best.json.coupons.map((c: { coupon: { id: string } }) => c.coupon.id)).toEqual([hit]);
      expect(best.json).toMatchObject({ suggestedCouponId: hit, discountFen: 4_000, totalFen: 16_000 });
      expect(best.json.discounts.map((d: { kind: string; amountFen: number }) => [d.kind, d.amountFen])).toEqual([['full_reduction', 2_500], ['coupon', 1_500]]);
      expect((await q(4, miss)).json.code).toBe('COUPON_THRESHOLD_NOT_MET');
      const made = await order(b, [{ skuId: g!.sku, quantity: 4 }], hit);
      expect(made.json).toMatchObject({ discountFen: 4_000, totalFen: 16_000, items: [{ discountFen: 4_000 }] });
      expect((await live.call('GET', '/merchant/full-reductions', merchant)).json.items[0]).toMatchObject({ id: fr.json.id, active: true });
    } finally {
      expect((await live.call('POST', `/merchant/full-reductions/${fr.json.id}/stop`, merchant)).json.active).toBe(false);
    }
  });

  it('grants a new-user coupon once, on the first read, without a claim', async () => {
    const id = await template({ kind: 'amount_off', thresholdFen: 0, amountFen: 200 }, { grantOnSignup: true, showInCentre: false });
    try {
      const b = await buyer();
      const reads = await Promise.all([live.call('GET', '/me/coupons', b.token, undefined, 0), live.call('GET', '/coupons/centre', b.token, undefined, 1), live.call('GET', '/me/coupons', b.token, undefined, 1)]);
      expect(reads.every((r) => r.status === 200)).toBe(true);
      const mine = (await live.call('GET', '/me/coupons', b.token)).json.items.filter((c: { templateId: string }) => c.templateId === id);
      expect(mine).toHaveLength(1);
      expect((await claim(b, id)).json.code).toBe('COUPON_NOT_CLAIMABLE');
    } finally {
      await live.call('POST', `/merchant/coupon-templates/${id}/stop`, merchant);
    }
  });

  it('pushes a coupon card into a live room; a viewer claims it through the claim route', async () => {
    const roomId = await live.createLiveRoom('领券直播间');
    const id = await template({ kind: 'amount_off', thresholdFen: 0, amountFen: 300 }, { showInCentre: false, totalQuantity: 10 });
    const viewer = await buyer();
    const client = await live.open(scaleOut ? 1 : 0, roomId, viewer.token);
    const pushed = await live.call('POST', `/merchant/rooms/${roomId}/coupon-pushes`, merchant, { templateId: id });
    expect(pushed.status).toBe(200);
    const card = await client.until((c) => c.events.find((e) => e.type === 'coupon_card'));
    expect(card).toMatchObject({ coupon: { templateId: id, remaining: 10, rule: { kind: 'amount_off', amountFen: 300 } } });
    expect((await claim(viewer, id)).status).toBe(201);
    expect((await live.call('POST', `/merchant/rooms/${roomId}/coupon-pushes`, viewer.token, { templateId: id })).status).toBe(403);
    expect((await live.call('POST', `/merchant/rooms/${roomId}/coupon-pushes`, merchant, { templateId: randomUUID() })).json.code).toBe('COUPON_TEMPLATE_NOT_FOUND');
  });
});
