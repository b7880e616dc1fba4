import { randomUUID } from 'node:crypto';
import { INVITE_REWARD_POINTS_DEFAULT, WELCOME_POINTS } from '@livemall/shared';
import { LiveServers } from './support/live-servers';
import { type Buyer, shop } from './support/shop';

// Both modes; the scale-out one also sets the reward, to show it is configurable.
describe.each([
  ['PostgreSQL only', false, INVITE_REWARD_POINTS_DEFAULT, {}],
  ['scale-out, two instances over Redis, reward 350', true, 350, { INVITE_REWARD_POINTS: '350' }],
] as const)('invites (%s)', (_name, scaleOut, reward, env) => {
  let live: LiveServers;
  let merchant: string;
  let s: ReturnType<typeof shop>;
  let skuId: string;

  beforeAll(async () => {
    live = await LiveServers.start(scaleOut, env);
    merchant = await live.demo('merchant');
    s = shop(live, () => merchant);
    skuId = await s.sku(1_000, 1_000);
  }, 60_000);
  afterAll(() => live.stop());

  const info = (b: Buyer, instance = 0) => live.call('GET', '/me/invite', b.token, undefined, instance);
  const codeOf = async (b: Buyer) => (await info(b)).json.code as string;
  const bind = async (b: Buyer, code: string, instance = 0) => live.call('POST', '/me/inviter', b.token, { code }, instance);
  const order = async (b: Buyer) => {
    const made = await live.call('POST', '/orders', b.token, { requestId: randomUUID(), lines: [{ skuId, quantity: 1 }], addressId: b.addressId });
    expect(made.status).toBe(201);
    return made.json.id as string;
  };
  const points = async (b: Buyer) => (await live.call('GET', '/me/points', b.token)).json.points as number;

  it('gives each user one short code, the same on every read and instance', async () => {
    const a = await s.buyer();
    const reads = await Promise.all([info(a, 0), info(a, 1), info(a, 0)]);
    expect(new Set(reads.map((r) => r.json.code)).size).toBe(1);
    expect(reads[0]!.json).toMatchObject({ inviteesCount: 0, rewardedCount: 0, pointsEarned: 0, rewardPoints: reward, inviter: null, canBind: true });
    expect(reads[0]!.json.code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}$/);
    expect(reads[0]!.json.sharePath).toContain(reads[0]!.json.code);
    expect(await codeOf(await s.buyer())).not.toBe(reads[0]!.json.code);
  });

  it('refuses an unknown code, one’s own code, binding twice, and cycles up the chain (A→B→C: C cannot invite A)', async () => {
    const [a, b, c] = await Promise.all([s.buyer(), s.buyer(), s.buyer()]);
    expect((await bind(a, 'ZZZZZZZZ')).json.code).toBe('INVITE_CODE_NOT_FOUND');
    expect((await bind(a, 'short')).status).toBe(400);
    const self = await bind(a, await codeOf(a));
    expect([self.status, self.json.code]).toEqual([400, 'INVITE_SELF']);

    const bound = await bind(b, (await codeOf(a)).toLowerCase());
    expect(bound.status).toBe(200);
    expect(bound.json).toMatchObject({ inviter: { userId: a.userId }, canBind: false });
    const twice = await bind(b, await codeOf(c));
    expect([twice.status, twice.json.code]).toEqual([409, 'INVITER_ALREADY_BOUND']);
    expect((await bind(c, await codeOf(b))).status).toBe(200);

    const cycle = await bind(a, await codeOf(c));
    expect([cycle.status, cycle.json.code]).toEqual([400, 'INVITE_CYCLE']);
    expect((await bind(a, await codeOf(b))).json.code).toBe('INVITE_CYCLE');
    expect((await info(a)).json).toMatchObject({ inviteesCount: 1, inviter: null });
  });

  it('two users naming each other at once: one bind wins, no cycle', async () => {
    const [x, y] = await Promise.all([s.buyer(), s.buyer()]);
    const [cx, cy] = await Promise.all([codeOf(x), codeOf(y)]);
    const both = await Promise.all([bind(x, cy, 0), bind(y, cx, 1)]);
    expect(both.map((r) => r.status).sort()).toEqual([200, 400]);
    expect(both.find((r) => r.status === 400)!.json.code).toBe('INVITE_CYCLE');
  });

  it('rewards the inviter once, when the first of two orders paid at the same time is paid; the points books balance', async () => {
    const [inviter, invitee] = await Promise.all([s.buyer(), s.buyer()]);
    expect((await bind(invitee, await codeOf(inviter))).status).toBe(200);
    const start = await points(inviter);
    expect(start).toBe(WELCOME_POINTS);

    const unpaid = await order(invitee);
    expect(await points(inviter)).toBe(start); // an order alone earns nothing
    const second = await order(invitee);
    expect(await Promise.all([s.pay(invitee, unpaid, 0), s.pay(invitee, second, 1)])).toEqual(['paid', 'paid']);
    expect(await points(inviter)).toBe(start + reward);
    const third = await order(invitee);
    expect(await s.pay(invitee, third)).toBe('paid');
    expect(await points(inviter)).toBe(start + reward);

    const legs = await live.withDb(async (db) => (await db.query(`SELECT count(*)::int AS n FROM ledger_entries WHERE idempotency_key = $1`, [`invite:${invitee.userId}`])).rows[0].n);
    expect(legs).toBe(2); // one movement: its debit and credit legs
    expect((await info(inviter)).json).toMatchObject({ inviteesCount: 1, rewardedCount: 1, pointsEarned: reward });
    expect((await info(invitee)).json.canBind).toBe(false);
    expect(await s.pointsBooks()).toBe(0);
    expect(await s.books()).toBe(0);
  });

  it('a user who already paid an order cannot bind; one whose order is unpaid still can', async () => {
    const [inviter, paid, unpaid] = await Promise.all([s.buyer(), s.buyer(), s.buyer()]);
    expect(await s.pay(paid, await order(paid))).toBe('paid');
    expect((await info(paid)).json.canBind).toBe(false);
    const refused = await bind(paid, await codeOf(inviter));
    expect([refused.status, refused.json.code]).toEqual([409, 'INVITE_NOT_ELIGIBLE']);
    await order(unpaid);
    expect((await bind(unpaid, await codeOf(inviter))).status).toBe(200);
    expect(await points(inviter)).toBe(WELCOME_POINTS);
  });
});
