import { randomUUID } from 'node:crypto';
import { INVITE_REWARD_POINTS_DEFAULT, WELCOME_POINTS } from '@livemall/shared';
import type { Clock } from '../src/common/clock/clock';
import { BIRTHDAY_CLOCK } from '../src/modules/users/birthday-clock';
import { LiveServers } from './support/live-servers';
import { type Buyer, shop } from './support/shop';

/** The inviter's reward coupon, configured before its template exists (the template is given this id later). */
const INVITE_COUPON = 'c0ffee00-0000-4000-8000-000000000007';

// Coupons granted by rules: birthdays (a moved clock walks through months and years) and invites.
describe.each([
  ['PostgreSQL only', false],
  ['scale-out, two instances over Redis', true],
] as const)('coupon rules: birthday and invite (%s)', (_name, scaleOut) => {
  let live: LiveServers;
  let merchant: string;
  let s: ReturnType<typeof shop>;
  let skuId: string;

  beforeAll(async () => {
    live = await LiveServers.start(scaleOut, { INVITE_REWARD_COUPON_TEMPLATE_ID: INVITE_COUPON });
    merchant = await live.demo('merchant');
    s = shop(live, () => merchant);
    skuId = await s.sku(1_000, 1_000);
  }, 60_000);
  afterAll(() => live.stop());
  afterEach(() => at(null));

  /** Sets every instance's birthday clock (null: the real time again). */
  const at = (iso: string | null) => {
    for (const server of live.servers) server.app.get<symbol, Clock>(BIRTHDAY_CLOCK).now = () => (iso ? new Date(iso) : new Date());
  };
  const template = async (extra: Record<string, unknown>): Promise<string> => {
    const res = await live.call('POST', '/merchant/coupon-templates', merchant, {
      name: `券 ${randomUUID().slice(0, 4)}`, rule: { kind: 'amount_off', thresholdFen: 0, amountFen: 300 }, validity: { kind: 'relative', validDays: 30 }, totalQuantity: 1_000, ...extra,
    });
    expect(res.status).toBe(201);
    return res.json.id as string;
  };
  const stop = (id: string) => live.call('POST', `/merchant/coupon-templates/${id}/stop`, merchant);
  const setBirthday = (b: Buyer, month: number, day: number, instance = 0) => live.call('PUT', '/me/birthday', b.token, { month, day }, instance);
  const keysOf = (b: Buyer, templateId: string): Promise<string[]> =>
    live.withDb(async (db) => (await db.query(`SELECT grant_key FROM coupons WHERE user_id = $1 AND template_id = $2 ORDER BY grant_key`, [b.userId, templateId])).rows.map((r) => r.grant_key));
  const mine = async (b: Buyer, templateId: string, instance = 0) =>
    (await live.call('GET', '/me/coupons', b.token, undefined, instance)).json.items.filter((c: { templateId: string }) => c.templateId === templateId).length as number;

  it('grants the birthday coupon once in the birthday month (China time, concurrent reads give one), none outside it, again the next year', async () => {
    const id = await template({ grantOnBirthday: true });
    try {
      const b = await s.buyer();
      at('2026-04-30T15:59:00Z'); // 23:59 on 30 April in China
      const set = await setBirthday(b, 5, 1);
      expect([set.status, set.json]).toEqual([200, { birthday: { month: 5, day: 1 }, changeableFrom: '2027-04-30T15:59:00.000Z' }]);
      expect(await mine(b, id)).toBe(0);

      at('2026-04-30T16:00:00Z'); // midnight: 1 May in China
      const reads = await Promise.all([
        live.call('GET', '/me/coupons', b.token, undefined, 0),
        live.call('GET', '/coupons/centre', b.token, undefined, 1),
        live.call('POST', '/checkout/quote', b.token, { lines: [{ skuId, quantity: 1 }] }, 0),
        live.call('GET', '/me/coupons', b.token, undefined, 1),
      ]);
      expect(reads.map((r) => r.status)).toEqual([200, 200, 200, 200]);
      expect(await mine(b, id)).toBe(1);
      expect(reads[1]!.json.items.some((e: { template: { id: string } }) => e.template.id === id)).toBe(false); // never listed
      expect((await live.call('POST', `/coupons/templates/${id}/claim`, b.token, { requestId: randomUUID() })).json.code).toBe('COUPON_NOT_CLAIMABLE');

      at('2026-05-31T15:00:00Z');
      expect(await mine(b, id, 1)).toBe(1);
      at('2026-06-15T00:00:00Z');
      expect(await mine(b, id)).toBe(1);
      at('2027-05-02T00:00:00Z');
      expect(await mine(b, id)).toBe(2);
      expect(await keysOf(b, id)).toEqual([`birthday:${id}:2026`, `birthday:${id}:2027`]);

      const other = await s.buyer(); // a July birthday gets nothing in May
      expect((await setBirthday(other, 7, 20)).status).toBe(200);
      expect(await mine(other, id)).toBe(0);
    } finally {
      await stop(id);
    }
  });

  it('checks the date (2/29 yes; 2/30, 4/31 no) and locks the birthday for 12 months, so moving it collects nothing more', async () => {
    const id = await template({ grantOnBirthday: true });
    try {
      const b = await s.buyer();
      expect((await live.call('GET', '/me/birthday', b.token)).json).toEqual({ birthday: null, changeableFrom: null });
      for (const [month, day] of [[2, 30], [4, 31]] as const) {
        const bad = await setBirthday(b, month, day);
        expect([bad.status, bad.json.code]).toEqual([400, 'BIRTHDAY_INVALID']);
      }
      expect((await setBirthday(b, 13, 1)).json.code).toBe('VALIDATION_FAILED');

      at('2026-05-10T04:00:00Z');
      expect((await setBirthday(b, 5, 10)).status).toBe(200);
      expect(await mine(b, id)).toBe(1);
      const moved = await setBirthday(b, 6, 1, 1);
      expect([moved.status, moved.json.code, moved.json.details.changeableFrom]).toEqual([409, 'BIRTHDAY_LOCKED', '2027-05-10T04:00:00.000Z']);
      expect((await setBirthday(b, 5, 10)).status).toBe(200); // the same again: a retry, no change
      at('2026-06-05T04:00:00Z');
      expect(await mine(b, id)).toBe(1);

      // A year on the lock is over (this year's coupon was collected in May); moving to June gives no second one.
      at('2027-05-20T04:00:00Z');
      expect(await mine(b, id)).toBe(2);
      expect((await setBirthday(b, 6, 1)).status).toBe(200);
      at('2027-06-05T04:00:00Z');
      expect(await mine(b, id)).toBe(2);
      expect((await live.call('GET', '/me/birthday', b.token)).json).toEqual({ birthday: { month: 6, day: 1 }, changeableFrom: '2028-05-20T04:00:00.000Z' });

      const leap = await s.buyer();
      expect((await setBirthday(leap, 2, 29)).json.birthday).toEqual({ month: 2, day: 29 });
      const racer = await s.buyer(); // two first settings at once: one wins, the other is locked out
      const both = await Promise.all([setBirthday(racer, 3, 3, 0), setBirthday(racer, 8, 8, 1)]);
      expect(both.map((r) => r.status).sort()).toEqual([200, 409]);
    } finally {
      await stop(id);
    }
  });

  it('rewards the inviter with the configured coupon once, on the first paid order; a missing or sold-out template leaves the points and the payment alone', async () => {
    const invite = async () => {
      const [inviter, invitee] = await Promise.all([s.buyer(), s.buyer()]);
      const code = (await live.call('GET', '/me/invite', inviter.token)).json.code as string;
      expect((await live.call('POST', '/me/inviter', invitee.token, { code })).status).toBe(200);
      return { inviter, invitee };
    };
    const order = async (b: Buyer) => (await live.call('POST', '/orders', b.token, { requestId: randomUUID(), lines: [{ skuId, quantity: 1 }], addressId: b.addressId })).json.id as string;
    const points = async (b: Buyer) => (await live.call('GET', '/me/points', b.token)).json.points as number;
    const earned = WELCOME_POINTS + INVITE_REWARD_POINTS_DEFAULT;

    // The template does not exist yet: the points come, the coupon miss is only logged.
    const early = await invite();
    expect(await s.pay(early.invitee, await order(early.invitee))).toBe('paid');
    expect(await points(early.inviter)).toBe(earned);

    const made = await template({ totalQuantity: 1, showInCentre: false });
    await live.withDb((db) => db.query(`UPDATE coupon_templates SET id = $1 WHERE id = $2`, [INVITE_COUPON, made]));

    const { inviter, invitee } = await invite();
    const [first, second] = [await order(invitee), await order(invitee)];
    expect(await Promise.all([s.pay(invitee, first, 0), s.pay(invitee, second, 1)])).toEqual(['paid', 'paid']);
    expect(await s.pay(invitee, await order(invitee))).toBe('paid');
    expect(await keysOf(inviter, INVITE_COUPON)).toEqual([`grant:invite:${invitee.userId}`]);
    expect(await mine(inviter, INVITE_COUPON)).toBe(1);
    expect(await points(inviter)).toBe(earned);
    expect(await keysOf(invitee, INVITE_COUPON)).toEqual([]);

    // Its only coupon is gone: the next inviter still gets the points.
    const late = await invite();
    expect(await s.pay(late.invitee, await order(late.invitee))).toBe('paid');
    expect(await points(late.inviter)).toBe(earned);
    expect(await keysOf(late.inviter, INVITE_COUPON)).toEqual([]);
    expect(await s.pointsBooks()).toBe(0);
    expect(await s.books()).toBe(0);
  });
});
