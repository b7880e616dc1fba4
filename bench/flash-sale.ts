// A flash-sale buy storm: N buyers, each with a buy token from the API, all fire at once for a few units.
// Printed per mode: requests/s, p50/p99 latency, orders made (must equal the units), and the answers by
// code. The gate in front of PostgreSQL is what differs: PostgreSQL only (a conditional UPDATE decides
// every buyer) or scale-out (a Redis Lua script lets only as many buyers as units through).
//   pnpm bench:flash-sale     (env: BENCH_DATABASE_URL, BENCH_REDIS_URL, BENCH_BUYERS, BENCH_UNITS, BENCH_CONNECTIONS, BENCH_ONLY=pg,redis)
import { randomUUID } from 'node:crypto';
import { Agent, request } from 'node:http';
import { cpus } from 'node:os';
import { Client } from 'pg';
import { startApiProcess, withDb } from './support/api-process';
import { signAccessToken } from './support/jwt';

const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const redisUrl = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
const connections = Number(process.env.BENCH_CONNECTIONS ?? 100);
const BUYERS = Number(process.env.BENCH_BUYERS ?? 10_000);
const UNITS = Number(process.env.BENCH_UNITS ?? 100);
const SECRET = 'bench-secret-0123456789-0123456789-0123456789';
const runId = Date.now().toString(36);

type Reply = { status: number; json: Record<string, any> };

function call(agent: Agent, base: string, method: string, path: string, token: string | undefined, body?: unknown): Promise<Reply> {
  const data = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = {};
    if (token) headers.authorization = `Bearer ${token}`;
    if (data) Object.assign(headers, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) });
    const req = request(`${base}${path}`, { method, agent, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, json: text ? JSON.parse(text) : {} }));
    });
    req.on('error', reject);
    req.end(data);
  });
}

/** `connections` workers, each sending its next request once the previous one answered (like autocannon). */
async function closedLoop<T>(items: T[], send: (item: T) => Promise<Reply>): Promise<{ replies: Reply[]; latencies: number[]; seconds: number }> {
  const replies: Reply[] = [];
  const latencies: number[] = [];
  let next = 0;
  const start = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (next < items.length) {
        const item = items[next++] as T;
        const t = process.hrtime.bigint();
        replies.push(await send(item));
        latencies.push(Number(process.hrtime.bigint() - t) / 1e6);
      }
    }),
  );
  return { replies, latencies, seconds: Number(process.hrtime.bigint() - start) / 1e9 };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

interface Row {
  mode: string;
  requests: number;
  reqPerSec: number;
  p50: number;
  p99: number;
  orders: number;
  unitsLeft: number;
  ordersInDb: number;
  codes: Record<string, number>;
  tokenPerSec: number;
}

async function storm(mode: string, base: string, db: Client, buyers: Array<{ userId: string; token: string; addressId: string }>, units: number): Promise<Row> {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const merchant = (await call(agent, base, 'POST', '/auth/demo', undefined, { account: 'merchant' })).json.accessToken as string;
  const goods = await call(agent, base, 'POST', '/merchant/goods', merchant, { title: `秒杀压测 ${randomUUID().slice(0, 6)}`, images: ['https://example.com/hot.jpg'], skus: [{ specValues: [], priceFen: 9_900, stock: units }] });
  const sale = await call(agent, base, 'POST', '/merchant/flash-sales', merchant, {
    skuId: goods.json.skus[0].id, salePriceFen: 990, totalUnits: units, perUserLimit: 1, startsAt: new Date().toISOString(), endsAt: new Date(Date.now() + 3_600_000).toISOString(),
  });
  if (sale.status !== 201) throw new Error(`sale: ${sale.status} ${JSON.stringify(sale.json)}`);
  const saleId = sale.json.id as string;
  // Every buyer asks for a buy token first, as the sale page does.
  const tokens = new Map<string, string>();
  const minted = await closedLoop(buyers, async (b) => {
    const r = await call(agent, base, 'GET', `/flash-sales/${saleId}/token`, b.token);
    if (r.status !== 200) throw new Error(`token: ${r.status} ${JSON.stringify(r.json)}`);
    tokens.set(b.userId, r.json.token as string);
    return r;
  });
  const result = await closedLoop(buyers, (b) =>
    call(agent, base, 'POST', `/flash-sales/${saleId}/orders`, b.token, { token: tokens.get(b.userId), requestId: randomUUID(), addressId: b.addressId, quantity: 1 }),
  );
  agent.destroy();
  const codes: Record<string, number> = {};
  for (const r of result.replies) {
    const key = r.status === 201 ? '201 created' : `${r.status} ${r.json.code as string}`;
    codes[key] = (codes[key] ?? 0) + 1;
  }
  const sorted = [...result.latencies].sort((a, b) => a - b);
  const left = Number((await db.query(`SELECT units_left FROM flash_sales WHERE id = $1`, [saleId])).rows[0].units_left);
  const inDb = Number((await db.query(`SELECT coalesce(sum(i.quantity), 0) AS n FROM orders o JOIN order_items i ON i.order_id = o.id WHERE o.source_id = $1`, [saleId])).rows[0].n);
  return {
    mode, requests: result.replies.length, reqPerSec: result.replies.length / result.seconds, p50: percentile(sorted, 50), p99: percentile(sorted, 99),
    orders: codes['201 created'] ?? 0, unitsLeft: left, ordersInDb: inDb, codes, tokenPerSec: minted.replies.length / minted.seconds,
  };
}

