import { randomUUID } from 'node:crypto';
import { type Lottery, lotterySchema, type RoomEvent } from '@livemall/shared';
import { commit, verifyDraw } from '@livemall/split';
import { LiveServers } from './support/live-servers';
import type { RoomClient } from './support/room-client';

const resultOf = (c: RoomClient, id: string) =>
  c.until((x) => x.events.find((e): e is Extract<RoomEvent, { type: 'lottery_result' }> => e.type === 'lottery_result' && e.lottery.id === id)?.lottery, 15_000);

// Both modes: PostgreSQL only (one instance) and scale-out (two instances over Redis).
describe.each([
  ['PostgreSQL only, one instance', false],
  ['scale-out, two instances over Redis', true],
] as const)('live-room lotteries (%s)', (_name, scaleOut) => {
  let live: LiveServers;
  let roomId: string;
  let merchant: string;

  beforeAll(async () => {
    live = await LiveServers.start(scaleOut);
    roomId = await live.createLiveRoom('lottery room');
    merchant = await live.demo('merchant');
  }, 60_000);
  afterEach(() => live.closeClients());
  afterAll(() => live.stop());

  it('enters the viewers who comment the keyword, draws once, and everyone gets the same verifiable result', async () => {
    const users = await Promise.all(Array.from({ length: 6 }, () => live.guest()));
    const viewers = await Promise.all(users.map((u, i) => live.open(i, roomId, u.accessToken)));
    const guestWatcher = await live.open(1, roomId);
    const requestId = randomUUID();
    const body = { requestId, prize: '脐橙一箱', winners: 2, participation: { kind: 'keyword', keyword: '我要橙子' }, durationSeconds: 600 };
    const created = await live.call('POST', `/merchant/rooms/${roomId}/lotteries`, merchant, body);
    expect(created.status).toBe(201);
    const started = lotterySchema.parse(created.json);
    expect(started).toMatchObject({ status: 'open', seed: null, winners: [], participation: { kind: 'keyword', keyword: '我要橙子' } });
    // A retry of the same start is the same lottery, announced once.
    expect((await live.call('POST', `/merchant/rooms/${roomId}/lotteries`, merchant, body, 1)).json.id).toBe(started.id);
    for (const v of [...viewers, guestWatcher]) await v.until((x) => x.events.some((e) => e.type === 'lottery_started' && e.lottery.id === started.id));

    // Four say the keyword (one twice, one inside a longer comment), two say something else.
    viewers[0]!.send({ type: 'comment', id: 'k0', text: '我要橙子' });
    viewers[1]!.send({ type: 'comment', id: 'k1', text: '我要橙子！！' });
    viewers[2]!.send({ type: 'comment', id: 'k2', text: '主播 我要橙子 谢谢' });
    viewers[3]!.send({ type: 'comment', id: 'k3', text: '我要橙子' });
    viewers[3]!.send({ type: 'comment', id: 'k3b', text: '我要橙子' });
    viewers[4]!.send({ type: 'comment', id: 'k4', text: '我要苹果' });
    viewers[5]!.send({ type: 'comment', id: 'k5', text: 'hello' });
    for (const [i, id] of [[0, 'k0'], [1, 'k1'], [2, 'k2'], [3, 'k3b'], [4, 'k4'], [5, 'k5']] as const) expect(await viewers[i]!.reply(id)).toMatchObject({ type: 'ack' });
    const keywordSayers = users.slice(0, 4).map((u) => u.user.id).sort();
    // Entries are written just after the comment is shown: wait until all four are in.
    const entrants = await waitFor(async () => {
      const got = (await live.call('GET', `/lotteries/${started.id}/entrants`)).json.entrants as string[];
      return got.length >= 4 && got;
    });
    expect(entrants).toEqual(keywordSayers);

    const drawn = await Promise.all([0, 1, 0].map((i) => live.call('POST', `/merchant/lotteries/${started.id}/draw`, merchant, undefined, i)));
    expect(new Set(drawn.map((d) => JSON.stringify(d.json))).size).toBe(1); // three draws, one result
    const result = lotterySchema.parse(drawn[0]!.json);
    expect(result).toMatchObject({ status: 'drawn', entrantCount: 4, commitment: started.commitment });
    expect(result.winners).toHaveLength(2);
    expect(keywordSayers).toEqual(expect.arrayContaining(result.winners.map((w) => w.userId)));

    const seen: Lottery[] = [];
    for (const v of [...viewers, guestWatcher]) {
      seen.push(await resultOf(v, started.id));
      await new Promise((r) => setTimeout(r, 50));
      expect(v.events.filter((e) => e.type === 'lottery_result')).toHaveLength(1);
    }
    for (const s of seen) expect(s).toEqual(result);
    const verdict = verifyDraw({ seed: result.seed!, commitment: started.commitment, entrants, winners: result.winners.map((w) => w.userId) });
    expect(verdict).toEqual({ ok: true });
    expect(commit(result.seed!)).toBe(started.commitment);

    // After the draw the keyword enters nobody.
    viewers[4]!.send({ type: 'comment', id: 'late', text: '我要橙子' });
    await viewers[4]!.reply('late');
    await new Promise((r) => setTimeout(r, 300));
    expect((await live.call('GET', `/lotteries/${started.id}/entrants`)).json.entrants).toEqual(keywordSayers);
  });

  it('enters every logged-in viewer watching, and the scheduled job draws it when the window ends', async () => {
    const users = await Promise.all(Array.from({ length: 4 }, () => live.guest()));
    const viewers = await Promise.all(users.map((u, i) => live.open(i, roomId, u.accessToken)));
    const merchantSocket = await live.open(0, roomId, merchant);
    const created = await live.call('POST', `/merchant/rooms/${roomId}/lotteries`, merchant, { requestId: randomUUID(), prize: '草莓', winners: 10, participation: { kind: 'viewers' }, durationSeconds: 10 });
    expect(created.status).toBe(201);
    // Someone who joins during the window takes part too.
    const late = await live.guest();
    viewers.push(await live.open(1, roomId, late.accessToken));
    const results = await Promise.all([...viewers, merchantSocket].map((v) => resultOf(v, created.json.id)));
    const result = results[0]!;
    expect(results.every((r) => JSON.stringify(r) === JSON.stringify(result))).toBe(true);
    const everyone = [...users, late].map((u) => u.user.id).sort();
    // Ten prizes, five entrants: all of them win; the merchant never takes part in their own lottery.
    expect(result.winners.map((w) => w.userId).sort()).toEqual(everyone);
    expect((await live.call('GET', `/lotteries/${created.json.id}/entrants`)).json.entrants).toEqual(everyone);
  }, 30_000);

  it('refuses what it must: not the room’s merchant, not live, bad input, unknown lottery', async () => {
    const viewer = await live.guest();
    const body = { requestId: randomUUID(), prize: 'x', winners: 1, participation: { kind: 'viewers' } };
    expect((await live.call('POST', `/merchant/rooms/${roomId}/lotteries`, viewer.accessToken, body)).status).toBe(403);
    const upcoming = await live.createLiveRoom('later', 'scheduled');
    expect((await live.call('POST', `/merchant/rooms/${upcoming}/lotteries`, merchant, body)).json.code).toBe('ROOM_NOT_LIVE');
    expect((await live.call('POST', `/merchant/rooms/${randomUUID()}/lotteries`, merchant, body)).json.code).toBe('ROOM_NOT_FOUND');
    for (const bad of [{ ...body, winners: 0 }, { ...body, prize: ' ' }, { ...body, participation: { kind: 'keyword', keyword: '' } }, { ...body, durationSeconds: 5 }]) {
      const res = await live.call('POST', `/merchant/rooms/${roomId}/lotteries`, merchant, bad);
      expect([res.status, res.json.code]).toEqual([400, 'VALIDATION_FAILED']);
    }
    expect((await live.call('GET', `/lotteries/${randomUUID()}`)).json.code).toBe('LOTTERY_NOT_FOUND');
    expect((await live.call('POST', `/merchant/lotteries/${randomUUID()}/draw`, merchant)).json.code).toBe('LOTTERY_NOT_FOUND');
  });
});

async function waitFor<T>(probe: () => Promise<T | false>, ms = 5000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const got = await probe();
    if (got) return got;
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}
