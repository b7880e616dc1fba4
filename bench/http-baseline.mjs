#!/usr/bin/env node
// Baseline HTTP throughput of the foundation: health, a public listing, an authenticated read and the
// guest login (a write). Starts the built server itself (embedded PostgreSQL unless DATABASE_URL is
// set), drives it on loopback with autocannon for a bounded time, prints one line per route, stops.
//   pnpm build:server && node bench/http-baseline.mjs [--seconds 10] [--connections 50]
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const seconds = arg('seconds', 10);
const connections = arg('connections', 50);

const port = await new Promise((resolve) => {
  const s = createServer().listen(0, '127.0.0.1', () => {
    const { port: p } = s.address();
    s.close(() => resolve(p));
  });
});
const dataDir = mkdtempSync(join(tmpdir(), 'lm-bench-'));
chmodSync(dataDir, 0o755);
const server = spawn(process.execPath, [join(root, 'apps/server/dist/main.js')], {
  env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn', NODE_ENV: 'test', RATE_LIMIT_LOGIN: '1000000/1m' },
  stdio: ['ignore', 'ignore', 'inherit'],
});
const base = `http://127.0.0.1:${port}`;
try {
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${base}/healthz`)).ok) break;
    } catch {}
    if (i > 300) throw new Error('server did not start');
    await new Promise((r) => setTimeout(r, 200));
  }
  const login = await (await fetch(`${base}/auth/guest`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"deviceId":"bench-device-0001"}' })).json();
  const health = await (await fetch(`${base}/healthz`)).json();

  const cases = [
    { name: 'GET /healthz', path: '/healthz' },
    { name: 'GET /goods?limit=20', path: '/goods?limit=20' },
    { name: 'GET /me (JWT)', path: '/me', headers: { authorization: `Bearer ${login.accessToken}` } },
    {
      name: 'POST /auth/guest (upsert + token)',
      path: '/auth/guest',
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"deviceId":"bench-device-0002"}',
    },
  ];
  console.log(`server: database ${health.database.mode}, redis ${health.redis.status}; ${cpus().length} cores; ${connections} connections, ${seconds} s per route`);
  console.log('| route | req/s (mean) | p50 ms | p99 ms | non-2xx |');
  console.log('|---|---|---|---|---|');
  for (const c of cases) {
    const r = await autocannon({ url: base + c.path, method: c.method ?? 'GET', headers: c.headers, body: c.body, connections, duration: seconds });
    console.log(`| ${c.name} | ${Math.round(r.requests.average)} | ${r.latency.p50} | ${r.latency.p99} | ${r.non2xx} |`);
  }
} finally {
  server.kill('SIGTERM');
  await new Promise((r) => server.on('exit', r));
  rmSync(dataDir, { recursive: true, force: true });
}
