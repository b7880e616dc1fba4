import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { authTokensSchema, verifyRoomEvents } from './support/live-room-checks';
import { createLogger } from '../src/common/logging/logger';
import { loadConfig } from '../src/config/config';
import { type RunningServer, startServer } from '../src/start-server';
import { RoomClient } from './support/room-client';
import { HARNESS_LIMITS, testEnv } from './support/services';

const DEMO_ROOM = '6f1c2a52-5d1e-4c8e-9a51-0d6a1f0c0101';

async function start(redis: boolean, prefix: string): Promise<RunningServer> {
  const env = testEnv();
  const config = loadConfig({
    NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', DATABASE_URL: env.databaseUrl, ...(redis ? { REDIS_URL: env.redisUrl, REDIS_PREFIX: `${env.redisPrefix}${prefix}` } : {}),
    DATA_DIR: mkdtempSync(join(tmpdir(), 'lm-live-e2e-')), H5_DIR: mkdtempSync(join(tmpdir(), 'lm-live-h5-')), SENSITIVE_WORDS: 'sb,!加微信',
    // Instances of one deployment share the signing secret, or a token from one is refused by the other.
    JWT_SECRET: 'live-e2e-secret-0123456789-0123456789-0123',
    ...HARNESS_LIMITS,
  });
  return startServer(config, createLogger('silent'));
}

