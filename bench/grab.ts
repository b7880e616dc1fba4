// The red-packet grab under a flood: one hot packet of 1,000 shares, 20,000 distinct logged-in viewers,
// and the flood going on after the packet is empty (each viewer comes back once). Measured, in one run:
//   1. the server in embedded-style PostgreSQL-only mode (no REDIS_URL),
//   2. the server in scale-out mode (Redis gate),
//   3. a bare node:http endpoint that only runs the Lua script (the ceiling on this machine),
//   4. the seed article's optimistic-lock design (version column + retries), for comparison.
// Everything runs on loopback against the machine's PostgreSQL and Redis; bounded by request count.
//   pnpm bench:grab        (env: BENCH_DATABASE_URL, BENCH_REDIS_URL, BENCH_CONNECTIONS)
import { fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { cpus } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { Client } from 'pg';
import { freePort, startApiProcess, stopChild, withDb } from './support/api-process';
import { signAccessToken } from './support/jwt';

const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const redisUrl = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
const connections = Number(process.env.BENCH_CONNECTIONS ?? 100);
const VIEWERS = 20_000;
const SHARES = 1_000;
const REQUESTS = VIEWERS * 2; // everyone once while it lasts, then everyone again after it is empty
const WARM_UP_VIEWERS = 3_000;
// Each target is flooded this many times (a fresh packet each time) and its median run is reported:
// on a shared 2-core machine single runs vary by ±20%.
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SECRET = 'bench-secret-0123456789-0123456789-0123456789';
const DEMO_MERCHANT = '6f1c2a52-5d1e-4c8e-9a51-0d6a1f0c0001';
const DEMO_ROOM = '6f1c2a52-5d1e-4c8e-9a51-0d6a1f0c0101';
const runId = Date.now().toString(36);

const startApi = (databaseUrl: string, redis: boolean) =>
  startApiProcess({ databaseUrl, secret: SECRET, ...(redis ? { redisUrl, redisPrefix: `bench:${runId}:` } : {}) });

async function startBare(script: string, args: string[]): Promise<{ base: string; stop(): Promise<void> }> {
  const port = await freePort();
  const child = fork(join(__dirname, 'support', script), [String(port), ...args], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  await new Promise<void>((resolve, reject) => {
    child.once('message', () => resolve());
    child.once('exit', (code) => reject(new Error(`${script} exited ${code}`)));
  });
  return { base: `http://127.0.0.1:${port}`, stop: () => stopChild(child) };
}

async function post(base: string, path: string, token: string | undefined, body: unknown) {
  const res = await fetch(base + path, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(body) });
  return (await res.json()) as Record<string, unknown>;
}

async function hotPacket(base: string): Promise<string> {
  const admin = (await post(base, '/auth/demo', undefined, { account: 'admin' })).accessToken as string;
  const merchant = (await post(base, '/auth/demo', undefined, { account: 'merchant' })).accessToken as string;
  await post(base, '/admin/merchant-top-ups', admin, { requestId: randomUUID(), merchantId: DEMO_MERCHANT, amount: SHARES * 200 });
  const packet = await post(base, '/merchant/red-packets', merchant, {
    requestId: randomUUID(), roomId: DEMO_ROOM, type: 'lucky', totalAmount: SHARES * 200, totalCount: SHARES, validUntil: new Date(Date.now() + 3_600_000).toISOString(),
  });
  if (typeof packet.id !== 'string') throw new Error(`could not create the packet: ${JSON.stringify(packet)}`);
  return packet.id;
}

interface Row {
  name: string;
  reqPerSec: number;
  p50: number;
  p99: number;
  codes: Record<string, number>;
  errors: number;
  emptyAfterMs: number | null;
  /** The request rate of every round, lowest first. */
  spread?: number[];
}

/** A short flood on a packet of its own first: a real server is warm (JIT, connection pools, sockets). */
async function warmUp(url: string, tokens: string[]): Promise<void> {
  let next = 0;
  await autocannon({
    url, method: 'POST', connections, amount: tokens.length * 2,
    requests: [{ setupRequest: (req: Record<string, unknown>) => ({ ...req, headers: { authorization: `Bearer ${tokens[next++ % tokens.length]}` } }) }],
  });
}

async function flood(name: string, url: string, tokens: string[]): Promise<Row> {
  let next = 0;
  let winners = 0;
  let emptyAfterMs: number | null = null;
  const codes: Record<string, number> = {};
  const start = Date.now();
  const instance = autocannon({
    url,
    method: 'POST',
    connections,
    amount: REQUESTS,
    requests: [{ setupRequest: (req: Record<string, unknown>) => ({ ...req, headers: { authorization: `Bearer ${tokens[next++ % tokens.length]}` } }) }],
  });
  let lastAt = start;
  instance.on('response', (_client: unknown, status: number) => {
    lastAt = Date.now();
    codes[status] = (codes[status] ?? 0) + 1;
    if (status === 200 && ++winners === SHARES) emptyAfterMs = Date.now() - start;
  });
  const result = await instance;
  // autocannon's own figures are per one-second tick and its run ends on a tick: for a run of a few
  // seconds both mislead, so the rate is taken from the first request to the last response.
  return { name, reqPerSec: result.requests.total / ((lastAt - start) / 1000), p50: result.latency.p50, p99: result.latency.p99, codes, errors: result.errors + result.timeouts, emptyAfterMs };
}

/** The run with the median request rate of ROUNDS runs, with the spread of the rates noted. */
async function median(run: () => Promise<Row>): Promise<Row> {
  const runs: Row[] = [];
  for (let i = 0; i < ROUNDS; i++) runs.push(await run());
  const off = runs.find((r) => (r.codes[200] ?? 0) !== SHARES || r.errors > 0);
  if (off) console.error(`warning: ${off.name}: a round ended with ${off.codes[200] ?? 0} winners and ${off.errors} errors`);
  runs.sort((a, b) => a.reqPerSec - b.reqPerSec);
  const mid = runs[Math.floor(runs.length / 2)] as Row;
  const emptied = runs.map((r) => r.emptyAfterMs ?? Infinity).sort((a, b) => a - b);
  return { ...mid, emptyAfterMs: Number.isFinite(emptied[Math.floor(emptied.length / 2)]) ? (emptied[Math.floor(emptied.length / 2)] as number) : null, spread: runs.map((r) => Math.round(r.reqPerSec)) };
}

async function measureBare(script: string, args: string[], name: string, tokens: string[], warmTokens: string[]): Promise<Row> {
  const target = await startBare(script, args);
  try {
    await warmUp(`${target.base}/grab`, warmTokens);
    return await median(async () => {
      await fetch(`${target.base}/reset`, { method: 'POST' });
      return flood(name, `${target.base}/grab`, tokens);
    });
  } finally {
    await target.stop();
  }
}

async function main(): Promise<void> {
  const database = `lm_bench_${runId}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${database}`);
  const dbUrl = withDb(adminUrl, database);
  const rows: Row[] = [];
  let users: string[] = [];
  try {
    // BENCH_ONLY=redis|pg|bare|optimistic (comma-separated) measures only those targets.
    const only = (process.env.BENCH_ONLY ?? 'pg,redis,bare,optimistic').split(',');
    for (const mode of (['PostgreSQL only', 'Redis gate'] as const).filter((m) => only.includes(m === 'Redis gate' ? 'redis' : 'pg'))) {
      const api = await startApi(dbUrl, mode === 'Redis gate');
      try {
        if (users.length === 0) {
          const db = new Client({ connectionString: dbUrl });
          await db.connect();
          const inserted = await db.query(
            `INSERT INTO users (provider, guest_device_id, nickname) SELECT 'guest', 'bench-' || $1 || '-' || i, '观众' || i FROM generate_series(1, $2::int) i RETURNING id`,
            [runId, VIEWERS + WARM_UP_VIEWERS],
          );
          users = inserted.rows.map((r: { id: string }) => r.id);
          // A live database has statistics for its users table; a bulk insert just now does not yet.
          await db.query('ANALYZE users');
          await db.end();
        }
        const tokens = users.slice(0, VIEWERS).map((u) => signAccessToken(SECRET, u));
        const warmTokens = users.slice(VIEWERS).map((u) => signAccessToken(SECRET, u));
        await warmUp(`${api.base}/red-packets/${await hotPacket(api.base)}/grab`, warmTokens);
        rows.push(await median(async () => flood(`server, ${mode}`, `${api.base}/red-packets/${await hotPacket(api.base)}/grab`, tokens)));
      } finally {
        await api.stop();
      }
    }
    if (users.length === 0) users = Array.from({ length: VIEWERS + WARM_UP_VIEWERS }, () => randomUUID());
    const tokens = users.slice(0, VIEWERS).map((u) => signAccessToken(SECRET, u));
    const warmTokens = users.slice(VIEWERS).map((u) => signAccessToken(SECRET, u));
    if (only.includes('bare')) rows.push(await measureBare('bare-lua-server.ts', [redisUrl, `bench:${runId}:bare:`], 'bare node:http + Lua (ceiling)', tokens, warmTokens));
    if (only.includes('optimistic')) rows.push(await measureBare('optimistic-server.ts', [dbUrl], 'optimistic lock + retry (seed article)', tokens, warmTokens));
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.end();
  }

  console.log(`\nnode ${process.version}, ${cpus().length} cores; ${SHARES} shares, ${VIEWERS} viewers, ${REQUESTS} requests, ${connections} connections; each target warmed up first with ${WARM_UP_VIEWERS} other viewers on a packet of its own; median of ${ROUNDS} rounds\n`);
  console.log('| target | req/s (median) | rounds, req/s | p50 ms | p99 ms | 200 (won) | 409 (already) | 410 (empty) | errors | emptied after (median) | grabs/s while emptying |');
  console.log('|---|---|---|---|---|---|---|---|---|---|---|');
  for (const r of rows) {
    const emptied = r.emptyAfterMs === null ? 'not emptied' : `${(r.emptyAfterMs / 1000).toFixed(2)} s`;
    const rate = r.emptyAfterMs === null ? '—' : Math.round((SHARES * 1000) / r.emptyAfterMs).toLocaleString('en-US');
    console.log(`| ${r.name} | ${Math.round(r.reqPerSec).toLocaleString('en-US')} | ${(r.spread ?? []).map((x) => x.toLocaleString('en-US')).join(' / ')} | ${r.p50} | ${r.p99} | ${r.codes[200] ?? 0} | ${r.codes[409] ?? 0} | ${r.codes[410] ?? 0} | ${r.errors} | ${emptied} | ${rate} |`);
  }
  const by = (prefix: string) => rows.find((r) => r.name.includes(prefix));
  const [redis, bareRow, pg, opt] = [by('Redis gate'), by('ceiling'), by('PostgreSQL only'), by('optimistic')];
  if (redis && bareRow) console.log(`\nRedis strategy: ${((100 * redis.reqPerSec) / bareRow.reqPerSec).toFixed(0)}% of the bare Lua ceiling (aim ≥ 60%)`);
  if (pg?.emptyAfterMs && opt?.emptyAfterMs) console.log(`PostgreSQL-only strategy: ${(opt.emptyAfterMs / pg.emptyAfterMs).toFixed(1)}× the optimistic-lock design's grab rate (aim ≥ 15×)`);
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
