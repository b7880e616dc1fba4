// The live room under load: N viewers on WebSockets in one room, M comments/s coming in from logged-in
// senders (each under the 1/s limit), and one product push per second from the merchant. Per N it prints
// delivered events/s, comment delivery latency (send → receive, both clocks in this process), what was left
// out by priority, the server's peak RSS and CPU, and connections that failed. One fresh server process per
// N; the load generator is this process and shares the machine's cores with the server (and PostgreSQL).
//   pnpm bench:room      (env: BENCH_VIEWERS=1000,5000,10000  BENCH_COMMENTS_PER_S=500  BENCH_WINDOW_S=20
//                          BENCH_SENDERS=600  BENCH_PROBES=500  BENCH_ONLY=pg,redis  BENCH_DATABASE_URL
//                          BENCH_REDIS_URL  BENCH_PROFILE=<dir>)
// File descriptors: this process holds one per viewer and so does the server; `ulimit -n` must exceed the
// largest N (it is 20,000 on the project machine; raise it in the shell before running more).
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { Client as Pg } from 'pg';
import WebSocket from 'ws';
import { signAccessToken } from './support/jwt';
import { cpuSeconds, machineTicks, memory, startApiProcess, withDb } from './support/api-process';

const env = process.env;
const VIEWER_COUNTS = (env.BENCH_VIEWERS ?? '1000,5000,10000').split(',').map(Number);
const COMMENTS_PER_S = Number(env.BENCH_COMMENTS_PER_S ?? 500);
const WINDOW_S = Number(env.BENCH_WINDOW_S ?? 20);
const WARM_UP_S = Number(env.BENCH_WARM_UP_S ?? 3);
const DRAIN_MS = 2000;
const SENDERS = Number(env.BENCH_SENDERS ?? 600);
const PROBES = Number(env.BENCH_PROBES ?? 500);
const CONNECT_CONCURRENCY = 100;
const MODES = (env.BENCH_ONLY ?? 'pg').split(',');
const adminUrl = env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const redisUrl = env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
const SECRET = 'bench-secret-0123456789-0123456789-0123456789';
const DEMO_ROOM = '6f1c2a52-5d1e-4c8e-9a51-0d6a1f0c0101';
// The demo merchant's goods with stock; pushes go round them.
const GOODS = ['0201', '0202', '0203', '0205', '0206'].map((g) => `6f1c2a52-5d1e-4c8e-9a51-0d6a1f0c${g}`);
const runId = Date.now().toString(36);

// Frames are `{"type":"…",…}` as the server's JSON.stringify writes them: bytes 9 and 10 tell the type.
const [E, V, R, S, A] = ['e', 'v', 'r', 's', 'a'].map((c) => c.charCodeAt(0));
const SEQ = Buffer.from('"seq":');
const PUSH = Buffer.from('"type":"product_push"');

interface Viewer {
  ws: WebSocket;
  probe: boolean;
  pushes: number;
  comments: number;
  closed: boolean;
}

/** Counters of one run; the `measuring` flag opens and closes the window. */
class Run {
  measuring = false;
  frames = 0;
  events = 0;
  accepted = 0;
  refused: Record<string, number> = {};
  latencies: number[] = [];
  pushLatencies: number[] = [];
  readonly sentAt: Float64Array;
  pushSentAt: number[] = [];
  firstMeasured = Infinity;
  endMeasured = Infinity;

  constructor(readonly tag: string) {
    this.sentAt = new Float64Array(Math.ceil(COMMENTS_PER_S * (WARM_UP_S + WINDOW_S + 2) * 1.2) + 1000);
  }

  measured(n: number): boolean {
    return n >= this.firstMeasured && n < this.endMeasured;
  }

  onMessage(v: Viewer, data: Buffer): void {
    const b9 = data[9];
    const b10 = data[10];
    if (b9 === E && b10 === V) {
      if (this.measuring) this.frames++;
      if (v.probe) return this.probe(v, data);
      let count = 0;
      for (let i = data.indexOf(SEQ); i !== -1; i = data.indexOf(SEQ, i + SEQ.length)) count++;
      if (this.measuring) this.events += count;
      for (let i = data.indexOf(PUSH); i !== -1; i = data.indexOf(PUSH, i + PUSH.length)) v.pushes++;
    } else if (b9 === A) {
      const id = Number((JSON.parse(data.toString()) as { id: string }).id);
      if (this.measured(id)) this.accepted++;
    } else if (b9 === E && b10 === R) {
      const { code, id } = JSON.parse(data.toString()) as { code: string; id: string };
      if (this.measured(Number(id))) this.refused[code] = (this.refused[code] ?? 0) + 1;
    }
  }

