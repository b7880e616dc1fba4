import { api, ErrorCode, type RouteContract } from '@livemall/shared';
import Redis from 'ioredis';
import { APP_CONFIG } from '../../src/config/config.tokens';
import type { AppConfig } from '../../src/config/config';
import { LiveServers } from '../support/live-servers';
import { testEnv } from '../support/services';
import { casesFor, type FuzzCase, operationsOf } from './support/fuzz-cases';
import { changed, databaseFingerprint, redisFingerprint } from './support/fuzz-fingerprint';
import { FuzzHttp, type FuzzRequest, type FuzzResponse, pool } from './support/fuzz-http';
import { rawBoundaryCases, rawCases, type RawCase } from './support/fuzz-raw';
import { fuzzSeed, Rng } from './support/fuzz-rng';
import { buildWorld, type FuzzTokens, realIdPicker } from './support/fuzz-world';
import { FuzzSocket, type WsFrame, wsFrames } from './support/fuzz-ws';

/**
 * Hostile input across the whole API. The generator reads the OpenAPI document the server serves and
 * the shared zod schemas; every operation gets invalid and boundary requests, and the room socket gets
 * invalid frames. A request the route's own schema (or its token) refuses must be answered with a 4xx
 * carrying a known error code and must change no row (every table is fingerprinted before and after);
 * boundary-but-valid input may succeed, but nothing may answer 5xx.
 *
 * CI: PostgreSQL only, ≥10,000 requests and frames. `VERIFY_LONG=1`: both modes, ≥100,000 each.
 * Replay a run with the seed it printed: `FUZZ_SEED=<seed>` (and `FUZZ_SCALE_OUT=1` for a scale-out seed).
 */
const LONG = process.env.VERIFY_LONG === '1';
const TARGET = LONG ? 100_000 : 10_000;
const CONCURRENCY = 16;
const WS_SHARE = 0.06;
// `FUZZ_SCALE_OUT=1` runs the short form in scale-out mode only (to replay a scale-out seed).
const modes = LONG ? [false, true] : [process.env.FUZZ_SCALE_OUT === '1'];

/** WeChat Pay's notify route answers in WeChat's protocol (`{ code: 'FAIL' }`), not the API's error body. */
const FOREIGN_BODIES = new Set(['/payments/wechat/notify']);
const knownCodes = new Set<string>(Object.values(ErrorCode));

interface Outcome {
  req: FuzzRequest;
  res: FuzzResponse;
}

const describeOutcome = ({ req, res }: Outcome) =>
  `${req.method} ${req.path.slice(0, 300)} [${req.label.slice(0, 200)}] body=${String(req.body ?? '').slice(0, 300)} → ${res.status} ${res.text.slice(0, 400)}`;

function codeOf(res: FuzzResponse): string | undefined {
  try {
    return (JSON.parse(res.text) as { code?: string }).code;
  } catch {
    return undefined;
  }
}

/** A 5xx the route declares for a dependency this deployment does not have (WeChat is not configured in tests). */
function declaredUnavailable(route: RouteContract | undefined, res: FuzzResponse): boolean {
  const code = codeOf(res);
  return (res.status === 502 || res.status === 503) && code !== undefined && (route?.errors ?? []).includes(code as ErrorCode);
}

