import { randomUUID } from 'node:crypto';
import Redis from 'ioredis';
import { openTestDataSource } from '../../../../test/support/database';
import { books, minutesFromNow, openShop, redPacketWorld, viewers } from '../../../../test/support/red-packet-fixture';
import { testEnv } from '../../../../test/support/services';
import { grabStrategyContract } from './grab-strategy.contract';
import { packetKeys } from './redis-grab.scripts';

const connectRedis = () => {
  const { redisUrl, redisPrefix } = testEnv();
  return new Redis(redisUrl, { keyPrefix: `${redisPrefix}grab:` });
};

grabStrategyContract(
  'Redis gate (scale-out mode)',
  async () => ({ ds: await openTestDataSource(), redis: connectRedis() }),
  async ({ ds, redis }) => {
    redis?.disconnect();
    await ds.destroy();
  },
);

describe('Redis grab strategy: an instance killed between the script and the write', () => {
  it('never answers "already grabbed" from a mark whose share never reached PostgreSQL', async () => {
    const ds = await openTestDataSource();
    const redis = connectRedis();
    try {
      const world = redPacketWorld(ds, redis);
      const shop = await openShop(ds, 10_000);
      const packet = await world.service.create(shop.ownerUserId, {
        requestId: randomUUID(), roomId: shop.roomId, type: 'lucky', totalAmount: 1_000, totalCount: 3, validUntil: minutesFromNow(10),
      });
      const [user] = await viewers(ds, 1);
      // What the killed instance left behind: the script ran (share popped, user marked), the write did not.
      const k = packetKeys(packet.id);
      const popped = (await redis.lpop(k.shares)) as string;
      await redis.hset(k.users, user!, popped);

      // The survivor answers the user's retry.
      const outcome = await world.strategy.grab(packet.id, user!);
      expect(outcome).toMatchObject({ kind: 'grabbed' });
      const told = outcome as { seq: number; amount: number };
      const b = await books(ds, packet.id);
      expect(b.grabs).toEqual([{ userId: user, amount: told.amount, seq: told.seq }]);
      expect(`${told.seq}:${told.amount}`).toBe(popped);
      // And a repeat now is the same stored grab.
      expect(await world.strategy.grab(packet.id, user!)).toEqual({ kind: 'refused', reason: 'already', seq: told.seq, amount: told.amount });
      expect(b).toMatchObject({ ledgerSum: 0, walletsOutOfStepWithLedger: 0, remainingCount: 2 });
    } finally {
      redis.disconnect();
      await ds.destroy();
    }
  });
});

describe('Redis grab strategy: losing Redis mid-storm', () => {
  it('issues nothing twice and balances the books when the packet’s Redis state is wiped during 2,000 grabs', async () => {
    const ds = await openTestDataSource();
    const redis = connectRedis();
    try {
      const world = redPacketWorld(ds, redis);
      const shop = await openShop(ds, 2_000_000);
      const packet = await world.service.create(shop.ownerUserId, {
        requestId: randomUUID(), roomId: shop.roomId, type: 'lucky', totalAmount: 500_000, totalCount: 1_000, validUntil: minutesFromNow(10),
      });
      const users = await viewers(ds, 1_500);
      const k = packetKeys(packet.id);
      let wiped = 0;
      const storm = Promise.all(
        [...users, ...users.slice(0, 500)].map(async (u, i) => {
          // Wipe twice while requests are in flight: as FLUSHALL or a failover to an empty replica would.
          if (i === 400 || i === 1_200) {
            await redis.del(k.shares, k.users, k.meta);
            wiped++;
          }
          try {
            return (await world.service.grab(packet.id, u)).amount;
          } catch {
            return undefined;
          }
        }),
      );
      const amounts = await storm;
      expect(wiped).toBe(2);
      // The start-up reconciliation after the incident, then whatever demand is left.
      await world.strategy.reconcile(packet.id);
      for (const u of users) await world.service.grab(packet.id, u).catch(() => undefined);

      const b = await books(ds, packet.id);
      expect(b.grabs).toHaveLength(1_000);
      expect(new Set(b.grabs.map((g) => g.userId)).size).toBe(1_000);
      expect(new Set(b.grabs.map((g) => g.seq)).size).toBe(1_000);
      expect([...b.grabs.map((g) => g.amount)].sort((x, y) => x - y)).toEqual([...b.shares].sort((x, y) => x - y));
      expect(b).toMatchObject({ escrow: 0, remainingCount: 0, status: 'finished', ledgerSum: 0, walletsOutOfStepWithLedger: 0 });
      expect(amounts.filter((a) => a !== undefined).length).toBeGreaterThan(0);
    } finally {
      redis.disconnect();
      await ds.destroy();
    }
  }, 120_000);
});