  private probe(v: Viewer, data: Buffer): void {
    const now = performance.now();
    const frame = JSON.parse(data.toString()) as { events: Array<{ type: string; comment?: { text: string } }> };
    if (this.measuring) this.events += frame.events.length;
    for (const e of frame.events) {
      if (e.type === 'comment' && e.comment?.text.startsWith(this.tag)) {
        const n = Number(e.comment.text.slice(this.tag.length));
        if (!this.measured(n)) continue;
        v.comments++;
        this.latencies.push(now - (this.sentAt[n] as number));
      } else if (e.type === 'product_push') {
        const sent = this.pushSentAt[v.pushes++];
        if (sent !== undefined) this.pushLatencies.push(now - sent);
      }
    }
  }
}

function open(url: string, run: Run, probe: boolean): Promise<Viewer> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { perMessageDeflate: false, skipUTF8Validation: true, handshakeTimeout: 30_000 });
    const v: Viewer = { ws, probe, pushes: 0, comments: 0, closed: false };
    const timer = setTimeout(() => {
      ws.terminate();
      reject(new Error('no snapshot within 30 s'));
    }, 30_000);
    ws.on('message', (data: Buffer) => {
      if (data[9] === S) {
        clearTimeout(timer);
        resolve(v);
      } else run.onMessage(v, data);
    });
    ws.once('unexpected-response', (_req, res) => {
      clearTimeout(timer);
      reject(new Error(`upgrade refused: ${res.statusCode}`));
    });
    ws.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    ws.on('close', () => {
      v.closed = true;
    });
  });
}

const percentile = (sorted: number[], p: number) => (sorted.length ? (sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number) : NaN);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Row {
  mode: string;
  viewers: number;
  connected: number;
  connectSeconds: number;
  failed: string[];
  closedDuring: number;
  commentsInPerS: number;
  accepted: number;
  refused: Record<string, number>;
  eventsPerS: number;
  framesPerS: number;
  p50: number;
  p99: number;
  pushP50: number;
  pushP99: number;
  probeCommentsPerS: number;
  lowLeftOut: number;
  lowLeftOutPct: number;
  pushes: number;
  highDrops: number;
  highDropsClosed: number;
  rssPeakMb: number;
  rssEndMb: number;
  serverCpu: number;
  benchCpu: number;
  machineBusy: number;
}