describe.each(modes.map((scaleOut) => [scaleOut ? 'scale-out with Redis' : 'PostgreSQL only', scaleOut] as const))('fuzz: hostile input (%s)', (_name, scaleOut) => {
  const seed = fuzzSeed();
  const rng = new Rng(seed);
  let live: LiveServers;
  let http: FuzzHttp;
  let tokens: FuzzTokens;
  let roomId: string;
  let rejectCases: FuzzCase[] = [];
  let boundaryCases: FuzzCase[] = [];
  let frames: WsFrame[] = [];
  const perOperation = new Map<string, number>();
  const counts = { rejectHttp: 0, boundaryHttp: 0, raw: 0, rejectFrames: 0, boundaryFrames: 0, closingFrames: 0, declaredUnavailable: 0 };
  let redis: Redis | undefined;
  let redisPrefix = '';

  const fingerprint = async () => ({
    db: await live.withDb(databaseFingerprint),
    redis: redis ? await redisFingerprint(redis, redisPrefix) : new Map<string, string>(),
  });

  const run = async (requests: readonly FuzzRequest[], into: Outcome[]) => {
    await pool(requests, CONCURRENCY, async (req) => {
      const res = await http.send(req);
      // Successes are only counted: their bodies would hold hundreds of MB over a long run.
      into.push({ req, res: res.status >= 400 || res.status === 0 ? res : { status: res.status, text: res.text.slice(0, 300) } });
    });
  };

  beforeAll(async () => {
    // eslint-disable-next-line no-console
    console.log(`fuzz (${_name}): seed ${seed} — replay with FUZZ_SEED=${seed}`);
    // The support webhook configured, so a bad signature is refused as such (not "not configured").
    live = await LiveServers.start(scaleOut, { WX_SERVICE_TOKEN: 'fuzzToken123' });
    if (scaleOut) {
      redisPrefix = live.servers[0]!.app.get<string, AppConfig>(APP_CONFIG).redisPrefix;
      redis = new Redis(testEnv().redisUrl);
    }
    http = new FuzzHttp(live.servers.map((s) => s.url), CONCURRENCY);
    const world = await buildWorld(live);
    tokens = world.tokens;
    roomId = world.roomId;

    const docRes = await http.send({ method: 'GET', path: '/docs/openapi.json', label: 'the OpenAPI document' });
    expect(docRes.status).toBe(200);
    const ops = operationsOf(JSON.parse(docRes.text), api as unknown as Record<string, RouteContract>);
    // Every contract route is in the document, so a new route is fuzzed without anyone touching this file.
    expect(ops.map((o) => o.operationId).sort()).toEqual(Object.keys(api).sort());

    const wsCount = Math.ceil(TARGET * WS_SHARE);
    const raw = rawCases(rng, tokens, roomId);
    const perRoute = Math.ceil((TARGET - wsCount - raw.length) / ops.length);
    const realId = realIdPicker(world.ids, rng);
    const bodyId = (segment: string) => {
      const known = world.ids.get(segment) ?? [];
      return known.length && rng.chance(0.8) ? rng.pick(known) : undefined;
    };
    // Shuffled: requests to one route arrive among others, and sometimes at the same moment.
    const all = rng.shuffle(ops.flatMap((op) => casesFor(op, perRoute, rng, tokens, realId, bodyId)));
    rejectCases = all.filter((c) => c.mustReject);
    boundaryCases = all.filter((c) => !c.mustReject);
    frames = wsFrames(wsCount, rng);
    for (const c of all) perOperation.set(c.operationId, (perOperation.get(c.operationId) ?? 0) + 1);
  }, 120_000);

  afterAll(async () => {
    http?.close();
    redis?.disconnect();
    await live?.stop();
    // eslint-disable-next-line no-console
    console.log(`fuzz (${_name}): seed ${seed}; ${JSON.stringify(counts)}; total ${counts.rejectHttp + counts.boundaryHttp + counts.raw + counts.rejectFrames + counts.boundaryFrames}`);
  });

  it('refuses every invalid request and frame with a 4xx and a known code, and changes no data', async () => {
    const sockets = [await FuzzSocket.open(live.url(0), roomId, tokens.user), await FuzzSocket.open(live.url(1), roomId, tokens.merchant), await FuzzSocket.open(live.url(0), roomId, undefined)];
    await new Promise((r) => setTimeout(r, 1_500)); // joins and the likes flush settle before the "before"
    const before = await fingerprint();

    const outcomes: Outcome[] = [];
    await run(rejectCases, outcomes);
    const raw = rawCases(rng, tokens, roomId);
    const rawOutcomes: Outcome[] = [];
    await run(raw, rawOutcomes);
    counts.rejectHttp = outcomes.length;
    counts.raw = rawOutcomes.length;

    // Frames: a burst per socket, then every one answered; a frame over maxPayload gets a socket of its own.
    const invalid = frames.filter((f) => f.mustReject);
    const closing = invalid.filter((f) => f.closes);
    const answered = invalid.filter((f) => !f.closes);
    for (let i = 0; i < answered.length; i += 60) {
      const burst = answered.slice(i, i + 60);
      const socket = sockets[(i / 60) % sockets.length]!;
      const already = socket.replies();
      for (const f of burst) await socket.send(f);
      await socket.answered(already + burst.length);
    }
    const closeCodes: number[] = [];
    for (const f of closing) {
      const s = await FuzzSocket.open(live.url(0), roomId, tokens.user);
      await s.send(f).catch(() => undefined);
      await s.answered(Number.MAX_SAFE_INTEGER, 45_000).catch(() => undefined);
      closeCodes.push(s.closeCode ?? -1);
      s.close();
    }
    counts.rejectFrames = invalid.length;
    counts.closingFrames = closing.length;
    await new Promise((r) => setTimeout(r, 1_500)); // a like that slipped through would be flushed by now
    const after = await fingerprint();
    for (const s of sockets) s.close();

    const fiveHundreds = [...outcomes, ...rawOutcomes].filter((o) => o.res.status >= 500).map(describeOutcome);
    const accepted = outcomes.filter((o) => o.res.status > 0 && o.res.status < 400).map(describeOutcome);
    const noAnswer = [...outcomes, ...rawOutcomes].filter((o) => o.res.status === 0).map(describeOutcome);
    const unknownCodes = [...outcomes, ...rawOutcomes]
      .filter((o) => o.res.status >= 400 && o.res.status < 500 && !FOREIGN_BODIES.has(o.req.path) && !knownCodes.has(codeOf(o.res) ?? ''))
      .map(describeOutcome);
    const rawWrong = rawOutcomes.filter((o) => {
      const want = o.req as RawCase;
      return o.res.status < 400 || (want.status !== undefined && o.res.status !== want.status) || (want.code !== undefined && codeOf(o.res) !== want.code);
    });
    const frameReplies = sockets.flatMap((s) => s.received).filter((f) => f.type === 'error' || f.type === 'ack' || f.type === 'pong');
    const report = {
      fiveHundreds: fiveHundreds.slice(0, 60),
      noAnswer: noAnswer.slice(0, 60),
      acceptedInvalid: accepted.slice(0, 60),
      unknownCodes: unknownCodes.slice(0, 60),
      rawWrong: rawWrong.map(describeOutcome),
      framesAcked: frameReplies.filter((f) => f.type !== 'error').length,
      frameErrorsNotValidation: frameReplies.filter((f) => f.type === 'error' && f.code !== 'VALIDATION_FAILED').map((f) => f.code),
      // 1009 (too big); 1006 if the connection was dropped before the close frame arrived.
      closeCodes: closeCodes.filter((c) => c !== 1009 && c !== 1006),
      databaseChanged: changed(before.db, after.db),
      redisChanged: changed(before.redis, after.redis),
      prototypePolluted: 'polluted' in Object.prototype,
    };
    expect(report).toEqual({
      fiveHundreds: [],
      noAnswer: [],
      acceptedInvalid: [],
      unknownCodes: [],
      rawWrong: [],
      framesAcked: 0,
      frameErrorsNotValidation: [],
      closeCodes: [],
      databaseChanged: [],
      redisChanged: [],
      prototypePolluted: false,
    });
    expect(frameReplies.length).toBe(answered.length);
  }, 600_000);

  it('answers boundary-but-valid input without a 5xx', async () => {
    const outcomes: Outcome[] = [];
    await run([...boundaryCases, ...rawBoundaryCases(tokens)], outcomes);
    counts.boundaryHttp = outcomes.length;
    const socket = await FuzzSocket.open(live.url(0), roomId, tokens.user);
    const valid = frames.filter((f) => !f.mustReject);
    for (const f of valid) await socket.send(f);
    // Valid comments may be rate-limited; each frame still gets one answer (ack or error).
    await socket.answered(valid.length);
    const closedEarly = socket.open ? null : socket.closeCode;
    socket.close();
    counts.boundaryFrames = valid.length;
    // Every comment the room acknowledged is stored (one hostile comment must not sink its whole batch).
    const acked = socket.received.filter((f) => f.type === 'ack' && typeof (f as { text?: unknown }).text === 'string').length;
    await new Promise((r) => setTimeout(r, 2_500));
    const stored = await live.withDb(async (db) => Number((await db.query(`SELECT count(*) AS n FROM live_comments WHERE room_id = $1`, [roomId])).rows[0].n));

    const routeOf = (o: Outcome) => api[(o.req as FuzzCase).operationId as keyof typeof api] as RouteContract | undefined;
    counts.declaredUnavailable = outcomes.filter((o) => declaredUnavailable(routeOf(o), o.res)).length;
    const report = {
      fiveHundreds: outcomes.filter((o) => o.res.status >= 500 && !declaredUnavailable(routeOf(o), o.res)).map(describeOutcome).slice(0, 60),
      noAnswer: outcomes.filter((o) => o.res.status === 0).map(describeOutcome).slice(0, 60),
      unknownCodes: outcomes.filter((o) => o.res.status >= 400 && o.res.status < 500 && !knownCodes.has(codeOf(o.res) ?? '')).map(describeOutcome).slice(0, 60),
      commentsLost: 1 + acked - stored,
      frameInternalErrors: socket.received.filter((f) => f.type === 'error' && f.code === 'INTERNAL_ERROR').length,
      socketClosed: closedEarly,
      prototypePolluted: 'polluted' in Object.prototype,
    };
    expect(report).toEqual({ fiveHundreds: [], noAnswer: [], unknownCodes: [], commentsLost: 0, frameInternalErrors: 0, socketClosed: null, prototypePolluted: false });
  }, 600_000);

  it('refuses a NUL in text over HTTP and in a comment, and the comments around it are stored (regression)', async () => {
    const viewer = await live.guest();
    const address = { name: '张\u0000三', phone: '13800138000', province: '广东省', city: '深圳市', district: '南山区', detail: '科技园' };
    const refused = await http.send({ method: 'POST', path: '/me/addresses', label: 'NUL in a name', headers: { authorization: `Bearer ${viewer.accessToken}`, 'content-type': 'application/json' }, body: JSON.stringify(address) });
    expect([refused.status, codeOf(refused)]).toEqual([400, 'VALIDATION_FAILED']);
    const socket = await FuzzSocket.open(live.url(0), roomId, viewer.accessToken);
    const say = (id: string, text: string) => socket.send({ data: JSON.stringify({ type: 'comment', id, text }), binary: false, label: id, mustReject: false, closes: false });
    await say('before', '前一条');
    await say('nul', '坏\u0000评论');
    await say('after', '后一条');
    await socket.answered(3);
    socket.close();
    expect(socket.received.filter((f) => f.id).map((f) => [f.id, f.type, f.code])).toEqual([
      ['before', 'ack', undefined],
      ['nul', 'error', 'VALIDATION_FAILED'],
      ['after', 'ack', undefined],
    ]);
    await new Promise((r) => setTimeout(r, 2_500)); // comments are stored a second late, in one batch
    const texts = await live.withDb(async (db) => (await db.query(`SELECT text FROM live_comments WHERE user_id = $1 ORDER BY created_at`, [viewer.user.id])).rows.map((r: { text: string }) => r.text));
    expect(texts).toEqual(['前一条', '后一条']);
    expect(await live.withDb(async (db) => Number((await db.query(`SELECT count(*) AS n FROM addresses WHERE user_id = $1`, [viewer.user.id])).rows[0].n))).toBe(0);
  });

  it(`sent every route requests, ${TARGET.toLocaleString('en')} requests and frames in all`, () => {
    const missing = Object.keys(api).filter((k) => !(perOperation.get(k) ?? 0));
    expect(missing).toEqual([]);
    const total = counts.rejectHttp + counts.boundaryHttp + counts.raw + counts.rejectFrames + counts.boundaryFrames;
    expect(total).toBeGreaterThanOrEqual(TARGET);
  });
});
