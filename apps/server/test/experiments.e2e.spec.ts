import { randomUUID } from 'node:crypto';
import { LiveServers } from './support/live-servers';
import { newBuyer, type Buyer } from './support/shop-helpers';

// Both modes: PostgreSQL only and scale-out (experiments live in PostgreSQL; the second instance must agree).
describe.each([
  ['PostgreSQL only', false],
  ['scale-out, two instances over Redis', true],
] as const)('A/B experiments (%s)', (_name, scaleOut) => {
  let live: LiveServers;
  let merchant: string;

  beforeAll(async () => {
    live = await LiveServers.start(scaleOut);
    merchant = await live.demo('merchant');
  }, 60_000);
  afterAll(() => live.stop());

  const last = () => (scaleOut ? 1 : 0);
  const paidOrder = async (b: Buyer) => {
    const created = await live.call('POST', '/merchant/goods', merchant, {
      title: `测试商品 ${randomUUID().slice(0, 6)}`, images: ['https://example.com/a.jpg'], specs: [], skus: [{ specValues: [], priceFen: 1_000, stock: 5 }],
    });
    expect(created.status).toBe(201);
    const made = await live.call('POST', '/orders', b.token, { requestId: randomUUID(), lines: [{ skuId: created.json.skus[0].id, quantity: 1 }], addressId: b.addressId });
    expect(made.status).toBe(201);
    const started = await live.call('POST', `/orders/${made.json.id}/pay`, b.token);
    expect((await live.call('POST', `/payments/${started.json.paymentId}/dev-confirm`, b.token)).json.status).toBe('paid');
  };

  it('create, start; one user keeps one variant; exposure is once; a paid order after it is a conversion', async () => {
    const key = `btn-${randomUUID().slice(0, 8)}`;
    const variants = [{ name: 'A', weight: 1 }, { name: 'B', weight: 1 }];
    const created = await live.call('POST', '/merchant/experiments', merchant, { key, variants });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ key, status: 'draft', targeting: 'all' });
    expect((await live.call('POST', '/merchant/experiments', merchant, { key, variants })).json.code).toBe('EXPERIMENT_KEY_TAKEN');

    const b = await newBuyer(live);
    // Not running yet: no variant, and no exposure.
    expect((await live.call('GET', `/experiments/${key}/assignment`, b.token)).json).toEqual({ key, variant: null });
    expect((await live.call('POST', `/experiments/${key}/exposures`, b.token)).json.code).toBe('EXPERIMENT_NOT_ASSIGNED');

    expect((await live.call('POST', `/merchant/experiments/${key}/start`, merchant)).json.status).toBe('running');
    expect((await live.call('POST', `/merchant/experiments/${key}/start`, merchant)).json.code).toBe('EXPERIMENT_STATUS_INVALID');

    const first = await live.call('GET', `/experiments/${key}/assignment`, b.token);
    const second = await live.call('GET', `/experiments/${key}/assignment`, b.token, undefined, last());
    expect(['A', 'B']).toContain(first.json.variant);
    expect(second.json.variant).toBe(first.json.variant);

    const exposures = await Promise.all([0, last()].map((i) => live.call('POST', `/experiments/${key}/exposures`, b.token, undefined, i)));
    expect(exposures.map((e) => e.json.variant)).toEqual([first.json.variant, first.json.variant]);
    expect(exposures[1]!.json.exposedAt).toBe(exposures[0]!.json.exposedAt);
    const rows = await live.withDb(async (db) => (await db.query(`SELECT count(*)::int AS n FROM experiment_exposures x JOIN experiments e ON e.id = x.experiment_id WHERE e.key = $1`, [key])).rows[0].n);
    expect(rows).toBe(1);

    const before = await live.call('GET', `/merchant/experiments/${key}/results`, merchant);
    const mine = (r: Record<string, any>) => r.arms.find((a: { variant: string }) => a.variant === first.json.variant);
    expect(mine(before.json)).toMatchObject({ variant: first.json.variant, exposures: 1, conversions: 0, rateBps: 0 });
    await paidOrder(b);
    const after = await live.call('GET', `/merchant/experiments/${key}/results`, merchant);
    expect(after.status).toBe(200);
    expect(mine(after.json)).toMatchObject({ variant: first.json.variant, exposures: 1, conversions: 1, rateBps: 10_000 });
    expect(after.json).toMatchObject({ status: 'running', control: 'A', alpha: 0.05, verdict: '样本不足' });
    expect(after.json.arms.map((a: Record<string, unknown>) => [a.variant, a.z, a.pValue, a.verdict])).toEqual([
      ['A', null, null, '对照组'],
      ['B', null, null, '样本不足'],
    ]);

    // Another user is not the owner: the results answer as if the experiment did not exist.
    expect((await live.call('GET', `/merchant/experiments/${key}/results`, b.token)).status).toBeGreaterThanOrEqual(400);

    expect((await live.call('POST', `/merchant/experiments/${key}/stop`, merchant)).json.status).toBe('stopped');
    expect((await live.call('GET', `/experiments/${key}/assignment`, b.token)).json.variant).toBeNull();
  }, 60_000);

  it('new_users targeting leaves out accounts made before the start; unknown keys are 404', async () => {
    const old = await newBuyer(live);
    const key = `new-${randomUUID().slice(0, 8)}`;
    await live.call('POST', '/merchant/experiments', merchant, { key, variants: [{ name: 'A', weight: 1 }, { name: 'B', weight: 0 }], targeting: 'new_users' });
    await live.call('POST', `/merchant/experiments/${key}/start`, merchant);
    const fresh = await newBuyer(live);
    expect((await live.call('GET', `/experiments/${key}/assignment`, old.token)).json.variant).toBeNull();
    expect((await live.call('GET', `/experiments/${key}/assignment`, fresh.token)).json.variant).toBe('A');
    const missing = await live.call('GET', `/experiments/no-such-key/assignment`, fresh.token);
    expect([missing.status, missing.json.code]).toEqual([404, 'EXPERIMENT_NOT_FOUND']);
  });

  /** A second shop: a guest made a merchant in the database, then logged in again so the token carries the role. */
  const otherMerchant = async (): Promise<string> => {
    const deviceId = randomUUID();
    const first = await live.call('POST', '/auth/guest', undefined, { deviceId });
    await live.withDb(async (db) => {
      await db.query(`UPDATE users SET roles = '{user,merchant}' WHERE id = $1`, [first.json.user.id]);
      await db.query(`INSERT INTO merchants (owner_user_id, name) VALUES ($1, '别家店')`, [first.json.user.id]);
    });
    return (await live.call('POST', '/auth/guest', undefined, { deviceId })).json.accessToken;
  };

  it("lists my shop's experiments newest first with exposures per variant; another shop sees none of them", async () => {
    const other = await otherMerchant();
    const keys = [`lst-${randomUUID().slice(0, 8)}`, `lst-${randomUUID().slice(0, 8)}`];
    for (const key of keys) {
      const made = await live.call('POST', '/merchant/experiments', merchant, { key, variants: [{ name: 'grid', weight: 0 }, { name: 'list', weight: 1 }, { name: 'big', weight: 0 }] });
      expect(made.status).toBe(201);
    }
    await live.call('POST', `/merchant/experiments/${keys[1]}/start`, merchant);
    const viewer = await newBuyer(live);
    expect((await live.call('POST', `/experiments/${keys[1]}/exposures`, viewer.token)).json.variant).toBe('list');
    const theirs = `oth-${randomUUID().slice(0, 8)}`;
    expect((await live.call('POST', '/merchant/experiments', other, { key: theirs, variants: [{ name: 'A', weight: 1 }, { name: 'B', weight: 1 }] })).status).toBe(201);

    const mine = await live.call('GET', '/merchant/experiments', merchant, undefined, last());
    expect(mine.status).toBe(200);
    const listed = mine.json.items.map((e: { key: string }) => e.key);
    // Newest first: the second key above the first, and nothing of the other shop.
    expect(listed.indexOf(keys[1])).toBeLessThan(listed.indexOf(keys[0]));
    expect(listed.indexOf(keys[0])).toBeGreaterThanOrEqual(0);
    expect(listed).not.toContain(theirs);
    expect(mine.json.items.find((e: { key: string }) => e.key === keys[1])).toMatchObject({
      status: 'running',
      exposures: [{ variant: 'grid', exposures: 0 }, { variant: 'list', exposures: 1 }, { variant: 'big', exposures: 0 }],
    });
    expect(mine.json.items.find((e: { key: string }) => e.key === keys[0])).toMatchObject({ status: 'draft', startedAt: null });
    expect((await live.call('GET', '/merchant/experiments', other)).json.items.map((e: { key: string }) => e.key)).toEqual([theirs]);

    // Three variants: each compared with the control at 0.05 / 2.
    const results = await live.call('GET', `/merchant/experiments/${keys[1]}/results`, merchant);
    expect(results.json).toMatchObject({ control: 'grid', alpha: 0.025, verdict: '样本不足' });
    expect(results.json.arms.map((a: { verdict: string }) => a.verdict)).toEqual(['对照组', '样本不足', '样本不足']);

    // Another shop's experiment does not exist for me, and mine not for them; a plain user is refused.
    for (const [token, key] of [[other, keys[1]], [merchant, theirs]] as const) {
      const res = await live.call('GET', `/merchant/experiments/${key}/results`, token);
      expect([res.status, res.json.code]).toEqual([404, 'EXPERIMENT_NOT_FOUND']);
      expect((await live.call('POST', `/merchant/experiments/${key}/stop`, token)).json.code).toBe('EXPERIMENT_NOT_FOUND');
    }
    expect((await live.call('GET', '/merchant/experiments', viewer.token)).status).toBe(403);
  });
});
