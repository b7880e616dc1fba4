// The built server (`apps/server/dist/main.js`) as a child process of a benchmark, so its RSS and CPU are
// its own and can be read from /proc/<pid>. Same settings as bench/grab.ts: production mode with the demo
// logins on, its own data directory, the given database, Redis only when asked.
import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '../..');

export const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

export const withDb = (url: string, db: string) => Object.assign(new URL(url), { pathname: `/${db}` }).toString();

export interface ApiProcess {
  base: string;
  pid: number;
  stop(): Promise<void>;
}

export interface ApiProcessOptions {
  databaseUrl: string;
  secret: string;
  redisUrl?: string;
  redisPrefix?: string;
  /** Run the server with --trace-gc and hand its stdout here (the soak reads the live heap from it). */
  gcTrace?: { write(chunk: Buffer): void };
}

export async function startApiProcess(opts: ApiProcessOptions): Promise<ApiProcess> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'lm-bench-'));
  chmodSync(dataDir, 0o755);
  // BENCH_PROFILE=dir writes a V8 CPU profile of each server process there (open it in Chrome DevTools).
  const profile = process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [];
  const trace = opts.gcTrace ? ['--trace-gc'] : [];
  const child = spawn(process.execPath, [...profile, ...trace, join(root, 'apps/server/dist/main.js')], {
    env: {
      // Every simulated client logs in from this one address; the per-address login limit would throttle
      // the bench itself. Per-user limits stay as deployed.
      RATE_LIMIT_LOGIN: '1000000/1m',
      ...process.env, NODE_ENV: 'production', GUEST_LOGIN: 'true', SEED_DEMO: 'true', PAY_PROVIDER: 'dev', PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'error',
      DATABASE_URL: opts.databaseUrl, JWT_SECRET: opts.secret, ...(opts.redisUrl ? { REDIS_URL: opts.redisUrl, REDIS_PREFIX: opts.redisPrefix ?? 'bench:' } : { REDIS_URL: '' }),
    },
    stdio: ['ignore', opts.gcTrace ? 'pipe' : 'ignore', 'inherit'],
  });
  if (opts.gcTrace) child.stdout?.on('data', (chunk: Buffer) => opts.gcTrace?.write(chunk));
  const base = `http://127.0.0.1:${port}`;
  await waitHealthy(base, child);
  return { base, pid: child.pid as number, stop: () => stopChild(child) };
}

async function waitHealthy(base: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${base}/healthz`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${base} did not start`);
}

export function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

const CLOCK_TICKS = 100; // USER_HZ: `getconf CLK_TCK` is 100 on Linux

/** CPU seconds (user + system) a process has used so far, from /proc/<pid>/stat. */
export function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may hold spaces) start at field 3; utime and stime are 14 and 15.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
}

/** Resident set size now and its peak so far (VmRSS, VmHWM), in bytes. */
export function memory(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
  return { rss: kb('VmRSS'), peak: kb('VmHWM') };
}

/** Busy and total jiffies of the whole machine (all cores), from /proc/stat. */
export function machineTicks(): { busy: number; total: number } {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] as string;
  const v = line.trim().split(/\s+/).slice(1).map(Number);
  const total = v.reduce((a, b) => a + b, 0);
  const idle = (v[3] ?? 0) + (v[4] ?? 0);
  return { busy: total - idle, total };
}
