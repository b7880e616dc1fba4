import type { RoomClient } from './support/room-client';
import { LiveServers } from './support/live-servers';

const lastOnline = (c: RoomClient) => c.events.filter((e) => e.type === 'online').at(-1);

// Both modes: PostgreSQL only (one instance) and scale-out (two instances over Redis).
describe.each([
  ['PostgreSQL only, one instance', false],
  ['scale-out, two instances over Redis', true],
] as const)('live-room online count (%s)', (_name, scaleOut) => {
  let live: LiveServers;
  let roomId: string;

  beforeAll(async () => {
    live = await LiveServers.start(scaleOut);
    roomId = await live.createLiveRoom('online room');
  }, 60_000);
  afterAll(() => live.stop());

  it('counts the viewers on every instance, and follows them leaving, within a few seconds', async () => {
    const viewers = await Promise.all([0, 1, 2, 3, 4].map((i) => live.open(i, roomId)));
    const sees = (c: RoomClient, n: number) => c.until((x) => (lastOnline(x) as { count: number } | undefined)?.count === n, 10_000);
    for (const v of viewers) await sees(v, 5);
    viewers[0]!.close();
    viewers[1]!.close();
    for (const v of viewers.slice(2)) await sees(v, 3);
    // A joiner's snapshot has the count too.
    const joiner = await live.open(1, roomId);
    expect([3, 4]).toContain((await joiner.snapshot()).online);
  }, 30_000);
});
