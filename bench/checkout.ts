// Order creation on one hot SKU with limited stock: many buyers at once, each order reserving stock with
// a conditional decrement in the order's transaction. Printed: orders/s, request rate, p50/p99, and the
// proof that stock never went below zero (stock left + units in orders = the stock at the start).
//   pnpm bench:checkout     (env: BENCH_DATABASE_URL, BENCH_CONNECTIONS, BENCH_BUYERS, BENCH_STOCK, BENCH_ONLY=pg,redis)
import { randomUUID } from 'node:crypto';
import { cpus } from 'node:os';
import autocannon from 'autocannon';
import { Client } from 'pg';
import { startApiProcess, withDb } from './support/api-process';
import { signAccessToken } from './support/jwt';

const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const redisUrl = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
const connections = Number(process.env.BENCH_CONNECTIONS ?? 100);
const BUYERS = Number(process.env.BENCH_BUYERS ?? 5_000);
const STOCK = Number(process.env.BENCH_STOCK ?? 1_000);
const SECRET = 'bench-secret-0123456789-0123456789-0123456789';
const runId = Date.now().toString(36);

interface Scenario {
  name: string;
  stock: number;
  requests: number;
}

interface Row extends Scenario {
  mode: string;
  ordersPerSec: number;
  reqPerSec: number;
  p50: number;
  p99: number;
  created: number;
  soldOut: number;
  other: number;
  stockLeft: number;
  unitsInOrders: number;
}

async function call(base: string, path: string, token: string | undefined, body: unknown): Promise<Record<string, any>> {
  const res = await fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(body) });
  const json = (await res.json()) as Record<string, any>;
  if (!res.ok) throw new Error(`${path}: ${res.status} ${JSON.stringify(json)}`);
  return json;
}

async function run(mode: string, base: string, db: Client, scenario: Scenario, buyers: Array<{ token: string; addressId: string }>): Promise<Row> {
  const merchant = (await call(base, '/auth/demo', undefined, { account: 'merchant' })).accessToken as string;
  const goods = await call(base, '/merchant/goods', merchant, { title: `压测爆款 ${randomUUID().slice(0, 6)}`, images: ['https://example.com/hot.jpg'], skus: [{ specValues: [], priceFen: 990, stock: scenario.stock }] });
  const skuId = goods.skus[0].id as string;
  let next = 0;
  const codes: Record<number, number> = {};
  const start = Date.now();
  let lastAt = start;
  let lastCreatedAt = start;
  const instance = autocannon({
    url: `${base}/orders`,
    method: 'POST',
    connections,
    amount: scenario.requests,
    requests: [
      {
        setupRequest: (req: any) => {
          const b = buyers[next++ % buyers.length]!;
          return { ...req, headers: { authorization: `Bearer ${b.token}`, 'content-type': 'application/json' }, body: JSON.stringify({ requestId: randomUUID(), lines: [{ skuId, quantity: 1 }], addressId: b.addressId }) };
        },
      },
    ],
  });
  instance.on('response', (_c: unknown, status: number) => {
    lastAt = Date.now();
    if (status === 201) lastCreatedAt = lastAt;
    codes[status] = (codes[status] ?? 0) + 1;
  });
  const result = await instance;
  const seconds = (lastAt - start) / 1000;
  const stockLeft = Number((await db.query(`SELECT stock FROM goods_skus WHERE id = $1`, [skuId])).rows[0].stock);
  const unitsInOrders = Number((await db.query(`SELECT coalesce(sum(quantity), 0) AS n FROM order_items WHERE sku_id = $1`, [skuId])).rows[0].n);
  const created = codes[201] ?? 0;
  return {
    ...scenario, mode, created, soldOut: codes[409] ?? 0, other: result.requests.total - created - (codes[409] ?? 0) + result.errors,
    // While the stock lasted: once it is gone, the refusals are not orders.
    ordersPerSec: created / ((lastCreatedAt - start) / 1000), reqPerSec: result.requests.total / seconds, p50: result.latency.p50, p99: result.latency.p99, stockLeft, unitsInOrders,
  };
}

async function main(): Promise<void> {
  const database = `lm_bench_co_${runId}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${database}`);
  const dbUrl = withDb(adminUrl, database);
  const rows: Row[] = [];
  const scenarios: Scenario[] = [
    { name: `sold out: ${STOCK} in stock, ${BUYERS * 2} orders tried`, stock: STOCK, requests: BUYERS * 2 },
    { name: `all served: ${BUYERS} orders, stock to spare`, stock: BUYERS * 10, requests: BUYERS },
  ];
  try {
    const only = (process.env.BENCH_ONLY ?? 'pg').split(',');
    for (const mode of ['pg', 'redis'].filter((m) => only.includes(m))) {
      const api = await startApiProcess({ databaseUrl: dbUrl, secret: SECRET, ...(mode === 'redis' ? { redisUrl, redisPrefix: `bench:${runId}:` } : {}) });
      const db = new Client({ connectionString: dbUrl });
      await db.connect();
      try {
        const users = await db.query(
          `INSERT INTO users (provider, guest_device_id, nickname) SELECT 'guest', 'bench-co-' || $1 || '-' || $2 || '-' || i, '买家' || i FROM generate_series(1, $3::int) i RETURNING id`,
          [runId, mode, BUYERS],
        );
        const ids = users.rows.map((r: { id: string }) => r.id);
        const addresses = await db.query(
          `INSERT INTO addresses (user_id, name, phone, province, city, district, detail, is_default)
           SELECT u, '买家', '13800138000', '广东省', '深圳市', '南山区', '科技园', true FROM unnest($1::uuid[]) u RETURNING id, user_id`,
          [ids],
        );
        const addressOf = new Map(addresses.rows.map((r: { id: string; user_id: string }) => [r.user_id, r.id]));
        await db.query('ANALYZE');
        const buyers = ids.map((id: string) => ({ token: signAccessToken(SECRET, id), addressId: addressOf.get(id) as string }));
        const label = mode === 'redis' ? 'scale-out (REDIS_URL set)' : 'PostgreSQL only';
        await run(label, api.base, db, { name: 'warm-up', stock: 500, requests: 1_000 }, buyers);
        for (const s of scenarios) rows.push(await run(label, api.base, db, s, buyers));
      } finally {
        await db.end();
        await api.stop();
      }
    }
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.end();
  }
  console.log(`\nnode ${process.version}, ${cpus().length} cores (shared by the load generator, the server and PostgreSQL); ${connections} connections; ${BUYERS} buyers, one unit per order\n`);
  console.log('| mode | scenario | orders/s | requests/s | p50 ms | p99 ms | 201 created | 409 sold out | other | stock left | units in orders | stock at start | never below zero |');
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const r of rows) {
    const balanced = r.stockLeft >= 0 && r.stockLeft + r.unitsInOrders === r.stock && r.unitsInOrders === r.created;
    console.log(`| ${r.mode} | ${r.name} | ${Math.round(r.ordersPerSec).toLocaleString('en-US')} | ${Math.round(r.reqPerSec).toLocaleString('en-US')} | ${r.p50} | ${r.p99} | ${r.created} | ${r.soldOut} | ${r.other} | ${r.stockLeft} | ${r.unitsInOrders} | ${r.stock} | ${balanced ? 'yes' : 'NO'} |`);
    if (!balanced) process.exitCode = 1;
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
