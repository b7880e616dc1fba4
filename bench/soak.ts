// The soak: the mixed scenario (apps/server/test/hardening/support/soak-scenario.ts) against one built
// server process for SOAK_SECONDS — viewers in live rooms commenting and liking over WebSockets, a red
// packet every few seconds grabbed by the room, shoppers browsing, carting, ordering and paying — with a
// sample every 10 s (answers/s and p50/p99 per kind, refusals, unexpected errors, the server's RSS from
// /proc, and the V8 heap left after its latest major GC from its --trace-gc output). Prints a table per
// window and a verdict (rules in support/soak-verdict.ts); exits 1 if it fails.
// The samples go to bench/results/soak-<run>.json.
//   pnpm verify --only soak     or   SOAK_SECONDS=120 pnpm exec tsx bench/soak.ts
//   env: SOAK_SECONDS=1800  SOAK_MODE=redis|pg  SOAK_ROOMS=3  SOAK_VIEWERS=100 (per room)  SOAK_SHOPPERS=12
//        SOAK_PACKET_EVERY_S=5  SOAK_COMMENT_EVERY_S=20  SOAK_LIKE_EVERY_S=5  SOAK_WARMUP_SECONDS
//        BENCH_DATABASE_URL  BENCH_REDIS_URL
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import Redis from 'ioredis';
import { GcTrace } from '../apps/server/test/hardening/support/gc-trace';
import { runSoak, type SoakOptions, type SoakReport } from '../apps/server/test/hardening/support/soak-scenario';
import { memory, withDb } from './support/api-process';
import { forEachMode } from './support/modes';
import { describe, judge, warmupFor } from './support/soak-verdict';

const env = process.env;
const SECONDS = Number(env.SOAK_SECONDS ?? 1800);
const MODE = env.SOAK_MODE ?? 'redis';
const SAMPLE_EVERY_S = 10;
const WARMUP_S = warmupFor(SECONDS, env.SOAK_WARMUP_SECONDS ? Number(env.SOAK_WARMUP_SECONDS) : undefined);
const adminUrl = env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const redisUrl = env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
const SECRET = 'bench-secret-0123456789-0123456789-0123456789';
const runId = `soak${Date.now().toString(36)}`;

async function dropRedisKeys(prefix: string): Promise<void> {
  const redis = new Redis(redisUrl);
  try {
    const stream = redis.scanStream({ match: `${prefix}*`, count: 1000 });
    for await (const keys of stream as AsyncIterable<string[]>) if (keys.length) await redis.del(...keys);
  } finally {
    redis.disconnect();
  }
}

async function main(): Promise<void> {
  if (MODE !== 'pg' && MODE !== 'redis') throw new Error(`SOAK_MODE must be pg or redis, not ${MODE}`);
  const database = `lm_bench_${runId}`;
  const options: Omit<SoakOptions, 'base' | 'databaseUrl'> = {
    seconds: SECONDS,
    rooms: Number(env.SOAK_ROOMS ?? 3),
    viewersPerRoom: Number(env.SOAK_VIEWERS ?? 100),
    shoppers: Number(env.SOAK_SHOPPERS ?? 12),
    commentEveryS: Number(env.SOAK_COMMENT_EVERY_S ?? 20),
    likeEveryS: Number(env.SOAK_LIKE_EVERY_S ?? 5),
    packetEveryS: Number(env.SOAK_PACKET_EVERY_S ?? 5),
    sampleEveryS: SAMPLE_EVERY_S,
    tag: runId,
  };
  let report: SoakReport | undefined;
  let label = '';
  const load0 = loadavg()[0] as number;
  const startedAt = new Date().toISOString();
  const gcTrace = new GcTrace();
  try {
    await forEachMode({ adminUrl, redisUrl, secret: SECRET, database, runId, only: MODE, gcTrace }, async (run) => {
      label = run.label;
      report = await runSoak({
        ...options,
        base: run.api.base,
        databaseUrl: withDb(adminUrl, database),
        rss: () => memory(run.api.pid).rss,
        heap: () => gcTrace.liveBytes(),
        log: (line) => console.error(line),
        onSample: (s) =>
          console.error(
            `${Math.round(s.at).toString().padStart(5)} s  ${Math.round(s.opsPerS)} answers/s  comment p99 ${Math.round(s.kinds.comment?.p99 ?? NaN)} ms  grab p99 ${Math.round(s.kinds.grab?.p99 ?? NaN)} ms  ` +
              `order p99 ${Math.round(s.kinds.order?.p99 ?? NaN)} ms  unexpected ${s.unexpected}  RSS ${Math.round(s.rssMb ?? NaN)} MB  heap ${s.heapMb?.toFixed(1) ?? '—'} MB`,
          ),
      });
    });
  } finally {
    if (MODE === 'redis') await dropRedisKeys(`bench:${runId}:`);
  }
  if (!report) throw new Error('the soak did not run');

  const verdict = judge(report, SECONDS, SAMPLE_EVERY_S, WARMUP_S);
  const machine = `node ${process.version}, ${cpus().length} × ${cpus()[0]?.model}; load average ${load0.toFixed(2)} at the start, ${(loadavg()[0] as number).toFixed(2)} at the end (the machine is shared)`;
  console.log(
    `\n${machine}\nmode: ${label}; ${SECONDS} s; ${options.rooms} rooms × ${options.viewersPerRoom} logged-in viewers on WebSockets (a comment every ~${options.commentEveryS} s and a like frame every ~${options.likeEveryS} s each); ` +
      `a red packet every ${options.packetEveryS} s in the next room, grabbed by ~80% of its viewers within 3 s; ${options.shoppers} shoppers browsing, carting, ordering and paying with 0.2–0.8 s between steps. ` +
      'The load generator (this process), the server and PostgreSQL/Redis share the same cores.\n',
  );
  console.log(describe(verdict, report));
  mkdirSync(join(__dirname, 'results'), { recursive: true });
  const file = join(__dirname, 'results', `${runId}.json`);
  writeFileSync(file, JSON.stringify({ startedAt, machine, mode: label, options, verdict, totals: report.totals, books: report.books, samples: report.samples }, null, 1));
  console.log(`\nsamples: ${file}`);
  if (!verdict.pass) process.exitCode = 1;
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
