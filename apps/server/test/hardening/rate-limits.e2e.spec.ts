import { randomUUID } from 'node:crypto';
import { authTokensSchema } from '@livemall/shared';
import { DEMO_MERCHANT, LiveServers } from '../support/live-servers';
import { raw, type RawReply, someIp } from './support/raw-http';

const DEMO_ROOM = '6f1c2a52-5d1e-4c8e-9a51-0d6a1f0c0101';

/**
 * Small windows so a test can wait one out; counts small enough to reach in a few calls. In scale-out
 * mode calls alternate between the two instances: a limit that only one instance counted would let the
 * refused call through on the other.
 */
const LIMITS = { RATE_LIMIT_LOGIN: '3/3s', RATE_LIMIT_GRAB: '2/3s', RATE_LIMIT_CLAIM: '2/3s', RATE_LIMIT_CHECKOUT: '3/3s', RATE_LIMIT_COMMENT: '2/3s' };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A 429 RATE_LIMITED with a human message and a retry-after (seconds) that agrees with the body. */
function expectLimited(res: RawReply): number {
  expect([res.status, res.json.code]).toEqual([429, 'RATE_LIMITED']);
  expect(res.json.message).toMatch(/try again in \d+ s/);
  const wait = Number(res.headers.get('retry-after'));
  expect(wait).toBeGreaterThanOrEqual(1);
  expect(wait).toBeLessThanOrEqual(3);
  expect(res.json.details.retryAfterSeconds).toBe(wait);
  return wait;
}

