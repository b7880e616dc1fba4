import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { authTokensSchema, ErrorCode, hostRoomSchema, liveRoomDetailSchema, liveScheduleSchema, type RoomEvent } from '@livemall/shared';
import { DataSource } from 'typeorm';
import { createLogger } from '../src/common/logging/logger';
import { loadConfig } from '../src/config/config';
import { TokensService } from '../src/modules/auth/tokens.service';
import { SchedulesService } from '../src/modules/live/host/schedules.service';
import { UsersRepository } from '../src/modules/users/users.repository';
import { type RunningServer, startServer } from '../src/start-server';
import { scratchDatabase } from './support/database';
import { verifyRoomEvents } from './support/live-room-checks';
import { RoomClient } from './support/room-client';
import { HARNESS_LIMITS, testEnv } from './support/services';

const DEMO_MERCHANT = '6f1c2a52-5d1e-4c8e-9a51-0d6a1f0c0001';
const PUSH_KEY = 'push-key-never-leaves-the-server';
const TENCENT = {
  STREAM_PROVIDER: 'tencent', STREAM_PUSH_DOMAIN: 'push.test.example', STREAM_PLAY_DOMAIN: 'play.test.example', STREAM_PUSH_KEY: PUSH_KEY, STREAM_PLAY_KEY: 'play-key',
};

