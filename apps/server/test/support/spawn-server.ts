import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { HARNESS_LIMITS } from './services';

export const serverMain = join(__dirname, '../../dist/main.js');

export function requireBuiltServer(): void {
  if (!existsSync(serverMain)) throw new Error(`${serverMain} is missing: run \`pnpm build:server\` first (pnpm test does)`);
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}

export interface Spawned {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

/** Runs the built server as `pnpm start` does, with the given environment on top of a clean one. */
export function spawnServer(env: Record<string, string>): Spawned {
  const base = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^(DATABASE_URL|REDIS_URL|PORT|DATA_DIR|H5_DIR|JWT_SECRET|WX_.*|NODE_ENV)$/.test(k)),
  );
  const child = spawn(process.execPath, [serverMain], { env: { ...base, LOG_LEVEL: 'warn', ...HARNESS_LIMITS, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, stdout: () => out, stderr: () => err, exited };
}

export async function waitForHealth(baseUrl: string, spawned: Spawned, ms = 60_000): Promise<unknown> {
  const until = Date.now() + ms;
  let exitCode: number | null | undefined;
  void spawned.exited.then((c) => (exitCode = c));
  while (Date.now() < until) {
    if (exitCode !== undefined) throw new Error(`server exited (${exitCode}): ${spawned.stderr()}${spawned.stdout().slice(-2000)}`);
    try {
      const res = await fetch(new URL('/healthz', baseUrl));
      if (res.ok) return await res.json();
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server did not become healthy in ${ms} ms: ${spawned.stdout().slice(-2000)}`);
}
