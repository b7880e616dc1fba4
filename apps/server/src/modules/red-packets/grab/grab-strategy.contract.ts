import { randomUUID } from 'node:crypto';
import { ErrorCode } from '@livemall/shared';
import type Redis from 'ioredis';
import type { DataSource } from 'typeorm';
import { AppException } from '../../../common/errors/app-exception';
import { openTestDataSource } from '../../../../test/support/database';
import { books, minutesFromNow, openShop, type RedPacketWorld, redPacketWorld, viewers } from '../../../../test/support/red-packet-fixture';

export interface ContractSetup {
  ds: DataSource;
  redis: Redis | null;
}

type Answer = { userId: string; amount?: number; code?: string };

async function attempt(world: RedPacketWorld, packetId: string, userId: string): Promise<Answer> {
  try {
    return { userId, amount: (await world.service.grab(packetId, userId)).amount };
  } catch (error) {
    if (!(error instanceof AppException)) throw error;
    return { userId, code: error.code, ...(error.code === 'ALREADY_GRABBED' ? { amount: error.details?.amount as number } : {}) };
  }
}

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);

/**
 * What every grab strategy must do, run against the real PostgreSQL (and Redis where the strategy uses
 * it). The storm is 2,000 simultaneous requests from 1,500 users on a 1,000-share packet; 500 users fire
 * twice at once, as a double tap does.
 */
