import { DEFAULT_POINTS_RULES } from '@livemall/shared';
import { LiveActionPoints } from '../src/modules/points/live-action-points';
import { PointsClock } from '../src/modules/points/points-clock';
import { LiveServers } from './support/live-servers';

/** Polls until `probe` answers something truthy (credits are written just after the comment or the leave). */
async function waitFor<T>(probe: () => Promise<T | false>, ms = 10_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const got = await probe();
    if (got) return got;
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}
const settle = () => new Promise((r) => setTimeout(r, 300));

// Both modes: one instance, and two instances over Redis (viewers spread over both).
describe.each([
  ['PostgreSQL only', false],
  ['scale-out, two instances over Redis', true],
] as const)('live-room action points and check-in growth (%s)', (_name, scaleOut) => {
  let live: LiveServers;
  /** The platform admin: the points rules are the platform's. */
  let admin: string;
  let roomId: string;
  /** The points clock on every instance runs this far ahead of the real one (sockets time joins in real time). */
  let aheadMs = 0;
  const instance = (i: number) => (scaleOut ? i % 2 : 0);

  beforeAll(async () => {
    live = await LiveServers.start(scaleOut);
    admin = await live.demo('admin');
    roomId = await live.createLiveRoom('points room');
    for (const server of live.servers) jest.spyOn(server.app.get(PointsClock), 'now').mockImplementation(() => new Date(Date.now() + aheadMs));
  }, 60_000);
  afterEach(() => {
    live.closeClients();
    aheadMs = 0;
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await live.stop();
  });

  const rules = async (r: Partial<typeof DEFAULT_POINTS_RULES>) => {
    const saved = await live.call('PUT', '/admin/points/rules', admin, { ...DEFAULT_POINTS_RULES, ...r });
    expect(saved.status).toBe(200);
  };
  const earned = (userId: string, reason: string) =>
    live.withDb(async (db) =>
      (await db.query(
        `SELECT e.delta::int AS delta, e.reference FROM ledger_entries e JOIN wallets w ON w.id = e.wallet_id WHERE w.owner_type = 'points' AND w.owner_id = $1 AND e.reason = $2 ORDER BY e.id`,
        [userId, reason],
      )).rows as Array<{ delta: number; reference: string }>,
    );
  const comment = async (i: number, token: string, id: string) => {
    const v = await live.open(instance(i), roomId, token);
    v.send({ type: 'comment', id, text: `你好 ${id}` });
    expect(await v.reply(id)).toMatchObject({ type: 'ack' });
  };

  it('the first comment of a China day earns once, however many comments and instances; the next day earns again', async () => {
    await rules({ liveFirstCommentPoints: 7 });
    const u = await live.guest();
    // Two comments at once (on two instances in scale-out); three a user at most here, the room's burst limit.
    await Promise.all([comment(0, u.accessToken, 'a'), comment(1, u.accessToken, 'b')]);
    await waitFor(async () => (await earned(u.user.id, 'live_comment_points')).length > 0);
    await settle();
    expect(await earned(u.user.id, 'live_comment_points')).toEqual([{ delta: 7, reference: roomId }]);

    aheadMs = 24 * 3600_000;
    await comment(1, u.accessToken, 'd');
    const both = await waitFor(async () => ((await earned(u.user.id, 'live_comment_points')).length === 2 ? earned(u.user.id, 'live_comment_points') : false));
    expect(both.map((e) => e.delta)).toEqual([7, 7]);
  });

  it(`watching the room the rule's minutes earns once a day; a shorter stay earns nothing`, async () => {
    await rules({ liveWatchMinutes: 5, liveWatchPoints: 4 });
    const u = await live.guest();
    const actions = live.servers[0]!.app.get(LiveActionPoints);
    expect(await actions.left(roomId, u.user.id, new Date(Date.now() - 4 * 60_000))).toBe(false); // 4 of 5 minutes

    // Two connections (two instances in scale-out) both stay six minutes and close together: one credit.
    const viewers = await Promise.all([0, 1].map((i) => live.open(instance(i), roomId, u.accessToken)));
    aheadMs = 6 * 60_000;
    for (const v of viewers) v.close();
    await waitFor(async () => (await earned(u.user.id, 'live_watch_points')).length > 0);
    await settle();
    expect(await earned(u.user.id, 'live_watch_points')).toEqual([{ delta: 4, reference: roomId }]);
    // Another long stay the same day earns nothing more.
    expect(await actions.left(roomId, u.user.id, new Date(0))).toBe(false);
  });

  it('check-ins add one growth a day, once however many race', async () => {
    const b = await live.guest();
    const growth = async () => (await live.call('GET', '/me/member', b.accessToken)).json.growth as number;
    const calls = await Promise.all(Array.from({ length: 6 }, (_, i) => live.call('POST', '/me/checkin', b.accessToken, undefined, instance(i))));
    expect(calls.map((c) => c.status)).toEqual(Array(6).fill(200));
    expect(await growth()).toBe(1);
    aheadMs = 24 * 3600_000;
    expect((await live.call('POST', '/me/checkin', b.accessToken)).json.fresh).toBe(true);
    expect(await growth()).toBe(2);
    const rows = await live.withDb(async (db) => (await db.query(`SELECT key, amount FROM member_growth WHERE user_id = $1 ORDER BY key`, [b.user.id])).rows);
    expect(rows).toHaveLength(2);
    for (const r of rows) expect(r).toMatchObject({ key: expect.stringMatching(new RegExp(`^checkin:${b.user.id}:\\d{4}-\\d{2}-\\d{2}$`)), amount: 1 });
  });

  it('with the rules off, comments and long stays earn nothing', async () => {
    await rules({});
    const u = await live.guest();
    const v = await live.open(instance(1), roomId, u.accessToken);
    v.send({ type: 'comment', id: 'off', text: '在吗' });
    expect(await v.reply('off')).toMatchObject({ type: 'ack' });
    aheadMs = 60 * 60_000;
    v.close();
    const actions = live.servers[0]!.app.get(LiveActionPoints);
    expect(await actions.commented(roomId, u.user.id)).toBe(false);
    expect(await actions.left(roomId, u.user.id, new Date(0))).toBe(false);
    await settle();
    expect(await earned(u.user.id, 'live_comment_points')).toEqual([]);
    expect(await earned(u.user.id, 'live_watch_points')).toEqual([]);
  });
});