async function measure(mode: string, n: number, databaseUrl: string, senderTokens: string[]): Promise<Row> {
  const redis = mode === 'redis';
  const api = await startApiProcess({ databaseUrl, secret: SECRET, ...(redis ? { redisUrl, redisPrefix: `bench:${runId}:${n}:` } : {}) });
  const run = new Run(`b${runId}${n}#`);
  const viewers: Viewer[] = [];
  try {
    const merchant = (await (await fetch(`${api.base}/auth/demo`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"account":"merchant"}' })).json()) as { accessToken: string };
    const wsBase = `${api.base.replace(/^http/, 'ws')}/ws/rooms/${DEMO_ROOM}`;
    const senders = Math.min(SENDERS, n);
    const probeEvery = Math.max(1, Math.floor(n / PROBES));
    const failed: string[] = [];
    let next = 0;
    const connectStart = performance.now();
    await Promise.all(
      Array.from({ length: CONNECT_CONCURRENCY }, async () => {
        for (let i = next++; i < n; i = next++) {
          // The first viewers are the logged-in senders; the rest watch as guests (read-only).
          const url = i < senders ? `${wsBase}?token=${senderTokens[i]}` : wsBase;
          try {
            viewers[i] = await open(url, run, i % probeEvery === 0);
          } catch (error) {
            failed.push((error as Error).message);
          }
        }
      }),
    );
    const live = viewers.filter(Boolean);
    const connectSeconds = (performance.now() - connectStart) / 1000;
    const sending = viewers.slice(0, senders).filter(Boolean);
    console.error(`${mode} ${n}: ${live.length} connected in ${connectSeconds.toFixed(1)} s, ${failed.length} failed`);
    await sleep(1000);

    // Comments at a steady rate, round the senders (each well under 1/s), tagged with their number.
    let sent = 0;
    const t0 = performance.now();
    const sender = setInterval(() => {
      const due = Math.floor(((performance.now() - t0) * COMMENTS_PER_S) / 1000);
      const now = performance.now();
      for (; sent < due && sent < run.sentAt.length; sent++) {
        const v = sending[sent % sending.length] as Viewer;
        if (v.closed) continue;
        run.sentAt[sent] = now;
        v.ws.send(`{"type":"comment","id":"${sent}","text":"${run.tag}${sent}"}`);
      }
    }, 10);
    await sleep(WARM_UP_S * 1000);

    // The measured window.
    run.firstMeasured = sent;
    run.measuring = true;
    const cpu0 = cpuSeconds(api.pid);
    const bench0 = process.cpuUsage();
    const machine0 = machineTicks();
    const w0 = performance.now();
    const pushes = (async () => {
      let ok = 0;
      for (let k = 0; k < WINDOW_S; k++) {
        const due = w0 + k * 1000;
        await sleep(Math.max(0, due - performance.now()));
        run.pushSentAt[k] = performance.now();
        const res = await fetch(`${api.base}/merchant/rooms/${DEMO_ROOM}/pushes`, {
          method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${merchant.accessToken}` }, body: JSON.stringify({ goodsId: GOODS[k % GOODS.length], pin: true }),
        });
        const body = await res.text();
        if (res.ok) ok++;
        else if (ok === k) console.error(`warning: push ${k} answered ${res.status}: ${body}`);
      }
      return ok;
    })();
    await sleep(WINDOW_S * 1000);
    run.endMeasured = sent;
    run.measuring = false;
    const seconds = (performance.now() - w0) / 1000;
    const serverCpu = (cpuSeconds(api.pid) - cpu0) / seconds;
    const benchUsage = process.cpuUsage(bench0);
    const machine1 = machineTicks();
    const rssEnd = memory(api.pid).rss;
    clearInterval(sender);
    const pushesOk = await pushes;
    await sleep(DRAIN_MS);
    const rssPeak = memory(api.pid).peak;

    const probes = live.filter((v) => v.probe);
    const open_ = live.filter((v) => !v.closed);
    const lowLeftOut = probes.reduce((sum, v) => sum + Math.max(0, run.accepted - v.comments), 0);
    const missing = (v: Viewer) => Math.max(0, pushesOk - v.pushes);
    const latencies = run.latencies.sort((a, b) => a - b);
    const pushLatencies = run.pushLatencies.sort((a, b) => a - b);
    return {
      mode: redis ? 'Redis' : 'PostgreSQL only',
      viewers: n,
      connected: live.length,
      connectSeconds,
      failed,
      closedDuring: live.length - open_.length,
      commentsInPerS: (run.endMeasured - run.firstMeasured) / seconds,
      accepted: run.accepted,
      refused: run.refused,
      eventsPerS: run.events / seconds,
      framesPerS: run.frames / seconds,
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
      pushP50: percentile(pushLatencies, 50),
      pushP99: percentile(pushLatencies, 99),
      probeCommentsPerS: probes.reduce((s, v) => s + v.comments, 0) / probes.length / seconds,
      lowLeftOut,
      lowLeftOutPct: (100 * lowLeftOut) / (run.accepted * probes.length),
      pushes: pushesOk,
      highDrops: open_.reduce((s, v) => s + missing(v), 0),
      highDropsClosed: live.filter((v) => v.closed).reduce((s, v) => s + missing(v), 0),
      rssPeakMb: rssPeak / 2 ** 20,
      rssEndMb: rssEnd / 2 ** 20,
      serverCpu: 100 * serverCpu,
      benchCpu: (100 * (benchUsage.user + benchUsage.system)) / 1e6 / seconds,
      machineBusy: (100 * (machine1.busy - machine0.busy)) / (machine1.total - machine0.total),
    };
  } finally {
    for (const v of viewers) v?.ws.terminate();
    await sleep(500);
    await api.stop();
  }
}

async function main(): Promise<void> {
  const database = `lm_bench_room_${runId}`;
  const admin = new Pg({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${database}`);
  const dbUrl = withDb(adminUrl, database);
  const rows: Row[] = [];
  try {
    // A first server creates the schema and the demo room; the senders are then inserted as guest users.
    const first = await startApiProcess({ databaseUrl: dbUrl, secret: SECRET });
    await first.stop();
    const db = new Pg({ connectionString: dbUrl });
    await db.connect();
    const inserted = await db.query(
      `INSERT INTO users (provider, guest_device_id, nickname) SELECT 'guest', 'bench-' || $1 || '-' || i, '观众' || i FROM generate_series(1, $2::int) i RETURNING id`,
      [runId, SENDERS],
    );
    await db.query('ANALYZE users');
    await db.end();
    const tokens = inserted.rows.map((r: { id: string }) => signAccessToken(SECRET, r.id, 7200));
    for (const mode of ['pg', 'redis'].filter((m) => MODES.includes(m))) {
      for (const n of VIEWER_COUNTS) {
        // A live database has statistics for its comments; the earlier runs' comments just went in without
        // (and autovacuum is off on the project machine). Without them each join's recent-comments read is
        // a bitmap scan and sort of the whole room: ~15 ms with 60,000 comments instead of ~0.05 ms.
        const stats = new Pg({ connectionString: dbUrl });
        await stats.connect();
        await stats.query('ANALYZE live_comments');
        await stats.end();
        rows.push(await measure(mode, n, dbUrl, tokens));
      }
    }
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.end();
  }

  const int = (x: number) => (Number.isFinite(x) ? Math.round(x).toLocaleString('en-US') : '—');
  console.log(
    `\nnode ${process.version}, ${cpus().length} × ${cpus()[0]?.model}; one room; ${COMMENTS_PER_S} comments/s from ${SENDERS} logged-in senders (the first viewers), the rest guests; ` +
      `one product push/s; ${WARM_UP_S} s warm-up, ${WINDOW_S} s measured, ${DRAIN_MS / 1000} s drain; ${PROBES} probe viewers parse every frame, the others only count events and pushes. ` +
      'The load generator (this process), the server and PostgreSQL/Redis share the same cores.\n',
  );
  console.log('| mode | viewers | connected (failed), all joined in | cut off during run | comments in/s (accepted) | events delivered/s (frames/s) | comment latency p50 / p99 ms | push latency p50 / p99 ms | comments/s per probe viewer | low priority left out (capped/dropped) | pushes answered 200 | high priority drops | server RSS peak (end) MB | server CPU % of a core | load gen CPU % | machine busy % |');
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const r of rows) {
    const refused = Object.entries(r.refused).map(([code, k]) => `${k} ${code}`).join(', ');
    console.log(
      `| ${r.mode} | ${int(r.viewers)} | ${int(r.connected)} (${r.failed.length}), ${r.connectSeconds.toFixed(1)} s | ${r.closedDuring} | ${int(r.commentsInPerS)} (${int(r.accepted)}${refused ? `; refused ${refused}` : ''}) | ${int(r.eventsPerS)} (${int(r.framesPerS)}) | ${int(r.p50)} / ${int(r.p99)} | ${int(r.pushP50)} / ${int(r.pushP99)} | ${r.probeCommentsPerS.toFixed(1)} | ${r.lowLeftOutPct.toFixed(1)}% | ${r.pushes} of ${WINDOW_S}${r.pushes < WINDOW_S ? ' (**pushes failed**)' : ''} | ${r.highDrops}${r.highDropsClosed ? ` (+${r.highDropsClosed} on cut-off sockets)` : ''} | ${int(r.rssPeakMb)} (${int(r.rssEndMb)}) | ${int(r.serverCpu)} | ${int(r.benchCpu)} | ${int(r.machineBusy)} |`,
    );
  }
  const failures = rows.flatMap((r) => r.failed.slice(0, 3).map((f) => `${r.mode} ${r.viewers}: ${f}`));
  if (failures.length) console.log(`\nfirst connection failures: ${failures.join('; ')}`);
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