async function start(databaseUrl: string, redisPrefix: string | null, extra: Record<string, string>): Promise<RunningServer> {
  const env = testEnv();
  const config = loadConfig({
    NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', DATABASE_URL: databaseUrl, ...(redisPrefix ? { REDIS_URL: env.redisUrl, REDIS_PREFIX: redisPrefix } : {}),
    DATA_DIR: mkdtempSync(join(tmpdir(), 'lm-host-e2e-')), H5_DIR: mkdtempSync(join(tmpdir(), 'lm-host-h5-')),
    JWT_SECRET: 'host-e2e-secret-0123456789-0123456789-0123',
    ...HARNESS_LIMITS,
    ...extra,
  });
  return startServer(config, createLogger('silent'));
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// Both modes, as the live room runs: PostgreSQL only with no stream provider (the demo), and scale-out
// (two instances over Redis) with Tencent stream URLs. Each mode has a database of its own, so no other
// test file's server works its scheduled-push jobs.
describe.each([
  ['PostgreSQL only, one instance, no stream provider', false],
  ['scale-out, two instances over Redis, Tencent streams', true],
] as const)('merchant side of live rooms (%s)', (_name, scaleOut) => {
  let db: { url: string; drop(): Promise<void> };
  let servers: RunningServer[];
  let clients: RoomClient[] = [];
  let merchant: string;
  let goods: Array<{ id: string }>;
  const url = (i: number) => servers[i % servers.length]!.url;

  const call = async (method: string, path: string, token?: string, body?: unknown, i = 0) => {
    const headers: Record<string, string> = {};
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (token) headers.authorization = `Bearer ${token}`;
    const res = await fetch(new URL(path, url(i)), { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await res.text();
    return { status: res.status, text, json: (text ? JSON.parse(text) : undefined) as Record<string, unknown> };
  };
  const guest = async () => authTokensSchema.parse((await call('POST', '/auth/guest', undefined, { deviceId: randomUUID() })).json);
  const open = async (i: number, roomId: string, token?: string) => {
    const c = await RoomClient.open(url(i), roomId, token);
    clients.push(c);
    return c;
  };
  /** An account with the merchant role; with a shop of its own unless `shop` is false. */
  const merchantAccount = async (shop = true) => {
    const app = servers[0]!.app;
    const user = await app.get(UsersRepository).upsertSeeded(`host-e2e-${randomUUID()}`, { nickname: '别家店主' }, ['user', 'merchant']);
    if (shop) await app.get(DataSource).query('INSERT INTO merchants (id, owner_user_id, name) VALUES ($1, $2, $3)', [randomUUID(), user.id, '别家店']);
    return (await app.get(TokensService).issue(user)).accessToken;
  };
  const newRoom = async (token = merchant, body: Record<string, unknown> = {}) => {
    const res = await call('POST', '/merchant/rooms', token, { title: '新品首发', anchorName: '林掌柜', ...body });
    expect(res.status).toBe(201);
    return hostRoomSchema.parse(res.json);
  };
  const states = (c: RoomClient) => c.events.flatMap((e) => (e.type === 'room_state' ? [e.status] : []));
  const pushes = (c: RoomClient) => c.events.filter((e): e is Extract<RoomEvent, { type: 'product_push' }> => e.type === 'product_push').map((e) => e.goods.id);

  beforeAll(async () => {
    db = await scratchDatabase();
    const prefix = `${testEnv().redisPrefix}host${randomUUID().slice(0, 6)}:`;
    servers = scaleOut ? [await start(db.url, prefix, TENCENT), await start(db.url, prefix, TENCENT)] : [await start(db.url, null, {})];
    merchant = authTokensSchema.parse((await call('POST', '/auth/demo', undefined, { account: 'merchant' })).json).accessToken;
    goods = ((await call('GET', '/goods?limit=50')).json.items as Array<{ id: string; merchantId: string; stock: number }>).filter((g) => g.merchantId === DEMO_MERCHANT);
    expect(goods.length).toBeGreaterThanOrEqual(3);
  }, 60_000);
  afterEach(() => {
    for (const c of clients) c.close();
    clients = [];
  });
  afterAll(async () => {
    for (const s of servers ?? []) await s.stop();
    await db?.drop();
  });

  it('creates, updates, starts and ends a room; every viewer on every instance sees live and ended once each', async () => {
    const created = await newRoom(merchant, { scheduledAt: new Date(Date.now() + 3_600_000).toISOString() });
    expect(created).toMatchObject({ status: 'scheduled', merchantId: DEMO_MERCHANT, startedAt: null, endedAt: null, reminders: 0, streamName: `room_${created.id.replace(/-/g, '')}` });
    const viewers = await Promise.all([0, 1, 2, 3].map((i) => open(i, created.id)));
    await Promise.all(viewers.map((v) => v.snapshot()));

    const updated = await call('PATCH', `/merchant/rooms/${created.id}`, merchant, { title: '新品首发 · 改', coverUrl: null });
    expect(updated.status).toBe(200);
    expect(hostRoomSchema.parse(updated.json)).toMatchObject({ title: '新品首发 · 改', anchorName: '林掌柜', coverUrl: null, scheduledAt: created.scheduledAt });

    // Five starts at once, over both instances: one changes the room, the rest are no-ops.
    const starts = await Promise.all([0, 1, 2, 3, 4].map((i) => call('POST', `/merchant/rooms/${created.id}/start`, merchant, undefined, i)));
    for (const s of starts) expect(s).toMatchObject({ status: 200, json: { status: 'live' } });
    expect(hostRoomSchema.parse(starts[0]!.json).startedAt).not.toBeNull();
    for (const v of viewers) await v.until((x) => states(x).includes('live'));

    const ends = await Promise.all([0, 1, 2].map((i) => call('POST', `/merchant/rooms/${created.id}/end`, merchant, undefined, i)));
    for (const e of ends) expect(e).toMatchObject({ status: 200, json: { status: 'ended' } });
    expect(hostRoomSchema.parse(ends[0]!.json).endedAt).not.toBeNull();
    for (const v of viewers) await v.until((x) => states(x).includes('ended'));

    expect((await call('POST', `/merchant/rooms/${created.id}/start`, merchant)).json.code).toBe(ErrorCode.ROOM_STATE_CONFLICT);
    expect(await call('PATCH', `/merchant/rooms/${created.id}`, merchant, { title: 'too late' })).toMatchObject({ status: 409, json: { code: ErrorCode.ROOM_STATE_CONFLICT } });
    await sleep(500); // a second, late room_state would show up here
    for (const v of viewers) {
      expect(states(v)).toEqual(['live', 'ended']);
      verifyRoomEvents(v.events);
    }
    expect(((await call('GET', '/live-rooms?limit=50')).json.items as Array<{ id: string }>).map((r) => r.id)).not.toContain(created.id);
  });

  it('cancels a room that never started: scheduled → ended', async () => {
    const room = await newRoom();
    const ended = await call('POST', `/merchant/rooms/${room.id}/end`, merchant);
    expect(ended.json).toMatchObject({ status: 'ended', startedAt: null });
  });

  it('gives the push URL to the room’s merchant only; viewers get play URLs only while live', async () => {
    const room = await newRoom();
    const host = hostRoomSchema.parse((await call('GET', `/merchant/rooms/${room.id}`, merchant)).json);
    let secrets: string[] = [];
    if (scaleOut) {
      const pattern = new RegExp(`^rtmp://push\\.test\\.example/live/${host.streamName}\\?txSecret=([0-9a-f]{32})&txTime=([0-9A-F]{8})$`);
      const [, txSecret, txTime] = pattern.exec(host.pushUrl ?? '') ?? [];
      expect(txSecret).toBe(createHash('md5').update(PUSH_KEY + host.streamName + txTime).digest('hex'));
      expect(parseInt(txTime!, 16) * 1000 - Date.now()).toBeGreaterThan(86_000_000); // valid for the default day
      secrets = [txSecret!, PUSH_KEY, 'push.test.example', 'rtmp://'];
    } else {
      expect(host).toMatchObject({ pushUrl: null, playUrls: null });
      secrets = ['rtmp://'];
    }
    const publicViews = async () => {
      const c = await open(1, room.id);
      const snapshot = await c.snapshot();
      return [
        (await call('GET', `/live-rooms/${room.id}`, undefined, undefined, 1)).text,
        (await call('GET', '/live-rooms?limit=50')).text,
        JSON.stringify(snapshot),
        JSON.stringify(c.frames),
      ];
    };
    for (const text of await publicViews()) for (const s of ['pushUrl', ...secrets]) expect(text).not.toContain(s);
    expect(liveRoomDetailSchema.parse((await call('GET', `/live-rooms/${room.id}`)).json).playUrls).toBeNull(); // not live yet

    await call('POST', `/merchant/rooms/${room.id}/start`, merchant);
    const views = await publicViews();
    for (const text of views) for (const s of ['pushUrl', ...secrets]) expect(text).not.toContain(s);
    const detail = liveRoomDetailSchema.parse((await call('GET', `/live-rooms/${room.id}`)).json);
    const snapshot = await (await open(0, room.id)).snapshot();
    if (scaleOut) {
      expect(detail.playUrls?.flv).toMatch(new RegExp(`^https://play\\.test\\.example/live/${host.streamName}\\.flv\\?txSecret=[0-9a-f]{32}&txTime=[0-9A-F]{8}$`));
      expect(detail.playUrls?.hls).toMatch(new RegExp(`^https://play\\.test\\.example/live/${host.streamName}\\.m3u8\\?txSecret=`));
      expect(snapshot.room.playUrls?.flv).toContain(`/live/${host.streamName}.flv?`);
    } else {
      expect(detail.playUrls).toBeNull();
      expect(snapshot.room.playUrls).toBeNull();
    }
  });

  it('keeps other shops, viewers and shopless accounts out of a room', async () => {
    const room = await newRoom();
    const other = await merchantAccount();
    const shopless = await merchantAccount(false);
    const viewer = (await guest()).accessToken;
    const attempts: Array<[string, string, unknown?]> = [
      ['GET', `/merchant/rooms/${room.id}`],
      ['PATCH', `/merchant/rooms/${room.id}`, { title: 'mine now' }],
      ['POST', `/merchant/rooms/${room.id}/start`],
      ['POST', `/merchant/rooms/${room.id}/end`],
      ['GET', `/merchant/rooms/${room.id}/schedules`],
      ['POST', `/merchant/rooms/${room.id}/schedules`, { goodsId: goods[0]!.id, at: new Date(Date.now() + 60_000).toISOString() }],
    ];
    for (const [method, path, body] of attempts) {
      expect(await call(method, path, other, body)).toMatchObject({ status: 404, json: { code: ErrorCode.ROOM_NOT_FOUND } });
      // Routes for the shop owner only are refused at the door (FORBIDDEN); those a shop's staff may also
      // use let any user in and refuse one who belongs to no shop (NOT_A_MERCHANT).
      const refused = await call(method, path, viewer, body);
      expect(refused.status).toBe(403);
      expect([ErrorCode.FORBIDDEN, ErrorCode.NOT_A_MERCHANT]).toContain(refused.json.code);
      expect(await call(method, path, shopless, body)).toMatchObject({ status: 403, json: { code: ErrorCode.NOT_A_MERCHANT } });
      expect((await call(method, path, undefined, body)).status).toBe(401);
    }
    expect((await call('POST', '/merchant/rooms', shopless, { title: 't', anchorName: 'a' })).json.code).toBe(ErrorCode.NOT_A_MERCHANT);
    expect(hostRoomSchema.parse((await call('GET', `/merchant/rooms/${room.id}`, merchant)).json)).toMatchObject({ status: 'scheduled', title: '新品首发' });
    expect(((await call('GET', '/merchant/rooms?limit=50', other)).json.items as unknown[]).length).toBe(0);
  });

  it('pages my rooms newest first, each once', async () => {
    const owner = await merchantAccount();
    const made: string[] = [];
    for (let i = 0; i < 5; i++) made.push((await newRoom(owner, { title: `room ${i}` })).id);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { status: number; json: Record<string, unknown> } = await call('GET', `/merchant/rooms?limit=2${cursor ? `&cursor=${cursor}` : ''}`, owner);
      expect(page.status).toBe(200);
      const items = (page.json.items as unknown[]).map((r) => hostRoomSchema.parse(r));
      seen.push(...items.map((r) => r.id));
      cursor = page.json.nextCursor as string | null;
    } while (cursor);
    expect(seen).toEqual([...made].reverse());
  });

  it('remembers reminders idempotently and counts them', async () => {
    const room = await newRoom();
    const [a, b] = await Promise.all([guest(), guest()]);
    for (let k = 0; k < 2; k++) {
      expect((await call('PUT', `/live-rooms/${room.id}/reminder`, a.accessToken)).json).toEqual({ roomId: room.id, reminded: true });
    }
    await call('PUT', `/live-rooms/${room.id}/reminder`, b.accessToken, undefined, 1);
    expect((await call('GET', `/live-rooms/${room.id}`)).json.reminders).toBe(2);
    expect((await (await open(1, room.id)).snapshot()).room.reminders).toBe(2);
    expect((await call('GET', '/me/room-reminders', a.accessToken)).json).toEqual({ roomIds: [room.id] });
    for (let k = 0; k < 2; k++) {
      expect((await call('DELETE', `/live-rooms/${room.id}/reminder`, a.accessToken)).json).toEqual({ roomId: room.id, reminded: false });
    }
    expect(hostRoomSchema.parse((await call('GET', `/merchant/rooms/${room.id}`, merchant)).json).reminders).toBe(1);
    expect((await call('GET', '/me/room-reminders', a.accessToken)).json).toEqual({ roomIds: [] });

    await call('POST', `/merchant/rooms/${room.id}/end`, merchant);
    expect((await call('GET', '/me/room-reminders', b.accessToken)).json).toEqual({ roomIds: [] }); // ended rooms drop out
    expect(await call('PUT', `/live-rooms/${room.id}/reminder`, a.accessToken)).toMatchObject({ status: 409, json: { code: ErrorCode.ROOM_STATE_CONFLICT } });
    expect((await call('DELETE', `/live-rooms/${room.id}/reminder`, b.accessToken)).json).toEqual({ roomId: room.id, reminded: false });
    expect(await call('PUT', `/live-rooms/${randomUUID()}/reminder`, a.accessToken)).toMatchObject({ status: 404, json: { code: ErrorCode.ROOM_NOT_FOUND } });
    expect((await call('PUT', `/live-rooms/${room.id}/reminder`)).status).toBe(401);
  });

  it('pushes a scheduled goods card once to every viewer on every instance; a cancelled one never arrives', async () => {
    const room = await newRoom();
    await call('POST', `/merchant/rooms/${room.id}/start`, merchant);
    const viewers = await Promise.all([0, 1, 2, 3].map((i) => open(i, room.id)));
    await Promise.all(viewers.map((v) => v.snapshot()));
    const at = new Date(Date.now() + 2_500).toISOString();
    const kept = await call('POST', `/merchant/rooms/${room.id}/schedules`, merchant, { goodsId: goods[0]!.id, at });
    expect(kept.status).toBe(201);
    expect(liveScheduleSchema.parse(kept.json)).toMatchObject({ roomId: room.id, goods: { id: goods[0]!.id }, pin: true, status: 'pending' });
    const dropped = liveScheduleSchema.parse((await call('POST', `/merchant/rooms/${room.id}/schedules`, merchant, { goodsId: goods[1]!.id, at, pin: false }, 1)).json);
    expect((await call('DELETE', `/merchant/schedules/${dropped.id}`, merchant)).json).toMatchObject({ id: dropped.id, status: 'cancelled' });
    expect(await call('DELETE', `/merchant/schedules/${dropped.id}`, merchant)).toMatchObject({ status: 409, json: { code: ErrorCode.ROOM_STATE_CONFLICT } });

    for (const v of viewers) expect(await v.until((x) => pushes(x).length > 0 && pushes(x), 10_000)).toEqual([goods[0]!.id]);
    // The job delivered again, on every instance: nothing more happens.
    for (const s of servers) expect(await s.app.get(SchedulesService).run(kept.json.id as string)).toBe(false);
    await sleep(2_500);
    for (const v of viewers) {
      expect(pushes(v)).toEqual([goods[0]!.id]);
      verifyRoomEvents(v.events);
    }
    const listed = (await call('GET', `/merchant/rooms/${room.id}/schedules`, merchant)).json.items as Array<{ id: string; status: string }>;
    expect(listed.map((s) => [s.id, s.status]).sort()).toEqual([[kept.json.id, 'pushed'], [dropped.id, 'cancelled']].sort());
    expect(await call('DELETE', `/merchant/schedules/${kept.json.id}`, merchant)).toMatchObject({ status: 409, json: { code: ErrorCode.ROOM_STATE_CONFLICT } });
    expect((await (await open(1, room.id)).snapshot()).pinned?.id).toBe(goods[0]!.id);
  }, 30_000);

  it('cancels pending pushes when the room ends', async () => {
    const room = await newRoom();
    const pending = liveScheduleSchema.parse((await call('POST', `/merchant/rooms/${room.id}/schedules`, merchant, { goodsId: goods[2]!.id, at: new Date(Date.now() + 600_000).toISOString() })).json);
    await call('POST', `/merchant/rooms/${room.id}/end`, merchant);
    expect((await call('GET', `/merchant/rooms/${room.id}/schedules`, merchant)).json.items).toMatchObject([{ id: pending.id, status: 'cancelled' }]);
    const late = await call('POST', `/merchant/rooms/${room.id}/schedules`, merchant, { goodsId: goods[2]!.id, at: new Date(Date.now() + 600_000).toISOString() });
    expect(late).toMatchObject({ status: 409, json: { code: ErrorCode.ROOM_STATE_CONFLICT } });
  });

  it('answers bad input with 4xx and stable codes', async () => {
    const room = await newRoom();
    const other = await merchantAccount();
    const otherShopGoods = (await servers[0]!.app.get(DataSource).query(
      `INSERT INTO goods (merchant_id, title, price_fen) SELECT id, 'x', 1 FROM merchants WHERE id <> $1 LIMIT 1 RETURNING id`, [DEMO_MERCHANT],
    ))[0].id as string;
    const soon = new Date(Date.now() + 60_000).toISOString();
    const cases: Array<[string, string, string | undefined, unknown, number, string]> = [
      ['POST', '/merchant/rooms', merchant, { title: '', anchorName: 'a' }, 400, ErrorCode.VALIDATION_FAILED],
      ['POST', '/merchant/rooms', merchant, { title: 't', anchorName: 'a', scheduledAt: 'tomorrow' }, 400, ErrorCode.VALIDATION_FAILED],
      ['POST', '/merchant/rooms', merchant, { title: 't', anchorName: 'a', coverUrl: 'not a url' }, 400, ErrorCode.VALIDATION_FAILED],
      ['PATCH', `/merchant/rooms/${room.id}`, merchant, {}, 400, ErrorCode.VALIDATION_FAILED],
      ['POST', '/merchant/rooms/not-a-uuid/start', merchant, undefined, 400, ErrorCode.VALIDATION_FAILED],
      ['GET', '/merchant/rooms?cursor=bogus', merchant, undefined, 400, ErrorCode.VALIDATION_FAILED],
      ['GET', '/live-rooms?cursor=bogus', undefined, undefined, 400, ErrorCode.VALIDATION_FAILED],
      ['POST', `/merchant/rooms/${randomUUID()}/start`, merchant, undefined, 404, ErrorCode.ROOM_NOT_FOUND],
      ['POST', `/merchant/rooms/${room.id}/schedules`, merchant, { goodsId: goods[0]!.id, at: new Date(Date.now() - 1_000).toISOString() }, 400, ErrorCode.SCHEDULE_TIME_INVALID],
      ['POST', `/merchant/rooms/${room.id}/schedules`, merchant, { goodsId: goods[0]!.id, at: new Date(Date.now() + 31 * 86_400_000).toISOString() }, 400, ErrorCode.SCHEDULE_TIME_INVALID],
      ['POST', `/merchant/rooms/${room.id}/schedules`, merchant, { goodsId: goods[0]!.id, at: 'soon' }, 400, ErrorCode.VALIDATION_FAILED],
      ['POST', `/merchant/rooms/${room.id}/schedules`, merchant, { goodsId: randomUUID(), at: soon }, 404, ErrorCode.GOODS_NOT_FOUND],
      ['POST', `/merchant/rooms/${room.id}/schedules`, merchant, { goodsId: otherShopGoods, at: soon }, 404, ErrorCode.GOODS_NOT_FOUND],
      ['DELETE', `/merchant/schedules/${randomUUID()}`, merchant, undefined, 404, ErrorCode.SCHEDULE_NOT_FOUND],
      ['DELETE', '/merchant/schedules/nope', merchant, undefined, 400, ErrorCode.VALIDATION_FAILED],
    ];
    for (const [method, path, token, body, status, code] of cases) {
      const res = await call(method, path, token, body);
      expect([method, path, res.status, res.json?.code]).toEqual([method, path, status, code]);
    }
    // Someone else's scheduled push is as good as unknown.
    const mine = liveScheduleSchema.parse((await call('POST', `/merchant/rooms/${room.id}/schedules`, merchant, { goodsId: goods[0]!.id, at: soon })).json);
    expect(await call('DELETE', `/merchant/schedules/${mine.id}`, other)).toMatchObject({ status: 404, json: { code: ErrorCode.SCHEDULE_NOT_FOUND } });
    expect((await call('DELETE', `/merchant/schedules/${mine.id}`, merchant)).json.status).toBe('cancelled');
  });
});
