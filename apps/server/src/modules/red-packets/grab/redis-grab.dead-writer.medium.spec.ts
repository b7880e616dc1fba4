import { randomUUID } from 'node:crypto';
import Redis from 'ioredis';
import { openTestDataSource } from '../../../../test/support/database';
import { books, minutesFromNow, openShop, redPacketWorld, viewers } from '../../../../test/support/red-packet-fixture';
import { testEnv } from '../../../../test/support/services';
import { GRAB_LUA, packetKeys } from './redis-grab.scripts';

/**
 * An instance killed between the Redis gate and the PostgreSQL write leaves a user marked as a winner in
 * Redis with no share in PostgreSQL. The user's retry (on another instance) must get a share for real,
 * not "already grabbed" with money that never reached the wallet.
 */
describe('Redis grab strategy: a winner whose instance died before the write', () => {
  it('gives the retrying user one real share, and the books balance', async () => {
    const ds = await openTestDataSource();
    const { redisUrl, redisPrefix } = testEnv();
    const redis = new Redis(redisUrl, { keyPrefix: `${redisPrefix}deadwriter:` });
    try {
      const world = redPacketWorld(ds, redis);
      const shop = await openShop(ds, 100_000);
      const packet = await world.service.create(shop.ownerUserId, {
        requestId: randomUUID(), roomId: shop.roomId, type: 'lucky', totalAmount: 1_000, totalCount: 3, validUntil: minutesFromNow(10),
      });
      const [victim, other] = await viewers(ds, 2);
      const k = packetKeys(packet.id);
      // What the dead instance did: the gate's script ran, and nothing after it.
      const [verdict, orphan] = (await redis.eval(GRAB_LUA, 3, k.shares, k.users, k.meta, victim!)) as [string, string];
      expect(verdict).toBe('grabbed');

      const retry = await world.service.grab(packet.id, victim!);
      const again = await world.service.grab(packet.id, victim!).catch((e: { code?: string; details?: unknown }) => e);
      expect(again).toMatchObject({ code: 'ALREADY_GRABBED', details: { amount: retry.amount, seq: retry.seq } });
      await world.service.grab(packet.id, other!);

      const b = await books(ds, packet.id);
      expect(b.grabs.filter((g) => g.userId === victim)).toEqual([{ userId: victim, amount: retry.amount, seq: retry.seq }]);
      expect(b.grabs.reduce((sum, g) => sum + g.amount, 0) + b.remainingAmount).toBe(b.total);
      expect(b).toMatchObject({ remainingCount: 1, ledgerSum: 0, walletsOutOfStepWithLedger: 0 });
      // The orphaned share is back in circulation: three shares, three grabs possible.
      const last = (await viewers(ds, 1))[0]!;
      await world.service.grab(packet.id, last);
      const end = await books(ds, packet.id);
      expect(end).toMatchObject({ remainingCount: 0, remainingAmount: 0, ledgerSum: 0 });
      expect(end.grabs.map((g) => `${g.seq}:${g.amount}`)).toContain(orphan);
    } finally {
      redis.disconnect();
      await ds.destroy();
    }
  }, 30_000);
});
