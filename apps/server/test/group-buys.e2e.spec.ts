import { randomUUID } from 'node:crypto';
import { GroupCloser } from '../src/modules/group-buys/group-closer';
import { LiveServers } from './support/live-servers';
import { type Buyer, booksBalance, newBuyer, skuStock } from './support/shop-helpers';
type Res = { status: number; json: Record<string, any> };

// Both modes: PostgreSQL only and scale-out (two instances over Redis; groups live in PostgreSQL).
describe.each([
  ['PostgreSQL only', false],
  ['scale-out, two instances over Redis', true],
] as const)('group buys (%s)', (_name, scaleOut) => {
  let live: LiveServers;
  let merchant: string;

  beforeAll(async () => {
    live = await LiveServers.start(scaleOut);
    merchant = await live.demo('merchant');
  }, 60_000);
  afterAll(() => live.stop());

  const closer = () => live.servers[0]!.app.get(GroupCloser);
  const buyer = () => newBuyer(live);
  /** A one-SKU goods of the demo shop and a running group-buy activity on it. */
  const activity = async (o: { stock?: number; groupSize?: number; perUserLimit?: number; virtualFill?: boolean } = {}) => {
    const goods = await live.call('POST', '/merchant/goods', merchant, {
      title: `拼团商品 ${randomUUID().slice(0, 6)}`, images: ['https://example.com/a.jpg'], specs: [], skus: [{ specValues: [], priceFen: 1_000, stock: o.stock ?? 10 }],
    });
    expect(goods.status).toBe(201);
    const skuId = goods.json.skus[0].id as string;
    const created = await live.call('POST', '/merchant/group-buys', merchant, {
      skuId, groupPriceFen: 600, groupSize: o.groupSize ?? 3, timeLimitMinutes: 60, perUserLimit: o.perUserLimit ?? 1,
      startsAt: new Date(Date.now() - 60_000).toISOString(), endsAt: new Date(Date.now() + 86_400_000).toISOString(), virtualFill: o.virtualFill ?? false,
    });
    expect(created.status).toBe(201);
    return { id: created.json.id as string, skuId };
  };
  const start = (b: Buyer, activityId: string, requestId = randomUUID()) =>
    live.call('POST', `/group-buys/${activityId}/groups`, b.token, { requestId, addressId: b.addressId });
  const join = (b: Buyer, groupId: string, instance = 0, requestId = randomUUID()) =>
    live.call('POST', `/groups/${groupId}/join`, b.token, { requestId, addressId: b.addressId }, instance);
  const payDev = async (b: Buyer, orderId: string, instance = 0): Promise<Res> => {
    const started = await live.call('POST', `/orders/${orderId}/pay`, b.token, undefined, instance);
    expect(started.json).toMatchObject({ provider: 'dev' });
    return live.call('POST', `/payments/${started.json.paymentId}/dev-confirm`, b.token, undefined, instance);
  };
  /** A started group whose starter has paid (so it is open). */
  const openGroup = async (activityId: string) => {
    const starter = await buyer();
    const started = await start(starter, activityId);
    expect(started.status).toBe(201);
    expect(started.json.group).toMatchObject({ status: 'forming', seatsTaken: 0 });
    expect((await payDev(starter, started.json.order.id)).json.status).toBe('paid');
    return { starter, groupId: started.json.group.id as string, orderId: started.json.order.id as string };
  };
  const group = async (id: string) => (await live.call('GET', `/groups/${id}`)).json;
  const stockOf = (skuId: string) => skuStock(live, skuId);
  const books = () => booksBalance(live);
  const refundsOf = (orderIds: string[]) =>
    live.withDb(async (db) => (await db.query(`SELECT order_id, status, amount_fen FROM refunds WHERE order_id = ANY($1) ORDER BY order_id`, [orderIds])).rows as Array<{ order_id: string; status: string; amount_fen: string }>);
  /** Waits for the refund job to carry out every refund of these orders (polling, no timed assertion). */
  const refunded = async (orderIds: string[]) => {
    for (let i = 0; i < 200; i++) {
      const rows = await refundsOf(orderIds);
      if (rows.length >= orderIds.length && rows.every((r) => r.status === 'refunded')) return rows;
      await new Promise((r) => setTimeout(r, 100));
    }
    return refundsOf(orderIds);
  };
  const ship = (orderId: string) => live.call('POST', `/merchant/orders/${orderId}/ship`, merchant, { carrier: '顺丰', trackingNo: 'SF1234567890' });
  const notices = async (b: Buyer) => (await live.call('GET', '/me/notices', b.token)).json.items as Array<{ kind: string; refId: string }>;

  it('a group of 3: four joiners pay at once for the last two seats; exactly two get them, the others are refunded once', async () => {
    const a = await activity({ stock: 10 });
    const { starter, groupId, orderId: starterOrder } = await openGroup(a.id);
    expect(await group(groupId)).toMatchObject({ status: 'open', seatsTaken: 1, seatsLeft: 2, members: [{ isStarter: true, virtual: false }] });
    // Paid but the group is not full: the shop may not ship yet.
    expect(await ship(starterOrder)).toMatchObject({ status: 409, json: { code: 'ORDER_STATE_CONFLICT' } });

    const joiners = await Promise.all([0, 1, 2, 3].map(() => buyer()));
    const joined = await Promise.all(joiners.map((b, i) => join(b, groupId, i)));
    expect(joined.map((j) => j.status)).toEqual([201, 201, 201, 201]);
    expect(await stockOf(a.skuId)).toBe(5);
    // Pending seats are not seats yet: the activity page still offers the group with two left.
    const offered = (await live.call('GET', `/group-buys/${a.id}`)).json.openGroups;
    expect(offered).toEqual([expect.objectContaining({ id: groupId, seatsTaken: 1, seatsLeft: 2 })]);
    const paid = await Promise.all(joiners.map((b, i) => payDev(b, joined[i]!.json.order.id, i)));
    const statuses = paid.map((p) => p.json.status).sort();
    expect(statuses).toEqual(['cancelled', 'cancelled', 'paid', 'paid']);

    const g = await group(groupId);
    expect(g).toMatchObject({ status: 'succeeded', seatsTaken: 3, seatsLeft: 0 });
    expect(g.members).toHaveLength(3);
    const paidSeats = await live.withDb(async (db) => (await db.query(`SELECT count(*)::int AS n FROM group_buy_members WHERE group_id = $1 AND status = 'paid'`, [groupId])).rows[0].n);
    expect(paidSeats).toBe(3);

    const losers = paid.filter((p) => p.json.status === 'cancelled').map((p) => p.json.id as string);
    const rows = await refunded(losers);
    expect(rows).toHaveLength(2);
    expect(rows.every((r) => r.status === 'refunded' && Number(r.amount_fen) === paid[0]!.json.totalFen)).toBe(true);
    for (const id of losers) expect((await live.call('GET', `/orders/${id}`, joiners[paid.findIndex((p) => p.json.id === id)]!.token)).json).toMatchObject({ cancelReason: 'activity_failed' });
    expect(await stockOf(a.skuId)).toBe(7);
    expect(await books()).toBe(0);

    // Every seated buyer is told once; the losers are not.
    const winners = joiners.filter((_, i) => paid[i]!.json.status === 'paid');
    for (const b of [starter, ...winners]) expect((await notices(b)).filter((n) => n.refId === groupId)).toEqual([expect.objectContaining({ kind: 'group_succeeded' })]);
    for (const b of [starter, ...winners]) {
      const inbox = (await live.call('GET', '/me/notifications', b.token)).json;
      expect(inbox.items.filter((n: { kind: string }) => n.kind === 'group_succeeded')).toEqual([expect.objectContaining({ title: '拼团成功', link: `/subpackages/marketing/group/index?id=${groupId}` })]);
    }
    for (const b of joiners.filter((_, i) => paid[i]!.json.status === 'cancelled')) expect(await notices(b)).toEqual([]);
    // Succeeded: now it ships; and nobody else can join.
    expect((await ship(starterOrder)).json.status).toBe('shipped');
    expect(await join(await buyer(), groupId)).toMatchObject({ status: 409, json: { code: 'GROUP_FULL' } });
    // The merchant's figures.
    const mine = (await live.call('GET', '/merchant/group-buys', merchant)).json.items.find((x: { id: string }) => x.id === a.id);
    expect(mine.figures).toMatchObject({ groupsSucceeded: 1, seatsSold: 3, virtualSeats: 0 });
  }, 60_000);

  it('times out with 2 of 3 paid: the group fails, both are refunded once (the job run twice and at once), the pending order is cancelled', async () => {
    const a = await activity({ stock: 10 });
    const { starter, groupId, orderId: starterOrder } = await openGroup(a.id);
    const [second, third] = [await buyer(), await buyer()];
    const secondOrder = (await join(second, groupId)).json.order.id as string;
    expect((await payDev(second, secondOrder)).json.status).toBe('paid');
    const pendingOrder = (await join(third, groupId)).json.order.id as string;
    expect(await stockOf(a.skuId)).toBe(7);

    await closer().expire(groupId); // not yet due: nothing changes
    expect((await group(groupId)).status).toBe('open');
    await live.withDb((db) => db.query(`UPDATE group_buy_groups SET expires_at = now() - interval '1 second' WHERE id = $1`, [groupId]));
    await Promise.all([closer().expire(groupId), closer().expire(groupId)]);
    await closer().expire(groupId);

    expect(await group(groupId)).toMatchObject({ status: 'failed', seatsTaken: 0 });
    const rows = await refunded([starterOrder, secondOrder]);
    expect(rows.map((r) => [r.order_id, r.status]).sort()).toEqual([[starterOrder, 'refunded'], [secondOrder, 'refunded']].sort());
    expect((await live.call('GET', `/orders/${starterOrder}`, starter.token)).json).toMatchObject({ status: 'cancelled', cancelReason: 'activity_failed' });
    expect((await live.call('GET', `/orders/${pendingOrder}`, third.token)).json).toMatchObject({ status: 'cancelled', cancelReason: 'timeout' });
    expect(await refundsOf([pendingOrder])).toEqual([]);
    expect(await stockOf(a.skuId)).toBe(10);
    expect(await books()).toBe(0);
    // The paying buyers (not the one who never paid) are told once, however often the job ran.
    for (const b of [starter, second]) {
      expect(await notices(b)).toEqual([expect.objectContaining({ kind: 'group_failed', refId: groupId })]);
      const inbox = (await live.call('GET', '/me/notifications', b.token)).json;
      expect(inbox.items.filter((n: { kind: string }) => n.kind === 'group_failed')).toEqual([expect.objectContaining({ title: '拼团未成功', link: `/subpackages/marketing/group/index?id=${groupId}` })]);
      // The refund that follows is told too.
      expect(inbox.items.filter((n: { kind: string }) => n.kind === 'refund_done')).toEqual([expect.objectContaining({ title: '退款已到账' })]);
    }
    expect(await notices(third)).toEqual([]);
    expect(await join(await buyer(), groupId)).toMatchObject({ status: 410, json: { code: 'GROUP_EXPIRED' } });
  }, 60_000);

  it('虚拟成团: an expiring group with a paid starter is filled with virtual seats and succeeds', async () => {
    const a = await activity({ virtualFill: true });
    const { starter, groupId, orderId } = await openGroup(a.id);
    const late = await buyer();
    const lateOrder = (await join(late, groupId)).json.order.id as string;
    await live.withDb((db) => db.query(`UPDATE group_buy_groups SET expires_at = now() - interval '1 second' WHERE id = $1`, [groupId]));
    await Promise.all([closer().expire(groupId), closer().expire(groupId)]);

    const g = await group(groupId);
    expect(g).toMatchObject({ status: 'succeeded', seatsTaken: 3, seatsLeft: 0 });
    expect(g.members.map((s: { virtual: boolean }) => s.virtual)).toEqual([false, true, true]);
    expect((await live.call('GET', `/orders/${lateOrder}`, late.token)).json.status).toBe('cancelled');
    expect(await notices(starter)).toEqual([expect.objectContaining({ kind: 'group_succeeded', refId: groupId })]);
    expect((await ship(orderId)).json.status).toBe('shipped');
    expect(await stockOf(a.skuId)).toBe(9);
    const card = (await live.call('GET', `/groups/${groupId}/share`)).json;
    expect(card).toMatchObject({ groupId, groupPriceFen: 600, normalPriceFen: 1_000, seatsLeft: 0, status: 'succeeded' });
  }, 60_000);

  it('refuses to join: own group, twice, full, expired, not yet open, over the per-buyer limit; a retried request returns its order', async () => {
    const a = await activity({ perUserLimit: 1, groupSize: 2 });
    const { starter, groupId } = await openGroup(a.id);
    expect(await join(starter, groupId)).toMatchObject({ status: 409, json: { code: 'GROUP_OWN' } });

    const b = await buyer();
    const requestId = randomUUID();
    const first = await join(b, groupId, 0, requestId);
    expect(first.status).toBe(201);
    const retry = await join(b, groupId, 1, requestId);
    expect(retry.json.order.id).toBe(first.json.order.id);
    expect(await join(b, groupId)).toMatchObject({ status: 409, json: { code: 'GROUP_ALREADY_JOINED' } });
    // b holds a (pending) seat in this activity: no second group for b.
    expect(await start(b, a.id)).toMatchObject({ status: 409, json: { code: 'GROUP_BUY_LIMIT_REACHED' } });
    expect((await payDev(b, first.json.order.id)).json.status).toBe('paid');
    expect(await join(await buyer(), groupId)).toMatchObject({ status: 409, json: { code: 'GROUP_FULL' } });

    const forming = await start(await buyer(), a.id);
    expect(await join(await buyer(), forming.json.group.id)).toMatchObject({ status: 409, json: { code: 'GROUP_NOT_OPEN' } });
    const other = await openGroup(a.id);
    await live.withDb((db) => db.query(`UPDATE group_buy_groups SET expires_at = now() - interval '1 second' WHERE id = $1`, [other.groupId]));
    expect(await join(await buyer(), other.groupId)).toMatchObject({ status: 410, json: { code: 'GROUP_EXPIRED' } });
    expect(await join(await buyer(), randomUUID())).toMatchObject({ status: 404, json: { code: 'GROUP_NOT_FOUND' } });

    // The activity page lists the joinable groups; a stopped activity starts no new ones.
    const detail = (await live.call('GET', `/group-buys/${a.id}`)).json;
    expect(detail.openGroups.map((g: { id: string }) => g.id)).toEqual([]);
    expect((await live.call('POST', `/merchant/group-buys/${a.id}/stop`, merchant)).json.status).toBe('stopped');
    expect(await start(await buyer(), a.id)).toMatchObject({ status: 409, json: { code: 'GROUP_BUY_NOT_ACTIVE' } });
  }, 60_000);

  it('an unpaid starter order cancelled ends its forming group; a merchant cannot price at or above the normal price', async () => {
    const a = await activity();
    const b = await buyer();
    const started = await start(b, a.id);
    expect((await live.call('POST', `/orders/${started.json.order.id}/cancel`, b.token)).json.status).toBe('cancelled');
    expect(await group(started.json.group.id)).toMatchObject({ status: 'failed' });
    expect(await stockOf(a.skuId)).toBe(10);
    // The seat is gone, so the buyer may start again.
    expect((await start(b, a.id)).status).toBe(201);
    const tooDear = await live.call('POST', '/merchant/group-buys', merchant, {
      skuId: a.skuId, groupPriceFen: 1_000, groupSize: 2, timeLimitMinutes: 60, perUserLimit: 1,
      startsAt: new Date().toISOString(), endsAt: new Date(Date.now() + 60_000).toISOString(),
    });
    expect(tooDear).toMatchObject({ status: 400, json: { code: 'GROUP_BUY_PRICE_INVALID' } });
    expect((await live.call('GET', '/group-buys')).json.items.some((x: { id: string }) => x.id === a.id)).toBe(true);
  }, 60_000);
});
