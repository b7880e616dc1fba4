import { randomUUID } from 'node:crypto';
import { merchantRedPacketSchema, pageOf, redPacketSchema } from '@livemall/shared';
import { commit, splitFromSeed } from '@livemall/split';
import { DEMO_MERCHANT, LiveServers } from './support/live-servers';

const DEMO_ROOM = '6f1c2a52-5d1e-4c8e-9a51-0d6a1f0c0101';
const listSchema = pageOf(merchantRedPacketSchema);

// Both modes: the grab path differs (PostgreSQL alone, or the Redis gate in front of it on two instances),
// and an early end must close both.
describe.each([
  ['PostgreSQL only', false],
  ['scale-out, two instances over Redis', true],
] as const)('red packets in the merchant console (%s)', (_name, scaleOut) => {
  let live: LiveServers;
  let merchant: string;

  beforeAll(async () => {
    live = await LiveServers.start(scaleOut);
    merchant = await live.demo('merchant');
    const admin = await live.demo('admin');
    const topUp = await live.call('POST', '/admin/merchant-top-ups', admin, { requestId: randomUUID(), merchantId: DEMO_MERCHANT, amount: 5_000_000 });
    expect(topUp.status).toBe(200);
  }, 60_000);
  afterAll(() => live.stop());

  const at = (i: number) => (scaleOut ? i % 2 : 0);
  const create = async (over: Record<string, unknown> = {}) => {
    const res = await live.call('POST', '/merchant/red-packets', merchant, {
      requestId: randomUUID(), roomId: DEMO_ROOM, type: 'lucky', totalAmount: 1_000, totalCount: 5, validUntil: new Date(Date.now() + 600_000).toISOString(), ...over,
    });
    expect(res.status).toBe(201);
    return redPacketSchema.parse(res.json);
  };
  const guests = (n: number) => Promise.all(Array.from({ length: n }, () => live.guest().then((g) => g.accessToken)));
  const balance = async () => (await live.call('GET', '/merchant/wallet', merchant)).json.balance as number;

  /** The books of one packet, straight from the ledger. */
  const books = (packetId: string) =>
    live.withDb(async (db) => {
      const { rows } = await db.query(
        `SELECT (SELECT balance FROM wallets WHERE owner_type = 'escrow' AND owner_id = $1)::bigint AS escrow,
                (SELECT COALESCE(sum(amount), 0) FROM red_packet_grabs WHERE packet_id = $1)::bigint AS grabbed,
                (SELECT count(*) FROM red_packet_grabs WHERE packet_id = $1)::int AS grabs,
                (SELECT COALESCE(sum(delta), 0) FROM ledger_entries WHERE idempotency_key = 'refund:' || $1 AND delta > 0)::bigint AS refunded,
                (SELECT count(*) FROM ledger_entries WHERE idempotency_key = 'refund:' || $1)::int AS refund_legs,
                (SELECT count(*) FROM red_packet_grabs g JOIN red_packets p ON p.id = g.packet_id
                  WHERE g.packet_id = $1 AND g.created_at > p.ended_at)::int AS grabs_after_end,
                (SELECT COALESCE(sum(delta), 0) FROM ledger_entries)::bigint AS ledger_sum`,
        [packetId],
      );
      const r = rows[0];
      return { escrow: Number(r.escrow), grabbed: Number(r.grabbed), grabs: r.grabs, refunded: Number(r.refunded), refundLegs: r.refund_legs, grabsAfterEnd: r.grabs_after_end, ledgerSum: Number(r.ledger_sum) };
    });

  it("lists only the shop's packets, newest first and paged, with grabs, the luckiest grab and the refund", async () => {
    const first = await create({ totalAmount: 900, totalCount: 3 });
    const second = await create({ type: 'equal', totalAmount: 1_000, totalCount: 4 });
    const [a, b] = await guests(2);
    const grabs = [await live.call('POST', `/red-packets/${second.id}/grab`, a), await live.call('POST', `/red-packets/${second.id}/grab`, b, undefined, at(1))];
    expect(grabs.map((g) => g.status)).toEqual([200, 200]);
    const ended = await live.call('POST', `/merchant/red-packets/${second.id}/end`, merchant);
    expect(ended.json.status).toBe('expired');

    const page1 = listSchema.parse((await live.call('GET', '/merchant/red-packets?limit=1', merchant)).json);
    expect(page1.items.map((p) => p.id)).toEqual([second.id]);
    expect(page1.nextCursor).not.toBeNull();
    const mine = page1.items[0]!;
    const amounts = grabs.map((g) => g.json.amount as number);
    expect(mine).toMatchObject({ grabbedCount: 2, grabbedAmount: amounts[0]! + amounts[1]!, refundedAmount: 1_000 - amounts[0]! - amounts[1]!, remainingCount: 2 });
    // Equal split: 250 each, the luckiest is the earliest on a tie.
    expect(mine.luckiest).toMatchObject({ amount: 250, seq: 0 });
    expect(mine.seed).not.toBeNull();

    const page2 = listSchema.parse((await live.call('GET', `/merchant/red-packets?limit=1&cursor=${encodeURIComponent(page1.nextCursor!)}`, merchant, undefined, at(1))).json);
    expect(page2.items[0]).toMatchObject({ id: first.id, grabbedCount: 0, grabbedAmount: 0, refundedAmount: 0, luckiest: null, seed: null, status: 'active' });

    const all = listSchema.parse((await live.call('GET', '/merchant/red-packets?limit=50', merchant)).json);
    const inDb = await live.withDb(async (db) => (await db.query('SELECT count(*)::int AS n FROM red_packets WHERE merchant_id = $1', [DEMO_MERCHANT])).rows[0].n);
    expect(all.items).toHaveLength(inDb);
    expect(all.items.every((p) => p.merchantId === DEMO_MERCHANT)).toBe(true);

    const viewer = await live.guest();
    expect((await live.call('GET', '/merchant/red-packets', viewer.accessToken)).status).toBe(403);
    expect((await live.call('GET', '/merchant/red-packets')).status).toBe(401);
    expect((await live.call('GET', '/merchant/red-packets?limit=500', merchant)).json.code).toBe('VALIDATION_FAILED');
  }, 60_000);

  it('an early end racing a grab storm (90 viewers, 150 shares) and repeated ends refunds the rest exactly once and admits no grab after it', async () => {
    // More shares than viewers: the packet cannot run out, so every end finds money to send back.
    const total = 30_000;
    const count = 150;
    const packet = await create({ totalAmount: total, totalCount: count });
    const tokens = await guests(90);
    const before = await balance();
    // Grabs from every viewer (both instances in scale-out) with three ends sent among them, all in flight at once.
    const grabbing = tokens.map((t, i) => () => live.call('POST', `/red-packets/${packet.id}/grab`, t, undefined, at(i)));
    const ending = [0, 1, 2].map((i) => () => live.call('POST', `/merchant/red-packets/${packet.id}/end`, merchant, undefined, at(i)));
    const order = [...grabbing.slice(0, 30), ending[0]!, ...grabbing.slice(30, 45), ending[1]!, ...grabbing.slice(45, 60), ending[2]!, ...grabbing.slice(60)];
    const answers = await Promise.all(order.map((send) => send()));
    const grabbed = answers.filter((_, i) => !ending.includes(order[i]!));
    const ended = answers.filter((_, i) => ending.includes(order[i]!));
    for (const e of ended) expect(e.json).toMatchObject({ id: packet.id, status: 'expired' });
    const won = grabbed.filter((g) => g.status === 200);
    for (const g of grabbed.filter((x) => x.status !== 200)) expect(['RED_PACKET_EXPIRED', 'RED_PACKET_EMPTY']).toContain(g.json.code);
    const after = await books(packet.id);
    expect(after.grabs).toBe(won.length);
    expect(after.grabbed).toBe(won.reduce((s, g) => s + (g.json.amount as number), 0));
    expect(after).toMatchObject({ escrow: 0, refundLegs: 2, grabsAfterEnd: 0, ledgerSum: 0 });
    expect(after.grabbed + after.refunded).toBe(total);
    expect(after.refunded).toBeGreaterThan(0);
    expect((await balance()) - before).toBe(after.refunded);

    // Over means over: nobody grabs afterwards, on either instance, and another end changes nothing.
    const late = await guests(2);
    const lateGrabs = await Promise.all(late.map((t, i) => live.call('POST', `/red-packets/${packet.id}/grab`, t, undefined, at(i))));
    expect(lateGrabs.map((g) => g.json.code)).toEqual(['RED_PACKET_EXPIRED', 'RED_PACKET_EXPIRED']);
    await live.call('POST', `/merchant/red-packets/${packet.id}/end`, merchant, undefined, at(1));
    expect(await books(packet.id)).toEqual(after);

    // The revealed seed explains every recorded grab: each holds the share of its position. Positions
    // are compared by seq, not by index — with the Redis gate an end can leave a position unclaimed
    // (admitted by Redis, refused by PostgreSQL once closed; its money is in the refund).
    const shown = redPacketSchema.parse(ended[0]!.json);
    expect(commit(shown.seed!)).toBe(shown.seedCommitment);
    const shares = splitFromSeed(shown.seed!, total, count, shown.algorithm, { min: shown.minShare, max: shown.maxShare });
    const rows = await live.withDb(async (db) => (await db.query('SELECT seq, amount FROM red_packet_grabs WHERE packet_id = $1 ORDER BY seq', [packet.id])).rows);
    for (const r of rows) expect(Number(r.amount)).toBe(shares[r.seq]);
    const gaps = rows.filter((r, i) => r.seq !== i).length;
    if (!scaleOut) expect(gaps).toBe(0);
  }, 90_000);

  it('an early end racing the expiry job refunds once, whichever closes the packet', async () => {
    const total = 5_000;
    const packet = await create({ totalAmount: total, totalCount: 10, validUntil: new Date(Date.now() + 1_500).toISOString() });
    const tokens = await guests(4);
    const before = await balance();
    await Promise.all(tokens.map((t, i) => live.call('POST', `/red-packets/${packet.id}/grab`, t, undefined, at(i))));
    // Ends keep arriving from just before the deadline until after the job (polling every second) has run.
    const ends: Array<Promise<unknown>> = [];
    const wait = Date.parse(packet.validUntil) - Date.now() - 200;
    await new Promise((r) => setTimeout(r, Math.max(0, wait)));
    for (let i = 0; i < 12; i++) {
      ends.push(live.call('POST', `/merchant/red-packets/${packet.id}/end`, merchant, undefined, at(i)));
      await new Promise((r) => setTimeout(r, 150));
    }
    await Promise.all(ends);
    // The job must have run too (it finds the packet closed, or closed it itself).
    const deadline = Date.now() + 20_000;
    let state = '';
    while (Date.now() < deadline) {
      state = await live.withDb(async (db) => (await db.query(`SELECT state FROM pgboss.job WHERE name = 'red-packet-expiry' AND singleton_key = $1`, [packet.id])).rows[0]?.state ?? '');
      if (state === 'completed') break;
      await new Promise((r) => setTimeout(r, 250));
    }
    expect(state).toBe('completed');
    const after = await books(packet.id);
    expect(after).toMatchObject({ escrow: 0, grabs: 4, refundLegs: 2, grabsAfterEnd: 0, ledgerSum: 0 });
    expect(after.grabbed + after.refunded).toBe(total);
    expect((await balance()) - before).toBe(after.refunded);
  }, 90_000);
});