// Both modes: PostgreSQL only (one instance, in-process bus) and scale-out (two instances sharing Redis).
describe.each([
  ['PostgreSQL only, one instance', false],
  ['scale-out, two instances over Redis', true],
] as const)('live room over WebSocket (%s)', (_name, scaleOut) => {
  let servers: RunningServer[];
  let clients: RoomClient[] = [];
  const url = (i: number) => servers[i % servers.length]!.url;

  const call = async (method: string, path: string, token?: string, body?: unknown) => {
    const headers: Record<string, string> = {};
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (token) headers.authorization = `Bearer ${token}`;
    const res = await fetch(new URL(path, url(0)), { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await res.text();
    return { status: res.status, json: (text ? JSON.parse(text) : undefined) as Record<string, unknown> };
  };
  const guest = async () => authTokensSchema.parse((await call('POST', '/auth/guest', undefined, { deviceId: randomUUID() })).json);
  const open = async (i: number, token?: string, since?: number) => {
    const c = await RoomClient.open(url(i), DEMO_ROOM, token, since);
    clients.push(c);
    return c;
  };

  beforeAll(async () => {
    const prefix = `live${randomUUID().slice(0, 6)}:`;
    servers = scaleOut ? [await start(true, prefix), await start(true, prefix)] : [await start(false, '')];
  }, 60_000);
  afterEach(() => {
    for (const c of clients) c.close();
    clients = [];
  });
  afterAll(async () => {
    for (const s of servers) await s.stop();
  });

  it('sends a snapshot on join and every comment to every viewer once, in order per sender, on every instance', async () => {
    const senders = await Promise.all([guest(), guest(), guest()]);
    const watchers = await Promise.all([0, 1, 2, 3].map((i) => open(i)));
    const talkers = await Promise.all(senders.map((s, i) => open(i, s.accessToken)));
    const snap = await watchers[0]!.snapshot();
    expect(snap.room.id).toBe(DEMO_ROOM);
    expect(snap.you).toBeNull();
    expect((await talkers[0]!.snapshot()).you?.userId).toBe(senders[0]!.user.id);

    talkers.forEach((t, s) => [1, 2, 3].forEach((n) => t.send({ type: 'comment', id: `c${s}-${n}`, text: `sender${s} #${n}` })));
    const expected = senders.flatMap((_, s) => [1, 2, 3].map((n) => `sender${s} #${n}`));
    for (const c of [...watchers, ...talkers]) {
      const texts = await c.until((x) => (x.comments().filter((t) => t.startsWith('sender')).length >= 9 ? x.comments() : undefined));
      expect([...texts].sort()).toEqual([...expected].sort()); // each once
      for (let s = 0; s < 3; s++) expect(texts.filter((t) => t.startsWith(`sender${s} `))).toEqual([1, 2, 3].map((n) => `sender${s} #${n}`));
      verifyRoomEvents(c.events); // seq strictly increasing: no duplicates, room order kept
    }
  });

  it('refuses a fourth comment in a burst, masks listed words, refuses rejecting ones, and refuses guests', async () => {
    const me = await guest();
    const c = await open(0, me.accessToken);
    const watcher = await open(1);
    await c.snapshot();
    c.send({ type: 'comment', id: 'a', text: '主播 sb 吗' });
    expect(await c.reply('a')).toEqual({ type: 'ack', id: 'a', text: '主播 ** 吗' });
    c.send({ type: 'comment', id: 'b', text: '快来加微信' });
    expect(await c.reply('b')).toMatchObject({ type: 'error', code: 'COMMENT_REJECTED' });
    c.send({ type: 'comment', id: 'c', text: 'two' });
    c.send({ type: 'comment', id: 'd', text: 'three' });
    c.send({ type: 'comment', id: 'e', text: 'four' });
    expect(await c.reply('e')).toMatchObject({ type: 'error', code: 'RATE_LIMITED' });
    await watcher.until((x) => x.comments().includes('three'));
    expect(watcher.comments()).toContain('主播 ** 吗');
    expect(watcher.comments()).not.toContain('快来加微信');
    expect(watcher.comments()).not.toContain('four');

    const anonymous = await open(0);
    anonymous.send({ type: 'comment', id: 'g', text: 'hello' });
    expect(await anonymous.reply('g')).toMatchObject({ type: 'error', code: 'UNAUTHORIZED' });
  });

  it('refuses a muted viewer until the mute ends', async () => {
    const merchant = authTokensSchema.parse((await call('POST', '/auth/demo', undefined, { account: 'merchant' })).json).accessToken;
    const me = await guest();
    const muted = await call('POST', `/merchant/rooms/${DEMO_ROOM}/mutes`, merchant, { userId: me.user.id, minutes: 10 });
    expect(muted.status).toBe(200);
    const c = await open(1, me.accessToken);
    await c.snapshot();
    c.send({ type: 'comment', id: 'm', text: 'let me speak' });
    expect(await c.reply('m')).toMatchObject({ type: 'error', code: 'USER_MUTED' });
    expect((await call('POST', `/merchant/rooms/${DEMO_ROOM}/mutes`, me.accessToken, { userId: me.user.id, minutes: 1 })).status).toBe(403);
  });

  it('counts a burst of 10,000 likes from 100 viewers exactly', async () => {
    const observer = await open(1);
    const start = (await observer.snapshot()).likes;
    const likers = await Promise.all(Array.from({ length: 100 }, (_, i) => open(i)));
    await Promise.all(likers.map((l) => l.until((x) => x.frames.some((f) => f.type === 'snapshot'))));
    for (const l of likers) for (let k = 0; k < 4; k++) l.send({ type: 'like', count: 25 });
    const total = await observer
      .until((x) => x.events.some((e) => e.type === 'likes' && e.total === start + 10_000) && start + 10_000, 10_000)
      .catch(() => `likes seen: ${observer.events.flatMap((e) => (e.type === 'likes' ? [e.total] : [])).join(',')} from ${start}`);
    expect(total).toBe(start + 10_000);
    await new Promise((r) => setTimeout(r, 700)); // a late flush would show up as a higher total
    const totals = observer.events.flatMap((e) => (e.type === 'likes' ? [e.total] : []));
    expect(Math.max(...totals)).toBe(start + 10_000);
  });

  it('delivers a product push to everyone and pins it for those who join later', async () => {
    const merchant = authTokensSchema.parse((await call('POST', '/auth/demo', undefined, { account: 'merchant' })).json).accessToken;
    const viewers = await Promise.all([0, 1, 2, 3].map((i) => open(i)));
    await Promise.all(viewers.map((v) => v.snapshot()));
    const goods = (await call('GET', '/goods?limit=1')).json.items as Array<{ id: string }>;
    const pushed = await call('POST', `/merchant/rooms/${DEMO_ROOM}/pushes`, merchant, { goodsId: goods[0]!.id, pin: true });
    expect(pushed.status).toBe(200);
    for (const v of viewers) expect(await v.until((x) => x.events.find((e) => e.type === 'product_push'))).toMatchObject({ goods: { id: goods[0]!.id } });
    expect((await (await open(1)).snapshot()).pinned?.id).toBe(goods[0]!.id);
    expect((await call('POST', `/merchant/rooms/${DEMO_ROOM}/pushes`, merchant, { goodsId: randomUUID(), pin: false })).json.code).toBe('GOODS_NOT_FOUND');
  });

  it('shows a new red packet as a bubble to everyone in the room', async () => {
    const admin = authTokensSchema.parse((await call('POST', '/auth/demo', undefined, { account: 'admin' })).json).accessToken;
    const merchant = authTokensSchema.parse((await call('POST', '/auth/demo', undefined, { account: 'merchant' })).json).accessToken;
    const merchantId = (await call('GET', '/live-rooms/' + DEMO_ROOM)).json.merchantId as string;
    expect((await call('POST', '/admin/merchant-top-ups', admin, { requestId: randomUUID(), merchantId, amount: 1_000 })).status).toBe(200);
    const viewers = await Promise.all([0, 1].map((i) => open(i)));
    await Promise.all(viewers.map((v) => v.snapshot()));
    const created = await call('POST', '/merchant/red-packets', merchant, {
      requestId: randomUUID(), roomId: DEMO_ROOM, type: 'lucky', totalAmount: 1_000, totalCount: 5, slogan: '直播间福利', validUntil: new Date(Date.now() + 600_000).toISOString(),
    });
    expect(created.status).toBe(201);
    for (const v of viewers) {
      expect(await v.until((x) => x.events.find((e) => e.type === 'red_packet'))).toMatchObject({ redPacket: { id: created.json.id, slogan: '直播间福利', status: 'active' } });
    }
    expect((await (await open(1)).snapshot()).redPackets.map((p) => p.id)).toContain(created.json.id);
  });

  it('answers invalid frames with an error event and keeps the connection', async () => {
    const c = await open(0);
    await c.snapshot();
    c.send('not json');
    c.send({ type: 'comment', id: 'long', text: 'x'.repeat(101) });
    c.send({ type: 'like', id: 'zero', count: 0 });
    c.send({ type: 'teleport', id: 'what' });
    expect(await c.reply('long')).toMatchObject({ type: 'error', code: 'VALIDATION_FAILED' });
    expect(await c.reply('zero')).toMatchObject({ type: 'error', code: 'VALIDATION_FAILED' });
    expect(await c.reply('what')).toMatchObject({ type: 'error', code: 'VALIDATION_FAILED' });
    c.send({ type: 'ping', id: 'still-there' });
    await c.until((x) => x.frames.find((f) => f.type === 'pong' && f.id === 'still-there'));
    expect(c.frames.filter((f) => f.type === 'error')).toHaveLength(4);
  });

  it('resumes after a reconnect with exactly the missed events', async () => {
    const me = await guest();
    const talker = await open(0, me.accessToken);
    const first = await open(1);
    await Promise.all([talker.snapshot(), first.snapshot()]);
    talker.send({ type: 'comment', id: 'r1', text: 'before' });
    await first.until((x) => x.comments().includes('before'));
    const lastSeen = Math.max(...first.events.map((e) => e.seq));
    first.close();
    talker.send({ type: 'comment', id: 'r2', text: 'while away 1' });
    talker.send({ type: 'comment', id: 'r3', text: 'while away 2' });
    await talker.until((x) => x.events.some((e) => e.type === 'comment' && e.comment.text === 'while away 2'));
    const back = await open(1, undefined, lastSeen);
    const missed = await back.until((x) => (x.comments().includes('while away 2') ? x.comments() : undefined));
    expect(missed.filter((t) => t !== 'before')).toEqual(['while away 1', 'while away 2']);
    expect(back.frames.some((f) => f.type === 'snapshot')).toBe(false);
    expect(back.events.every((e) => e.seq > lastSeen)).toBe(true);
  });
});
