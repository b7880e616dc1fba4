// Event-tracking ingest under the live room's audience: every viewer's tracker flushes one batch of ~5
// events every N seconds (the tracker's timer), so 10,000 viewers at N = 10 s need 1,000 batches/s and
// 5,000 events/s. Per mode it runs (1) flat out, to find the sustained ceiling, and (2) at exactly the
// required rate, to read the latency viewers would see. Printed: batches/s, events/s actually stored
// (rows counted afterwards), p50/p99, non-202 answers and socket errors. The load generator is this
// process and shares the machine's cores with the server and PostgreSQL.
//   pnpm bench:ingest     (env: BENCH_VIEWERS=10000 BENCH_FLUSH_S=10 BENCH_WINDOW_S=20 BENCH_CONNECTIONS=100
//                          BENCH_ONLY=pg,redis BENCH_DATABASE_URL BENCH_REDIS_URL)
import { randomUUID } from 'node:crypto';
import { cpus } from 'node:os';
import autocannon from 'autocannon';
import { Client } from 'pg';
import { signAccessToken } from './support/jwt';
import { forEachMode } from './support/modes';
import { insertGuests } from './support/users';

const env = process.env;
const VIEWERS = Number(env.BENCH_VIEWERS ?? 10_000);
const FLUSH_S = Number(env.BENCH_FLUSH_S ?? 10);
const WINDOW_S = Number(env.BENCH_WINDOW_S ?? 20);
const connections = Number(env.BENCH_CONNECTIONS ?? 100);
const adminUrl = env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const redisUrl = env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
const SECRET = 'bench-secret-0123456789-0123456789-0123456789';
const REQUIRED = VIEWERS / FLUSH_S;
const DEMO_ROOM = '6f1c2a52-5d1e-4c8e-9a51-0d6a1f0c0101';
const GOODS = ['0201', '0202', '0203', '0205', '0206'].map((g) => `6f1c2a52-5d1e-4c8e-9a51-0d6a1f0c${g}`);
const runId = Date.now().toString(36);

/** What a viewer's 10 s in the room looks like: the page, goods scrolling past, a tap, likes, and sometimes a comment. */
function batchOf(sessionId: string): string {
  const at = new Date().toISOString();
  const path = 'subpackages/live/room/index';
  const g = (i: number) => GOODS[Math.floor(Math.random() * GOODS.length + i) % GOODS.length]!;
  const events: object[] = [
    { id: randomUUID(), type: 'page_view', at, path },
    { id: randomUUID(), type: 'impression', at, path, target: 'goods', targetId: g(0), position: 0 },
    { id: randomUUID(), type: 'impression', at, path, target: 'goods', targetId: g(1), position: 1 },
    { id: randomUUID(), type: 'like', at, path, roomId: DEMO_ROOM, count: 1 + Math.floor(Math.random() * 5) },
    Math.random() < 0.5
      ? { id: randomUUID(), type: 'click', at, path, target: 'goods', targetId: g(0) }
      : { id: randomUUID(), type: 'comment', at, path, roomId: DEMO_ROOM },
  ];
  return JSON.stringify({ sessionId, events });
}
const EVENTS_PER_BATCH = 5;

interface Row {
  mode: string;
  load: string;
  batchesPerSec: number;
  storedPerSec: number;
  p50: number;
  p99: number;
  accepted: number;
  other: number;
  errors: number;
}

async function run(mode: string, load: string, base: string, db: Client, viewers: Array<{ token: string; session: string }>, rate?: number): Promise<Row> {
  const before = Number((await db.query(`SELECT count(*) AS n FROM analytics_events`)).rows[0].n);
  let next = 0;
  const codes: Record<number, number> = {};
  const instance = autocannon({
    url: `${base}/events`,
    method: 'POST',
    connections,
    duration: WINDOW_S,
    ...(rate ? { overallRate: rate } : {}),
    requests: [
      {
        setupRequest: (req: any) => {
          const v = viewers[next++ % viewers.length]!;
          return { ...req, headers: { authorization: `Bearer ${v.token}`, 'content-type': 'application/json' }, body: batchOf(v.session) };
        },
      },
    ],
  });
  instance.on('response', (_c: unknown, status: number) => {
    codes[status] = (codes[status] ?? 0) + 1;
  });
  const result = await instance;
  const stored = Number((await db.query(`SELECT count(*) AS n FROM analytics_events`)).rows[0].n) - before;
  const accepted = codes[202] ?? 0;
  return {
    mode, load, batchesPerSec: accepted / WINDOW_S, storedPerSec: stored / WINDOW_S, p50: result.latency.p50, p99: result.latency.p99,
    accepted, other: result.requests.total - accepted, errors: result.errors + result.timeouts,
  };
}

async function main(): Promise<void> {
  const rows: Row[] = [];
  const frame = { adminUrl, redisUrl, secret: SECRET, database: `lm_bench_in_${runId}`, runId, only: env.BENCH_ONLY ?? 'pg' };
  await forEachMode(frame, async ({ label, mode, api, db }) => {
    const ids = await insertGuests(db, `bench-in-${runId}-${mode}`, VIEWERS, '观众');
    const viewers = ids.map((id) => ({ token: signAccessToken(SECRET, id), session: `bench-${randomUUID()}` }));
    // Warm-up: JIT, pools, and the verified-token cache see every viewer once.
    await run(label, 'warm-up', api.base, db, viewers, REQUIRED);
    rows.push(await run(label, 'flat out', api.base, db, viewers));
    rows.push(await run(label, `required rate (${REQUIRED.toLocaleString('en-US')}/s)`, api.base, db, viewers, REQUIRED));
  });
  console.log(`\nnode ${process.version}, ${cpus().length} cores (shared by the load generator, the server and PostgreSQL); ${connections} connections; ` +
    `${VIEWERS.toLocaleString('en-US')} viewers flushing every ${FLUSH_S} s = ${REQUIRED.toLocaleString('en-US')} batches/s of ${EVENTS_PER_BATCH} events required; ${WINDOW_S} s per run\n`);
  console.log('| mode | load | batches/s (202) | events stored/s | p50 ms | p99 ms | 202 | other status | socket errors | keeps up |');
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  for (const r of rows) {
    // The flat-out run must sustain the required rate; the paced run must deliver it with every event stored.
    const keepsUp = r.batchesPerSec >= REQUIRED * 0.98 && r.storedPerSec >= r.batchesPerSec * EVENTS_PER_BATCH * 0.999 && r.other === 0 && r.errors === 0;
    console.log(`| ${r.mode} | ${r.load} | ${Math.round(r.batchesPerSec).toLocaleString('en-US')} | ${Math.round(r.storedPerSec).toLocaleString('en-US')} | ${r.p50} | ${r.p99} | ${r.accepted} | ${r.other} | ${r.errors} | ${keepsUp ? 'yes' : 'NO'} |`);
    if (!keepsUp) process.exitCode = 1;
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