async function main(): Promise<void> {
  const database = `lm_bench_fs_${runId}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${database}`);
  const dbUrl = withDb(adminUrl, database);
  const rows: Row[] = [];
  // One address fires everything: the anti-abuse rates are raised (their defaults would stop a load generator).
  Object.assign(process.env, { FLASH_SALE_USER_RATE: '1000000', FLASH_SALE_IP_RATE: '1000000', FLASH_SALE_TOKEN_TTL_SECONDS: '600' });
  try {
    const only = (process.env.BENCH_ONLY ?? 'pg,redis').split(',');
    for (const mode of ['pg', 'redis'].filter((m) => only.includes(m))) {
      const api = await startApiProcess({ databaseUrl: dbUrl, secret: SECRET, ...(mode === 'redis' ? { redisUrl, redisPrefix: `bench:${runId}:` } : {}) });
      const db = new Client({ connectionString: dbUrl });
      await db.connect();
      try {
        const users = await db.query(
          `INSERT INTO users (provider, guest_device_id, nickname) SELECT 'guest', 'bench-fs-' || $1 || '-' || $2 || '-' || i, '买家' || i FROM generate_series(1, $3::int) i RETURNING id`,
          [runId, mode, BUYERS],
        );
        const ids = users.rows.map((r: { id: string }) => r.id);
        const addresses = await db.query(
          `INSERT INTO addresses (user_id, name, phone, province, city, district, detail, is_default)
           SELECT u, '买家', '13800138000', '广东省', '深圳市', '南山区', '科技园', true FROM unnest($1::uuid[]) u RETURNING id, user_id`,
          [ids],
        );
        await db.query('ANALYZE');
        const buyers = addresses.rows.map((r: { id: string; user_id: string }) => ({ userId: r.user_id, addressId: r.id, token: signAccessToken(SECRET, r.user_id) }));
        const label = mode === 'redis' ? 'scale-out (REDIS_URL set)' : 'PostgreSQL only';
        await storm(label, api.base, db, buyers.slice(0, 1_000), 50); // warm-up
        rows.push(await storm(label, api.base, db, buyers, UNITS));
      } finally {
        await db.end();
        await api.stop();
      }
    }
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.end();
  }
  console.log(`\nnode ${process.version}, ${cpus().length} cores (shared by the load generator, the server, PostgreSQL and Redis); ${connections} connections; ${BUYERS} buyers with a buy token each, one request each, ${UNITS} units, 1 per buyer\n`);
  console.log('| mode | buy requests | requests/s | p50 ms | p99 ms | orders made | orders in DB (units) | units left | answers by code | tokens/s |');
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  for (const r of rows) {
    const codes = Object.entries(r.codes).map(([k, n]) => `${k}: ${n}`).join(', ');
    console.log(`| ${r.mode} | ${r.requests} | ${Math.round(r.reqPerSec).toLocaleString('en-US')} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.orders} | ${r.ordersInDb} | ${r.unitsLeft} | ${codes} | ${Math.round(r.tokenPerSec).toLocaleString('en-US')} |`);
    if (r.orders !== UNITS || r.ordersInDb !== UNITS || r.unitsLeft !== 0) process.exitCode = 1;
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
