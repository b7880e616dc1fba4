import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export interface StartedServer {
  baseUrl: string;
  dataDir: string;
  /** Everything the server printed, for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

/** Fails without the builds or the browser: skipping would hide a broken `pnpm test` pipeline. */
export function requireBuilt(files: Record<string, string>): void {
  const missing = Object.entries(files).filter(([, file]) => !existsSync(file));
  if (missing.length) {
    throw new Error(
      `e2e cannot start, missing: ${missing.map(([what, file]) => `${what} (${file})`).join(', ')}. ` +
        'The root `pnpm test` builds the server and the H5 app first (or run `pnpm build`); ' +
        'Chromium is the Debian package `chromium` (or set CHROMIUM_PATH).',
    );
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** Starts `node <serverMain>` on a free port with a fresh data folder and waits for /healthz. */
export async function startServer(serverMain: string, h5Dir: string, timeoutMs = 60_000): Promise<StartedServer> {
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'livemall-e2e-'));
  // The embedded PostgreSQL runs as the `postgres` user when we are root: it must be able to enter here.
  chmodSync(dataDir, 0o755);

  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: String(port),
    H5_DIR: h5Dir,
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    // The specs log in many guests from 127.0.0.1, past a real deployment's per-address login limit.
    RATE_LIMIT_LOGIN: '1000000/1m',
  };
  // An external database and Redis (CI) are used when given; otherwise the server embeds PostgreSQL.
  for (const name of ['DATABASE_URL', 'REDIS_URL'] as const) if (process.env[name]) env[name] = process.env[name];

  const child = spawn(process.execPath, [serverMain], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let stopping = false;
  // A server that dies under a spec shows up as ECONNREFUSED in some later step; say why where it happened.
  void exited.then((code) => {
    if (!stopping) console.error(`the e2e server on port ${port} exited on its own (code ${code})\n--- server output ---\n${output.slice(-6000)}`);
  });

  const baseUrl = `http://127.0.0.1:${port}`;
  const server: StartedServer = {
    baseUrl,
    dataDir,
    output: () => output,
    stop: () => {
      stopping = true;
      return stop(child, exited);
    },
  };
  try {
    await waitForHealth(baseUrl, exited, timeoutMs);
  } catch (error) {
    await server.stop();
    throw new Error(`${(error as Error).message}\n--- server output ---\n${output.slice(-4000)}`);
  }
  return server;
}

async function waitForHealth(baseUrl: string, exited: Promise<number | null>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exitCode: number | null | undefined;
  void exited.then((code) => (exitCode = code));
  while (Date.now() < deadline) {
    if (exitCode !== undefined) throw new Error(`server exited with code ${exitCode} before /healthz answered`);
    try {
      const response = await fetch(`${baseUrl}/healthz`);
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`server did not answer GET /healthz with 200 within ${timeoutMs / 1000} s`);
}

async function stop(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  // The server stops its embedded PostgreSQL on SIGTERM; a hard kill would leave postgres running.
  let timer: NodeJS.Timeout | undefined;
  const graceful = await Promise.race([
    exited.then(() => true),
    new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), 20_000))),
  ]);
  clearTimeout(timer);
  if (!graceful) {
    child.kill('SIGKILL');
    await exited;
  }
}