describe.each([
  ['PostgreSQL only', false],
  ['scale-out, two instances over Redis', true],
] as const)('rate limits (%s)', (_name, scaleOut) => {
  let live: LiveServers;
  let merchant: string;
  /** Instance i of the deployment (the same one when there is only one). */
  const at = (i: number) => live.url(i);

  beforeAll(async () => {
    live = await LiveServers.start(scaleOut, LIMITS);
    merchant = await login({ account: 'merchant' }, '/auth/demo');
    const admin = await login({ account: 'admin' }, '/auth/demo');
    const topUp = await raw(at(0), 'POST', '/admin/merchant-top-ups', { token: admin, body: { requestId: randomUUID(), merchantId: DEMO_MERCHANT, amount: 1_000_000 } });
    expect(topUp.status).toBe(200);
  }, 60_000);
  afterAll(() => live.stop());

  /** Logins from an address of their own each, so setting up never spends a test's login budget. */
  async function login(body: object, path = '/auth/guest'): Promise<string> {
    const res = await raw(at(0), 'POST', path, { body, ip: someIp() });
    return authTokensSchema.parse(res.json).accessToken;
  }
  const guest = async () => {
    const res = await raw(at(0), 'POST', '/auth/guest', { body: { deviceId: randomUUID() }, ip: someIp() });
    return authTokensSchema.parse(res.json);
  };
  const buyer = async () => {
    const g = await guest();
    const address = await raw(at(0), 'POST', '/me/addresses', { token: g.accessToken, body: { name: '张三', phone: '13800138000', province: '广东省', city: '深圳市', district: '南山区', detail: '科技园 1 号' } });
    expect(address.status).toBe(201);
    return { token: g.accessToken, userId: g.user.id, addressId: address.json.id as string };
  };
  const count = (sql: string, params: unknown[]) => live.withDb(async (db) => Number((await db.query(sql, params)).rows[0].n));

  it('logins: the fourth from one address in the window is refused on every login route, others are not, and it works again after', async () => {
    const ip = someIp();
    const deviceId = randomUUID();
    for (let i = 0; i < 3; i++) expect((await raw(at(i), 'POST', '/auth/guest', { body: { deviceId: randomUUID() }, ip })).status).toBe(200);
    // One budget for all login routes; refused before the route runs (no user made, no WeChat call).
    const refused = [
      await raw(at(1), 'POST', '/auth/guest', { body: { deviceId }, ip }),
      await raw(at(0), 'POST', '/auth/demo', { body: { account: 'merchant' }, ip }),
      await raw(at(1), 'POST', '/auth/refresh', { body: { refreshToken: 'x'.repeat(40) }, ip }),
      await raw(at(0), 'POST', '/auth/wechat', { body: { code: 'any-code' }, ip }),
      await raw(at(1), 'POST', '/auth/staff/login', { body: { login: 'demo', password: 'demo1234' }, ip }),
    ];
    const wait = Math.max(...refused.map(expectLimited));
    expect(await count(`SELECT count(*)::int AS n FROM users WHERE guest_device_id = $1`, [deviceId])).toBe(0);

    expect((await raw(at(1), 'POST', '/auth/guest', { body: { deviceId: randomUUID() }, ip: someIp() })).status).toBe(200);
    await sleep(wait * 1000 + 100);
    expect((await raw(at(1), 'POST', '/auth/guest', { body: { deviceId }, ip })).status).toBe(200);
    expect(await count(`SELECT count(*)::int AS n FROM users WHERE guest_device_id = $1`, [deviceId])).toBe(1);
  });

  it('grabs (the fast lane): the third in the window is refused and changes nothing; another viewer grabs; after the window it works', async () => {
    const packet = async () => {
      const res = await raw(at(0), 'POST', '/merchant/red-packets', {
        token: merchant,
        body: { requestId: randomUUID(), roomId: DEMO_ROOM, type: 'equal', totalAmount: 300, totalCount: 3, validUntil: new Date(Date.now() + 600_000).toISOString() },
      });
      expect(res.status).toBe(201);
      return res.json.id as string;
    };
    const [p1, p2, p3] = [await packet(), await packet(), await packet()];
    const a = await guest();
    const wallet = async (token: string) => (await raw(at(0), 'GET', '/me/wallet', { token })).json.balance as number;
    const grab = (token: string, id: string, i: number) => raw(at(i), 'POST', `/red-packets/${id}/grab`, { token });
    expect((await grab(a.accessToken, p1, 0)).status).toBe(200);
    expect((await grab(a.accessToken, p2, 1)).status).toBe(200);
    const before = await wallet(a.accessToken);
    const wait = expectLimited(await grab(a.accessToken, p3, 0));
    expectLimited(await grab(a.accessToken, p3, 1));
    expect(await count(`SELECT count(*)::int AS n FROM red_packet_grabs WHERE packet_id = $1`, [p3])).toBe(0);
    expect(await wallet(a.accessToken)).toBe(before);

    const b = await guest();
    expect((await grab(b.accessToken, p3, 1)).status).toBe(200);
    await sleep(wait * 1000 + 100);
    const late = await grab(a.accessToken, p3, 1);
    expect(late.status).toBe(200);
    expect(await wallet(a.accessToken)).toBe(before + (late.json.amount as number));
  });

  it('coupon claims: the third in the window is refused and grants nothing; another buyer claims; after the window it works', async () => {
    const made = await raw(at(0), 'POST', '/merchant/coupon-templates', {
      token: merchant,
      body: { name: `限流券 ${randomUUID().slice(0, 4)}`, rule: { kind: 'amount_off', thresholdFen: 0, amountFen: 100 }, validity: { kind: 'relative', validDays: 7 }, totalQuantity: 100, perUserLimit: 5 },
    });
    expect(made.status).toBe(201);
    const id = made.json.id as string;
    const a = await guest();
    const claim = (token: string, i: number) => raw(at(i), 'POST', `/coupons/templates/${id}/claim`, { token, body: { requestId: randomUUID() } });
    expect((await claim(a.accessToken, 0)).status).toBe(201);
    expect((await claim(a.accessToken, 1)).status).toBe(201);
    const wait = expectLimited(await claim(a.accessToken, 0));
    const coupons = () => count(`SELECT count(*)::int AS n FROM coupons WHERE template_id = $1 AND user_id = $2`, [id, a.user.id]);
    expect(await coupons()).toBe(2);

    const b = await guest();
    expect((await claim(b.accessToken, 1)).status).toBe(201);
    await sleep(wait * 1000 + 100);
    expect((await claim(a.accessToken, 1)).status).toBe(201);
    expect(await coupons()).toBe(3);
  });

  it('checkout (quote, order, pay counted together): the fourth in the window is refused and makes no order or payment; after the window it works', async () => {
    const goods = await raw(at(0), 'POST', '/merchant/goods', {
      token: merchant,
      body: { title: `限流商品 ${randomUUID().slice(0, 4)}`, images: ['https://example.com/a.jpg'], skus: [{ specValues: [], priceFen: 500, stock: 10 }] },
    });
    expect(goods.status).toBe(201);
    const skuId = goods.json.skus[0].id as string;
    const lines = [{ skuId, quantity: 1 }];
    const a = await buyer();
    const order = (b: { token: string; addressId: string }, i: number) => raw(at(i), 'POST', '/orders', { token: b.token, body: { requestId: randomUUID(), lines, addressId: b.addressId } });
    expect((await raw(at(0), 'POST', '/checkout/quote', { token: a.token, body: { lines } })).status).toBe(200);
    const made = await order(a, 1);
    expect(made.status).toBe(201);
    expect((await raw(at(0), 'POST', `/orders/${made.json.id}/pay`, { token: a.token })).status).toBe(200);

    const orders = () => count(`SELECT count(*)::int AS n FROM orders WHERE user_id = $1`, [a.userId]);
    const payments = () => count(`SELECT count(*)::int AS n FROM payments WHERE order_id = $1`, [made.json.id]);
    const stock = () => count(`SELECT stock AS n FROM goods_skus WHERE id = $1`, [skuId]);
    const [ordersBefore, paymentsBefore, stockBefore] = [await orders(), await payments(), await stock()];
    const wait = Math.max(
      expectLimited(await order(a, 1)),
      expectLimited(await raw(at(0), 'POST', `/orders/${made.json.id}/pay`, { token: a.token })),
      expectLimited(await raw(at(1), 'POST', '/checkout/quote', { token: a.token, body: { lines } })),
    );
    expect([await orders(), await payments(), await stock()]).toEqual([ordersBefore, paymentsBefore, stockBefore]);

    expect((await order(await buyer(), 0)).status).toBe(201);
    await sleep(wait * 1000 + 100);
    expect((await order(a, 0)).status).toBe(201);
    expect(await orders()).toBe(ordersBefore + 1);
  });

  it('comments over the socket: past the limit refused, counted across sockets (and instances)', async () => {
    const g = await guest();
    const roomId = await live.createLiveRoom('限流直播间');
    const c0 = await live.open(0, roomId, g.accessToken);
    const c1 = await live.open(1, roomId, g.accessToken);
    c0.send({ type: 'comment', id: 'a', text: 'one' });
    expect(await c0.reply('a')).toMatchObject({ type: 'ack' });
    c1.send({ type: 'comment', id: 'b', text: 'two' });
    expect(await c1.reply('b')).toMatchObject({ type: 'ack' });
    c1.send({ type: 'comment', id: 'c', text: 'three' });
    expect(await c1.reply('c')).toMatchObject({ type: 'error', code: 'RATE_LIMITED' });
    live.closeClients();
  });
});

describe('rate limits facing clients directly (TRUST_PROXY=false)', () => {
  let live: LiveServers;

  beforeAll(async () => {
    live = await LiveServers.start(false, { ...LIMITS, TRUST_PROXY: 'false' });
  }, 60_000);
  afterAll(() => live.stop());

  it('counts logins by the connection, so a forged X-Forwarded-For buys no fresh budget', async () => {
    const tries = [];
    for (let i = 0; i < 4; i++) tries.push(await raw(live.url(0), 'POST', '/auth/guest', { body: { deviceId: randomUUID() }, ip: someIp() }));
    expect(tries.slice(0, 3).map((r) => r.status)).toEqual([200, 200, 200]);
    expectLimited(tries[3]!);
  });
});
