import { randomUUID } from 'node:crypto';
import type { Order } from '@livemall/shared';
import { OrderLifecycle } from '../src/modules/orders/order-lifecycle';
import { DEMO_MERCHANT, LiveServers } from './support/live-servers';

type Buyer = { token: string; userId: string; addressId: string };

// Both modes: PostgreSQL only and scale-out (Redis configured; orders themselves live in PostgreSQL).
describe.each([
  ['PostgreSQL only', false],
  ['scale-out, two instances over Redis', true],
] as const)('orders, stock and payments (%s)', (_name, scaleOut) => {
  let live: LiveServers;
  let merchant: string;

  beforeAll(async () => {
    live = await LiveServers.start(scaleOut);
    merchant = await live.demo('merchant');
  }, 60_000);
  afterAll(() => live.stop());

  const lifecycle = () => live.servers[0]!.app.get(OrderLifecycle);
  const buyer = async (): Promise<Buyer> => {
    const g = await live.guest();
    const address = await live.call('POST', '/me/addresses', g.accessToken, { name: '张三', phone: '13800138000', province: '广东省', city: '深圳市', district: '南山区', detail: '科技园 1 号' });
    expect(address.status).toBe(201);
    return { token: g.accessToken, userId: g.user.id, addressId: address.json.id };
  };
  /** A goods of the demo shop with one SKU per given stock. */
  const goodsWith = async (stocks: number[], priceFen = 1_000): Promise<string[]> => {
    const specs = stocks.length > 1 ? [{ name: '规格', values: stocks.map((_, i) => `规格${i + 1}`) }] : [];
    const created = await live.call('POST', '/merchant/goods', merchant, {
      title: `测试商品 ${randomUUID().slice(0, 6)}`, images: ['https://example.com/a.jpg'], specs,
      skus: stocks.map((stock, i) => ({ specValues: specs.length ? [`规格${i + 1}`] : [], priceFen, stock })),
    });
    expect(created.status).toBe(201);
    return (created.json.skus as Array<{ id: string }>).map((s) => s.id);
  };
  const stockOf = (skuId: string) => live.withDb(async (db) => (await db.query(`SELECT stock FROM goods_skus WHERE id = $1`, [skuId])).rows[0].stock as number);
  const order = (b: Buyer, skuId: string, quantity = 1, instance = 0) =>
    live.call('POST', '/orders', b.token, { requestId: randomUUID(), lines: [{ skuId, quantity }], addressId: b.addressId }, instance);
  /** Every fen that left a money wallet arrived in one. */
  const books = () => live.withDb(async (db) => Number((await db.query(`SELECT coalesce(sum(balance), 0)::bigint AS s FROM wallets WHERE owner_type <> 'points' AND owner_id <> '00000000-0000-0000-0000-000000000001'`)).rows[0].s));
  const payDev = async (b: Buyer, orderId: string) => {
    const started = await live.call('POST', `/orders/${orderId}/pay`, b.token);
    expect(started.json).toMatchObject({ provider: 'dev' });
    return started.json.paymentId as string;
  };

  it('500 buyers at once for 50 in stock: exactly 50 orders; cancelling 10 puts back exactly 10', async () => {
    const [sku] = await goodsWith([50]);
    const buyers = await Promise.all(Array.from({ length: 500 }, () => buyer()));
    const results = await Promise.all(buyers.map((b, i) => order(b, sku!, 1, i)));
    const made = results.filter((r) => r.status === 201);
    expect(made).toHaveLength(50);
    expect(new Set(results.filter((r) => r.status !== 201).map((r) => `${r.status} ${r.json.code}`))).toEqual(new Set(['409 OUT_OF_STOCK']));
    expect(await stockOf(sku!)).toBe(0);
    const reserved = await live.withDb(async (db) => (await db.query(`SELECT coalesce(sum(quantity), 0)::int AS n FROM order_items WHERE sku_id = $1`, [sku])).rows[0].n);
    expect(reserved).toBe(50);

    // Ten cancelled, each twice at once: ten units back, not twenty.
    const owners = new Map(made.map((r) => [r.json.id as string, buyers.find((b) => b.userId === r.json.userId)!]));
    const toCancel = [...owners].slice(0, 10);
    const cancels = await Promise.all(toCancel.flatMap(([id, b]) => [0, 1].map((i) => live.call('POST', `/orders/${id}/cancel`, b.token, undefined, i))));
    expect(cancels.every((c) => c.status === 200 && c.json.status === 'cancelled')).toBe(true);
    expect(await stockOf(sku!)).toBe(10);
  }, 120_000);

  it('runs the payment-timeout job twice (and at once) and releases the stock once', async () => {
    const [sku] = await goodsWith([5]);
    const b = await buyer();
    const made = await order(b, sku!, 3);
    expect(await stockOf(sku!)).toBe(2);
    await live.withDb((db) => db.query(`UPDATE orders SET pay_deadline = now() - interval '1 second' WHERE id = $1`, [made.json.id]));
    const runs = await Promise.all([lifecycle().timeout(made.json.id), lifecycle().timeout(made.json.id), lifecycle().timeout(made.json.id)]);
    expect(runs.filter(Boolean)).toHaveLength(1);
    expect(await lifecycle().timeout(made.json.id)).toBe(false);
    expect(await stockOf(sku!)).toBe(5);
    expect((await live.call('GET', `/orders/${made.json.id}`, b.token)).json).toMatchObject({ status: 'cancelled', cancelReason: 'timeout' });
  });

  /** What a WeChat success notification does after the order was closed: the payment succeeds, the order hears of it. */
  const lateNotification = async (paymentId: string, o: Record<string, any>) => {
    await live.withDb((db) => db.query(`UPDATE payments SET status = 'succeeded', succeeded_at = now() WHERE id = $1`, [paymentId]));
    await lifecycle().paymentSucceeded({ paymentId, orderId: o.id, amountFen: o.totalFen });
  };

  it('a payment after the order was cancelled: re-reserves while stock lasts, refunds when it is gone; books balance', async () => {
    const [sku] = await goodsWith([2]);
    const late = await buyer();
    const lucky = await buyer();
    // 1. Stock still there: the late payment keeps the order.
    const a = await order(late, sku!, 1);
    const payA = await payDev(late, a.json.id);
    // Cancelling closes the payment, so the buyer cannot pay it any more …
    expect((await live.call('POST', `/orders/${a.json.id}/cancel`, late.token)).json.status).toBe('cancelled');
    expect((await live.call('POST', `/payments/${payA}/dev-confirm`, late.token)).status).toBe(404);
    // … but a payment the provider took at that very moment still arrives: its notification comes late.
    await lateNotification(payA, a.json);
    expect((await live.call('GET', `/orders/${a.json.id}`, late.token)).json).toMatchObject({ status: 'paid' });
    expect(await stockOf(sku!)).toBe(1);
    // 2. Stock gone meanwhile: the money goes back, the order stays cancelled, stock never below zero.
    const b = await order(late, sku!, 1);
    const payB = await payDev(late, b.json.id);
    await live.call('POST', `/orders/${b.json.id}/cancel`, late.token);
    expect((await order(lucky, sku!, 1)).status).toBe(201);
    expect(await stockOf(sku!)).toBe(0);
    await lateNotification(payB, b.json);
    expect((await live.call('GET', `/orders/${b.json.id}`, late.token)).json).toMatchObject({ status: 'cancelled' });
    const refund = await live.withDb(async (db) => {
      for (let i = 0; i < 100; i++) {
        const { rows } = await db.query(`SELECT status, amount_fen FROM refunds WHERE order_id = $1 AND kind = 'payment_return'`, [b.json.id]);
        if (rows[0]?.status === 'refunded') return rows[0];
        await new Promise((r) => setTimeout(r, 100));
      }
      return null;
    });
    expect(refund).toMatchObject({ status: 'refunded', amount_fen: String(b.json.totalFen) });
    expect(await stockOf(sku!)).toBe(0);
    const escrow = await live.withDb(async (db) => Number((await db.query(`SELECT balance FROM wallets WHERE owner_type = 'escrow' AND owner_id = $1`, [b.json.id])).rows[0].balance));
    expect(escrow).toBe(0);
    expect(await books()).toBe(0);
  });

  it('a payment notified three times pays once', async () => {
    const [sku] = await goodsWith([3]);
    const b = await buyer();
    const made = await order(b, sku!, 1);
    const paymentId = await payDev(b, made.json.id);
    const note = { paymentId, orderId: made.json.id as string, amountFen: made.json.totalFen as number };
    await Promise.all([lifecycle().paymentSucceeded(note), lifecycle().paymentSucceeded(note), lifecycle().paymentSucceeded(note)]);
    const moves = await live.withDb(async (db) => (await db.query(`SELECT count(*)::int AS n FROM ledger_entries WHERE idempotency_key = $1`, [`pay:${paymentId}`])).rows[0].n);
    expect(moves).toBe(2); // one movement: its debit and credit legs
    expect((await live.call('GET', `/orders/${made.json.id}`, b.token)).json.status).toBe('paid');
    expect(await books()).toBe(0);
  });

  it('after-sales: partial refund of unshipped goods restocks; ship, confirm, and the shop is paid the rest', async () => {
    const [sku] = await goodsWith([10], 2_000);
    const b = await buyer();
    const made = await order(b, sku!, 3);
    await live.call('POST', `/payments/${await payDev(b, made.json.id)}/dev-confirm`, b.token);
    const itemId = made.json.items[0].id as string;
    const asked = await live.call('POST', `/orders/${made.json.id}/refunds`, b.token, { orderItemId: itemId, quantity: 1, reason: '多买了' });
    expect(asked.status).toBe(201);
    expect((await live.call('POST', `/orders/${made.json.id}/refunds`, b.token, { orderItemId: itemId, quantity: 3, reason: 'x' })).json.code).toBe('REFUND_QUANTITY_INVALID');
    const refundId = (asked.json as Order).refunds[0]!.id;
    const merchantBefore = await live.withDb(async (db) => Number((await db.query(`SELECT coalesce((SELECT balance FROM wallets WHERE owner_type = 'merchant' AND owner_id = $1), 0) AS b`, [DEMO_MERCHANT])).rows[0].b));
    const decided = await live.call('POST', `/merchant/refunds/${refundId}/decision`, merchant, { approve: true });
    expect(decided.status).toBe(200);
    expect(decided.json).toMatchObject({ refundedFen: 2_000, items: [{ refundedQuantity: 1 }] });
    expect(await stockOf(sku!)).toBe(8); // 10 − 3 + 1
    expect((await live.call('POST', `/merchant/refunds/${refundId}/decision`, merchant, { approve: true })).json.code).toBe('ORDER_STATE_CONFLICT');

    expect((await live.call('POST', `/orders/${made.json.id}/confirm`, b.token)).json.code).toBe('ORDER_STATE_CONFLICT'); // not shipped yet
    expect((await live.call('POST', `/merchant/orders/${made.json.id}/ship`, merchant, { carrier: '顺丰', trackingNo: 'SF1234567890' })).json.status).toBe('shipped');
    expect((await live.call('POST', `/orders/${made.json.id}/confirm`, b.token)).json.status).toBe('completed');
    const merchantAfter = await live.withDb(async (db) => Number((await db.query(`SELECT balance FROM wallets WHERE owner_type = 'merchant' AND owner_id = $1`, [DEMO_MERCHANT])).rows[0].balance));
    expect(merchantAfter - merchantBefore).toBe(made.json.totalFen - 2_000);
    expect(await books()).toBe(0);
  });

  it('refuses tampering with a 4xx and changes nothing: prices, quantities, another shop’s SKU, someone else’s order', async () => {
    const [sku] = await goodsWith([5], 1_500);
    const b = await buyer();
    const other = await buyer();
    // A price in the request is not the price: the server's is used.
    const made = await live.call('POST', '/orders', b.token, { requestId: randomUUID(), lines: [{ skuId: sku, quantity: 1, priceFen: 1 }], addressId: b.addressId, totalFen: 1 });
    expect(made.status).toBe(201);
    expect(made.json).toMatchObject({ itemsFen: 1_500, items: [{ priceFen: 1_500 }] });
    for (const quantity of [0, -1, 1.5, 100, 1e9]) {
      const bad = await live.call('POST', '/orders', b.token, { requestId: randomUUID(), lines: [{ skuId: sku, quantity }], addressId: b.addressId });
      expect([bad.status, bad.json.code]).toEqual([400, 'VALIDATION_FAILED']);
    }
    expect(await stockOf(sku!)).toBe(4);

    // Another shop's SKU in the same order.
    const shopOwner = await live.guest();
    const foreignSku = await live.withDb(async (db) => {
      await db.query(`UPDATE users SET roles = '{user,merchant}' WHERE id = $1`, [shopOwner.user.id]);
      const m = (await db.query(`INSERT INTO merchants (owner_user_id, name) VALUES ($1, '另一家店') RETURNING id`, [shopOwner.user.id])).rows[0].id;
      const g = (await db.query(`INSERT INTO goods (merchant_id, title, price_fen) VALUES ($1, '别家的货', 100) RETURNING id`, [m])).rows[0].id;
      return (await db.query(`INSERT INTO goods_skus (goods_id, spec_values, spec_key, price_fen, stock) VALUES ($1, '[]', '[]', 100, 5) RETURNING id`, [g])).rows[0].id as string;
    });
    const mixed = await live.call('POST', '/orders', b.token, { requestId: randomUUID(), lines: [{ skuId: sku, quantity: 1 }, { skuId: foreignSku, quantity: 1 }], addressId: b.addressId });
    expect([mixed.status, mixed.json.code]).toEqual([400, 'MIXED_MERCHANTS']);
    expect(await stockOf(sku!)).toBe(4);
    expect(await stockOf(foreignSku)).toBe(5);
    expect((await live.call('POST', '/orders', b.token, { requestId: randomUUID(), lines: [{ skuId: randomUUID(), quantity: 1 }], addressId: b.addressId })).json.code).toBe('SKU_NOT_FOUND');
    expect((await live.call('POST', '/orders', b.token, { requestId: randomUUID(), lines: [{ skuId: sku, quantity: 1 }], addressId: other.addressId })).json.code).toBe('ADDRESS_NOT_FOUND');

    // Someone else's order: it does not exist for them.
    for (const [method, path] of [['GET', ''], ['POST', '/cancel'], ['POST', '/pay'], ['POST', '/confirm']] as const) {
      const res = await live.call(method, `/orders/${made.json.id}${path}`, other.token);
      expect([res.status, res.json.code]).toEqual([404, 'ORDER_NOT_FOUND']);
    }
    expect((await live.call('GET', `/orders/${made.json.id}`, b.token)).json.status).toBe('pending_payment');

    // The same request id twice: one order; with other lines: refused.
    const requestId = randomUUID();
    const first = await live.call('POST', '/orders', b.token, { requestId, lines: [{ skuId: sku, quantity: 1 }], addressId: b.addressId });
    const again = await live.call('POST', '/orders', b.token, { requestId, lines: [{ skuId: sku, quantity: 1 }], addressId: b.addressId });
    expect(again.json.id).toBe(first.json.id);
    expect((await live.call('POST', '/orders', b.token, { requestId, lines: [{ skuId: sku, quantity: 2 }], addressId: b.addressId })).json.code).toBe('IDEMPOTENCY_CONFLICT');
    expect(await stockOf(sku!)).toBe(3);
  });

  it('keeps a cart and an address book; quotes on the server; checking out from the cart empties those lines; shops list their orders', async () => {
    const [cheap, dear] = await goodsWith([20, 20], 3_000);
    const g = await live.guest();
    const t = g.accessToken;
    expect((await live.call('POST', '/me/cart/items', t, { skuId: cheap, quantity: 2 })).status).toBe(200);
    const cart = await live.call('POST', '/me/cart/items', t, { skuId: cheap, quantity: 3 });
    expect(cart.json.items).toEqual([expect.objectContaining({ skuId: cheap, quantity: 5, priceFen: 3_000, selected: true, available: true })]);
    await live.call('POST', '/me/cart/items', t, { skuId: dear, quantity: 1 });
    expect((await live.call('PATCH', `/me/cart/items/${dear}`, t, { selected: false })).json.items.find((i: { skuId: string }) => i.skuId === dear).selected).toBe(false);
    expect((await live.call('POST', '/me/cart/items', t, { skuId: randomUUID(), quantity: 1 })).json.code).toBe('SKU_NOT_FOUND');

    const first = await live.call('POST', '/me/addresses', t, { name: '李四', phone: '13900139000', province: '浙江省', city: '杭州市', district: '西湖区', detail: '文三路 1 号' });
    expect(first.json.isDefault).toBe(true); // the first address is the default
    const second = await live.call('POST', '/me/addresses', t, { name: '李四', phone: '13900139000', province: '浙江省', city: '杭州市', district: '余杭区', detail: '文一西路 2 号', isDefault: true });
    const book = (await live.call('GET', '/me/addresses', t)).json.items as Array<{ id: string; isDefault: boolean }>;
    expect(book.map((a) => [a.id, a.isDefault])).toEqual([[second.json.id, true], [first.json.id, false]]);
    expect((await live.call('POST', '/me/addresses', t, { name: '李四', phone: '123', province: 'a', city: 'b', district: 'c', detail: 'd' })).status).toBe(400);

    // 2 × 30 元 = 60 元 < 99 元: shipping is charged; 5 × 30 元: free.
    expect((await live.call('POST', '/checkout/quote', t, { lines: [{ skuId: cheap, quantity: 2 }] })).json).toMatchObject({ itemsFen: 6_000, shippingFen: 800, totalFen: 6_800 });
    expect((await live.call('POST', '/checkout/quote', t, { lines: [{ skuId: cheap, quantity: 5 }] })).json).toMatchObject({ itemsFen: 15_000, shippingFen: 0, totalFen: 15_000 });
    expect((await live.call('POST', '/checkout/quote', t, { lines: [{ skuId: cheap, quantity: 21 }] })).json.code).toBe('OUT_OF_STOCK');

    const placed = await live.call('POST', '/orders', t, { requestId: randomUUID(), lines: [{ skuId: cheap, quantity: 5 }], addressId: second.json.id, fromCart: true });
    expect(placed.json).toMatchObject({ totalFen: 15_000, address: { district: '余杭区' } });
    expect((await live.call('GET', '/me/cart', t)).json.items.map((i: { skuId: string }) => i.skuId)).toEqual([dear]);
    // Editing the address later does not change the order.
    await live.call('PUT', `/me/addresses/${second.json.id}`, t, { name: '王五', phone: '13900139000', province: '浙江省', city: '杭州市', district: '滨江区', detail: '江南大道 3 号' });
    expect((await live.call('GET', `/orders/${placed.json.id}`, t)).json.address).toMatchObject({ name: '李四', district: '余杭区' });

    const pending = await live.call('GET', '/merchant/orders?status=pending_payment&limit=50', merchant);
    expect(pending.json.items.map((o: { id: string }) => o.id)).toContain(placed.json.id);
    expect(pending.json.items.every((o: { status: string }) => o.status === 'pending_payment')).toBe(true);
    expect((await live.call('GET', '/merchant/orders', t)).status).toBe(403);
    expect((await live.call('GET', '/me/orders?status=pending_payment', t)).json.items.map((o: { id: string }) => o.id)).toEqual([placed.json.id]);
  });
});
