import { randomUUID } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { scratchDatabase } from '../../support/database';
import { testEnv } from '../../support/services';
import { freePort, type Spawned, spawnServer, waitForHealth } from '../../support/spawn-server';

const running = (s: Spawned) => s.child.exitCode === null && s.child.signalCode === null;

export type Mode = 'postgres' | 'scale-out';

/**
 * One deployment of the built server as real processes (so SIGKILL is a real crash, not a closed app):
 * a scratch database, in scale-out a Redis key prefix of its own, and one or more instances that can be
 * killed and started again on the same database, prefix, data folder and signing secret.
 */
export class CrashDeployment {
  private readonly instances: Array<{ port: number; spawned: Spawned | null }> = [];
  private readonly dataDir = mkdtempSync(join(tmpdir(), 'lm-crash-'));
  private readonly h5Dir = mkdtempSync(join(tmpdir(), 'lm-crash-h5-'));
  readonly redisPrefix: string;
  /** How long each start took until healthy, in ms (for the figures in the docs). */
  readonly startTimes: number[] = [];

  private constructor(
    readonly mode: Mode,
    private readonly database: { url: string; drop(): Promise<void> },
    readonly db: Client,
  ) {
    this.redisPrefix = `${testEnv().redisPrefix}crash${randomUUID().slice(0, 6)}:`;
    chmodSync(this.dataDir, 0o755);
  }

  static async create(mode: Mode, instances = 1): Promise<CrashDeployment> {
    const database = await scratchDatabase();
    const db = new Client({ connectionString: database.url });
    await db.connect();
    const d = new CrashDeployment(mode, database, db);
    for (let i = 0; i < instances; i++) d.instances.push({ port: await freePort(), spawned: null });
    for (let i = 0; i < instances; i++) await d.start(i);
    return d;
  }

  url(i = 0): string {
    return `http://127.0.0.1:${this.instances[i % this.instances.length]!.port}`;
  }

  get size(): number {
    return this.instances.length;
  }

  /** Starts instance `i` (again) and waits until it answers /healthz, i.e. its start-up work is done. */
  async start(i = 0): Promise<void> {
    const inst = this.instances[i]!;
    if (inst.spawned && running(inst.spawned)) throw new Error(`instance ${i} is running`);
    const env = testEnv();
    inst.spawned = spawnServer({
      NODE_ENV: 'test', HOST: '127.0.0.1', PORT: String(inst.port), DATABASE_URL: this.database.url,
      DATA_DIR: this.dataDir, H5_DIR: this.h5Dir, JWT_SECRET: 'crash-e2e-secret-0123456789-0123456789-01',
      LOG_LEVEL: 'error',
      ...(this.mode === 'scale-out' ? { REDIS_URL: env.redisUrl, REDIS_PREFIX: this.redisPrefix } : {}),
    });
    const t0 = Date.now();
    await waitForHealth(this.url(i), inst.spawned);
    this.startTimes.push(Date.now() - t0);
  }

  /** SIGKILL: no shutdown hook runs, open transactions die with their connections. */
  async kill(i = 0): Promise<void> {
    const spawned = this.instances[i]?.spawned;
    if (!spawned || !running(spawned)) return;
    spawned.child.kill('SIGKILL');
    await spawned.exited;
  }

  /** Kills these instances at once. */
  async killAll(which: readonly number[]): Promise<void> {
    await Promise.all(which.map((i) => this.kill(i)));
  }

  async startAll(which: readonly number[]): Promise<void> {
    for (const i of which) await this.start(i);
  }

  /** The instances not in `victims`. */
  survivors(victims: readonly number[]): number[] {
    return this.instances.map((_, i) => i).filter((i) => !victims.includes(i));
  }

  /** What the instances wrote to stderr: a crash-time error that is not the kill itself is worth seeing. */
  stderr(): string {
    return this.instances.map((x, i) => `[${i}] ${x.spawned?.stderr() ?? ''}`).join('\n');
  }

  async stop(): Promise<void> {
    for (let i = 0; i < this.instances.length; i++) await this.kill(i);
    await this.db.end().catch(() => undefined);
    await this.database.drop();
    rmSync(this.dataDir, { recursive: true, force: true });
    rmSync(this.h5Dir, { recursive: true, force: true });
  }
}
