import { randomUUID } from 'node:crypto';
import { DEMO_MERCHANT, LiveServers } from './support/live-servers';
import { verifyRoomEvents } from './support/live-room-checks';

// Both modes: PostgreSQL only (one instance) and scale-out (two instances over Redis).
describe.each([
  ['PostgreSQL only, one instance', false],
  ['scale-out, two instances over Redis', true],
] as const)('live-room gifts (%s)', (_name, scaleOut) => {
  let live: LiveServers;
  let roomId: string;

  beforeAll(async () => {
    live = await LiveServers.start(scaleOut);
    roomId = await live.createLiveRoom('gift room');
  }, 60_000);
  afterEach(() => live.closeClients());
  afterAll(() => live.stop());

  /** Money for a viewer the way a viewer gets it: an equal one-share red packet of `fen`, grabbed. */
  async function fund(token: string, fen: number): Promise<void> {
    const admin = await live.demo('admin');
    const merchant = await live.demo('merchant');
    expect((await live.call('POST', '/admin/merchant-top-ups', admin, { requestId: randomUUID(), merchantId: DEMO_MERCHANT, amount: fen })).status).toBe(200);
    const packet = await live.call('POST', '/merchant/red-packets', merchant, {
      requestId: randomUUID(), roomId, type: 'equal', totalAmount: fen, totalCount: 1, validUntil: new Date(Date.now() + 600_000).toISOString(),
    });
    expect(packet.status).toBe(201);
    expect((await live.call('POST', `/red-packets/${packet.json.id}/grab`, token)).json).toMatchObject({ amount: fen });
  }

  const balances = () =>
    live.withDb(async (db) => {
      const { rows } = await db.query(
        `SELECT (owner_type = 'points' OR owner_id = '00000000-0000-0000-0000-000000000001') AS points, sum(balance)::bigint AS total FROM wallets GROUP BY 1`,
      );
      return Object.fromEntries(rows.map((r) => [r.points ? 'points' : 'fen', Number(r.total)]));
    });

  it('charges exactly the gifts the balance covers under a concurrent flood, once per request id, and shows each once to everyone', async () => {
    const sender = await live.guest();
    await fund(sender.accessToken, 300);
    const watchers = await Promise.all([0, 1, 2, 3].map((i) => live.open(i, roomId)));
    const merchantBefore = await live.withDb(async (db) => Number((await db.query(`SELECT balance FROM wallets WHERE owner_type = 'merchant' AND owner_id = $1`, [DEMO_MERCHANT])).rows[0].balance));

    // The same request sent ten times at once: one gift, one charge.
    const repeated = randomUUID();
    const repeats = await Promise.all(Array.from({ length: 10 }, (_, i) => live.call('POST', `/live-rooms/${roomId}/gifts`, sender.accessToken, { requestId: repeated, giftId: 'heart', payWith: 'wallet' }, i)));
    expect(new Set(repeats.map((r) => r.status))).toEqual(new Set([201]));
    expect(new Set(repeats.map((r) => r.json.gift.id))).toEqual(new Set([repeated]));

    // 40 different gifts of 10 fen at once with 290 fen left: 29 paid, 11 refused, never below zero.
    const flood = await Promise.all(Array.from({ length: 40 }, (_, i) => live.call('POST', `/live-rooms/${roomId}/gifts`, sender.accessToken, { requestId: randomUUID(), giftId: 'heart', payWith: 'wallet' }, i)));
    const paid = flood.filter((r) => r.status === 201);
    expect(paid).toHaveLength(29);
    expect(flood.filter((r) => r.status === 409).map((r) => r.json.code)).toEqual(Array(11).fill('INSUFFICIENT_BALANCE'));

    const wallet = await live.call('GET', '/me/wallet', sender.accessToken);
    expect(wallet.json.balance).toBe(0);
    const merchantAfter = await live.withDb(async (db) => Number((await db.query(`SELECT balance FROM wallets WHERE owner_type = 'merchant' AND owner_id = $1`, [DEMO_MERCHANT])).rows[0].balance));
    expect(merchantAfter - merchantBefore).toBe(300);
    const stored = await live.withDb(async (db) => (await db.query(`SELECT count(*)::int AS n, sum(price)::int AS fen FROM live_gifts WHERE user_id = $1`, [sender.user.id])).rows[0]);
    expect(stored).toEqual({ n: 30, fen: 300 });
    expect(await balances()).toMatchObject({ fen: 0 }); // every fen that left a wallet arrived in one

    const giftIds = new Set([repeated, ...paid.map((r) => r.json.gift.id as string)]);
    for (const w of watchers) {
      const seen = await w.until((x) => {
        const gifts = x.events.flatMap((e) => (e.type === 'gift' ? [e.gift] : []));
        return gifts.length >= 30 && gifts;
      }, 10_000);
      expect(seen).toHaveLength(30);
      expect(new Set(seen.map((g) => g.id))).toEqual(giftIds);
      expect(seen.every((g) => g.sender.userId === sender.user.id && g.giftName === '比心')).toBe(true);
      verifyRoomEvents(w.events);
    }
  });

  it('pays with points from the welcome points, and refuses a gift points cannot buy', async () => {
    const sender = await live.guest();
    expect((await live.call('GET', '/me/points', sender.accessToken)).json).toEqual({ points: 100 });
    const flood = await Promise.all(Array.from({ length: 15 }, (_, i) => live.call('POST', `/live-rooms/${roomId}/gifts`, sender.accessToken, { requestId: randomUUID(), giftId: 'heart', payWith: 'points' }, i)));
    expect(flood.filter((r) => r.status === 201)).toHaveLength(10);
    expect(flood.filter((r) => r.status !== 201).map((r) => r.json.code)).toEqual(Array(5).fill('INSUFFICIENT_POINTS'));
    expect((await live.call('GET', '/me/points', sender.accessToken)).json).toEqual({ points: 0 });
    expect(await balances()).toMatchObject({ points: 0 });

    const rocket = await live.call('POST', `/live-rooms/${roomId}/gifts`, sender.accessToken, { requestId: randomUUID(), giftId: 'rocket', payWith: 'points' });
    expect([rocket.status, rocket.json.code]).toEqual([400, 'GIFT_NOT_PAYABLE']);
  });

  it('refuses bad requests without charging: unknown gift, reused id, room not live, guest, banned viewer', async () => {
    const sender = await live.guest();
    const send = (body: Record<string, unknown>, room = roomId, token: string | undefined = sender.accessToken) => live.call('POST', `/live-rooms/${room}/gifts`, token, body);
    expect((await send({ requestId: randomUUID(), giftId: 'yacht', payWith: 'points' })).json.code).toBe('VALIDATION_FAILED');
    expect((await send({ requestId: 'nope', giftId: 'heart', payWith: 'points' })).status).toBe(400);
    const id = randomUUID();
    expect((await send({ requestId: id, giftId: 'heart', payWith: 'points' })).status).toBe(201);
    expect((await send({ requestId: id, giftId: 'flower', payWith: 'points' })).json.code).toBe('IDEMPOTENCY_CONFLICT');
    const upcoming = await live.createLiveRoom('not yet', 'scheduled');
    expect((await send({ requestId: randomUUID(), giftId: 'heart', payWith: 'points' }, upcoming)).json.code).toBe('ROOM_NOT_LIVE');
    expect((await send({ requestId: randomUUID(), giftId: 'heart', payWith: 'points' }, randomUUID())).json.code).toBe('ROOM_NOT_FOUND');
    expect((await send({ requestId: randomUUID(), giftId: 'heart', payWith: 'points' }, roomId, '')).status).toBe(401);
    const merchant = await live.demo('merchant');
    expect((await live.call('POST', `/merchant/rooms/${roomId}/bans`, merchant, { userId: sender.user.id })).status).toBe(200);
    expect((await send({ requestId: randomUUID(), giftId: 'heart', payWith: 'points' })).json.code).toBe('USER_BANNED');
    expect((await live.call('GET', '/me/points', sender.accessToken)).json).toEqual({ points: 90 });
  });
});
