import { randomUUID } from 'node:crypto';
import { LiveServers } from './support/live-servers';
import { shop } from './support/shop';

const PRICE = 10_000;
const FLOOR = 8_000;

// The figures are one read of PostgreSQL (nothing per instance), so one mode.
describe('merchant bargain figures (console)', () => {
  let live: LiveServers;
  let merchant: string;
  let s: ReturnType<typeof shop>;

  beforeAll(async () => {
    live = await LiveServers.start(false);
    merchant = await live.demo('merchant');
    s = shop(live, () => merchant);
  }, 60_000);
  afterAll(() => live.stop());

  const activity = async (helpersNeeded: number) => {
    const skuId = await s.sku(PRICE);
    const res = await live.call('POST', '/merchant/bargain-activities', merchant, {
      skuId, floorPriceFen: FLOOR, helpersNeeded, timeLimitMinutes: 60, endsAt: new Date(Date.now() + 86_400_000).toISOString(),
    });
    expect(res.status).toBe(201);
    return res.json.id as string;
  };
  const figures = (ids: string[], token = merchant) => live.call('GET', `/merchant/bargain-activities/figures?ids=${ids.join(',')}`, token);

  it('counts started, at the floor, ordered and expired bargains per activity, mine only', async () => {
    const a = await activity(2);
    const quiet = await activity(3);
    const starters = await Promise.all([s.buyer(), s.buyer(), s.buyer()]);
    const bargains: string[] = [];
    for (const b of starters) {
      const res = await live.call('POST', `/bargain-activities/${a}/bargains`, b.token);
      expect(res.status).toBe(201);
      bargains.push(res.json.id);
    }
    // The first reaches the floor and is bought; the second reaches the floor only; the third runs out of time.
    for (const bargainId of bargains.slice(0, 2)) {
      for (let i = 0; i < 2; i++) expect((await live.call('POST', `/bargains/${bargainId}/help`, (await s.buyer()).token)).status).toBe(200);
    }
    const bought = await live.call('POST', `/bargains/${bargains[0]}/order`, starters[0]!.token, { requestId: randomUUID(), addressId: starters[0]!.addressId });
    expect(bought.status).toBe(201);
    await live.withDb((db) => db.query(`UPDATE bargains SET expires_at = now() - interval '1 second' WHERE id = $1`, [bargains[2]]));

    const res = await figures([a, quiet, randomUUID()]);
    expect(res.status).toBe(200);
    expect(res.json.items).toEqual([
      { activityId: quiet, started: 0, floorReached: 0, ordered: 0, expired: 0 },
      { activityId: a, started: 3, floorReached: 2, ordered: 1, expired: 1 },
    ]);
  });

  it('refuses a bad id list and an account without a shop', async () => {
    expect((await figures(['not-a-uuid'])).status).toBe(400);
    expect((await figures(Array.from({ length: 51 }, () => randomUUID()))).status).toBe(400);
    expect((await live.call('GET', '/merchant/bargain-activities/figures', merchant)).status).toBe(400);
    const guest = await s.buyer();
    const refused = await figures([randomUUID()], guest.token);
    expect(refused.status).toBe(403);
  });
});