export function grabStrategyContract(name: string, connect: () => Promise<ContractSetup>, disconnect: (s: ContractSetup) => Promise<void>): void {
  describe(`grab strategy contract: ${name}`, () => {
    let setup: ContractSetup;
    let ds: DataSource;

    beforeAll(async () => {
      setup = await connect();
      ds = setup.ds;
    });
    afterAll(() => disconnect(setup));

    it('hands 1,000 shares to exactly 1,000 users under 2,000 concurrent grabs, and the books balance', async () => {
      const world = redPacketWorld(ds, setup.redis);
      const shop = await openShop(ds, 2_000_000);
      const packet = await world.service.create(shop.ownerUserId, {
        requestId: randomUUID(),
        roomId: shop.roomId,
        type: 'lucky',
        totalAmount: 888_888,
        totalCount: 1_000,
        validUntil: minutesFromNow(10),
      });
      const users = await viewers(ds, 1_500);
      const requests = [...users, ...users.slice(0, 500)].map((u) => attempt(world, packet.id, u));
      const answers = await Promise.all(requests);

      const winners = answers.filter((a) => a.code === undefined);
      expect(winners).toHaveLength(1_000);
      expect(new Set(winners.map((w) => w.userId)).size).toBe(1_000);
      for (const a of answers) expect([undefined, 'ALREADY_GRABBED', 'RED_PACKET_EMPTY']).toContain(a.code);
      // A user who fired twice saw one amount at most: the same share, or EMPTY both times.
      const seen = new Map<string, number>();
      for (const a of answers.filter((x) => x.amount !== undefined)) {
        const before = seen.get(a.userId);
        if (before !== undefined) expect(a.amount).toBe(before);
        seen.set(a.userId, a.amount as number);
      }

      const b = await books(ds, packet.id);
      expect(b.grabs).toHaveLength(1_000);
      expect(new Set(b.grabs.map((g) => g.userId)).size).toBe(1_000);
      expect(sorted(b.grabs.map((g) => g.amount))).toEqual(sorted(b.shares));
      expect(sorted(b.grabs.map((g) => g.seq))).toEqual(b.shares.map((_, i) => i));
      expect(b.escrow + b.grabs.reduce((s, g) => s + g.amount, 0)).toBe(888_888);
      expect(b).toMatchObject({ escrow: 0, remainingAmount: 0, remainingCount: 0, status: 'finished', ledgerSum: 0, walletsOutOfStepWithLedger: 0 });
      expect(world.events.filter((e) => e.type === 'red_packet.finished')).toHaveLength(1);
      const [{ credited }] = await ds.query(
        `SELECT count(*)::int AS credited FROM wallets w JOIN red_packet_grabs g ON g.user_id = w.owner_id AND w.owner_type = 'user'
          WHERE g.packet_id = $1 AND w.balance = g.amount`,
        [packet.id],
      );
      expect(credited).toBe(1_000);
    }, 120_000);

    it('credits viewers grabbing two packets at once, whose wallets two batches create at the same time', async () => {
      const world = redPacketWorld(ds, setup.redis);
      const shop = await openShop(ds, 2_000_000);
      const open = () =>
        world.service.create(shop.ownerUserId, { requestId: randomUUID(), roomId: shop.roomId, type: 'lucky', totalAmount: 60_000, totalCount: 300, validUntil: minutesFromNow(10) });
      const [first, second] = [await open(), await open()];
      const users = await viewers(ds, 300); // new viewers: no wallet yet
      const answers = await Promise.all(users.flatMap((u) => [attempt(world, first.id, u), attempt(world, second.id, u)]));

      expect(answers.filter((a) => a.code !== undefined)).toEqual([]);
      for (const packet of [first, second]) {
        const b = await books(ds, packet.id);
        expect(b.grabs).toHaveLength(300);
        expect(b).toMatchObject({ escrow: 0, status: 'finished', ledgerSum: 0, walletsOutOfStepWithLedger: 0 });
      }
      const wallets: Array<{ n: number; ok: number }> = await ds.query(
        `SELECT count(*)::int AS n, count(*) FILTER (WHERE w.balance = (SELECT sum(amount) FROM red_packet_grabs g WHERE g.user_id = w.owner_id))::int AS ok
           FROM wallets w WHERE w.owner_type = 'user' AND w.owner_id = ANY($1::uuid[])`,
        [users],
      );
      expect(wallets[0]).toEqual({ n: 300, ok: 300 });
    }, 120_000);

    it('refunds exactly the remainder once at expiry, with the job run twice and across a restart', async () => {
      const world = redPacketWorld(ds, setup.redis);
      const shop = await openShop(ds, 100_000);
      const packet = await world.service.create(shop.ownerUserId, {
        requestId: randomUUID(),
        roomId: shop.roomId,
        type: 'lucky',
        totalAmount: 10_000,
        totalCount: 10,
        validUntil: new Date(Date.now() + 1_500).toISOString(),
      });
      const users = await viewers(ds, 3);
      const got = await Promise.all(users.map((u) => world.service.grab(packet.id, u)));
      const grabbed = got.reduce((s, g) => s + g.amount, 0);

      // Not yet due: the job (if delivered early) does nothing.
      expect(await world.closer.close(packet.id)).toEqual({ closed: false, refunded: 0 });
      await new Promise((r) => setTimeout(r, 1_600));
      await expect(attempt(world, packet.id, (await viewers(ds, 1))[0] as string)).resolves.toMatchObject({ code: ErrorCode.RED_PACKET_EXPIRED });

      // "Restart": a fresh set of objects whose start-up sweep finds the overdue packet, racing two job runs.
      const restarted = redPacketWorld(ds, setup.redis);
      await Promise.all([restarted.lifecycle.sweep(), world.closer.close(packet.id), world.closer.close(packet.id)]);
      await world.closer.close(packet.id);
      // Test files share the run's database, so another file's start-up sweep may close this packet first:
      // what must hold is that it was closed at most once here, and refunded exactly once (below).
      const closings = [...world.events, ...restarted.events].filter((e) => e.type === 'red_packet.expired' && e.packetId === packet.id);
      expect(closings.length).toBeLessThanOrEqual(1);
      for (const c of closings) expect(c).toEqual({ type: 'red_packet.expired', packetId: packet.id, roomId: shop.roomId, refundedAmount: 10_000 - grabbed });

      const refunds = await ds.query(`SELECT delta FROM ledger_entries WHERE idempotency_key = $1 AND leg = 'credit'`, [`refund:${packet.id}`]);
      expect(refunds).toEqual([{ delta: String(10_000 - grabbed) }]);
      const b = await books(ds, packet.id);
      expect(b).toMatchObject({ escrow: 0, status: 'expired', ledgerSum: 0, walletsOutOfStepWithLedger: 0 });
      const merchant = await world.wallets.balanceOf('merchant', shop.merchantId);
      expect(merchant).toBe(100_000 - grabbed);
      const view = await world.service.get(packet.id, undefined);
      expect(view.seed).not.toBeNull(); // revealed once over
    }, 30_000);

    it('keeps the seed secret while the packet is live and reveals it when the last share goes', async () => {
      const world = redPacketWorld(ds, setup.redis);
      const shop = await openShop(ds, 10_000);
      const packet = await world.service.create(shop.ownerUserId, {
        requestId: randomUUID(), roomId: shop.roomId, type: 'equal', totalAmount: 300, totalCount: 2, validUntil: minutesFromNow(5),
      });
      expect(packet.seed).toBeNull();
      const [a, b] = await viewers(ds, 2);
      expect((await world.service.grab(packet.id, a as string)).packet.seed).toBeNull();
      const last = await world.service.grab(packet.id, b as string);
      expect(last.packet.status).toBe('finished');
      expect(last.packet.seed).toMatch(/^[0-9a-f]{64}$/);
      expect([150, 150]).toEqual([last.amount, 300 - last.amount]);
    });

    it('says NOT_STARTED before validFrom and NOT_FOUND for an unknown packet, moving nothing', async () => {
      const world = redPacketWorld(ds, setup.redis);
      const shop = await openShop(ds, 10_000);
      const packet = await world.service.create(shop.ownerUserId, {
        requestId: randomUUID(), roomId: shop.roomId, type: 'lucky', totalAmount: 500, totalCount: 5,
        validFrom: minutesFromNow(5), validUntil: minutesFromNow(10),
      });
      const [u] = await viewers(ds, 1);
      await expect(attempt(world, packet.id, u as string)).resolves.toMatchObject({ code: ErrorCode.RED_PACKET_NOT_STARTED });
      await expect(attempt(world, randomUUID(), u as string)).resolves.toMatchObject({ code: ErrorCode.RED_PACKET_NOT_FOUND });
      expect(await books(ds, packet.id)).toMatchObject({ escrow: 500, grabs: [], ledgerSum: 0 });
    });
  });
}
