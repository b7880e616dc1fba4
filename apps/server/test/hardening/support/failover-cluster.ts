import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { scratchDatabase } from '../../support/database';
import { testEnv } from '../../support/services';
import { freePort, requireBuiltServer, type Spawned, spawnServer, waitForHealth } from '../../support/spawn-server';
import { FailoverFront } from './failover-front';

interface Instance {
  port: number;
  process: Spawned | null;
}

/**
 * A scale-out deployment as production runs it: built server processes on one database and one Redis
 * (a key prefix of its own), the same signing secret, behind one front address. Instances can be
 * SIGKILLed and started again on the same port.
 */
export class FailoverCluster {
  private constructor(
    readonly instances: Instance[],
    readonly front: FailoverFront,
    readonly redisPrefix: string,
    private readonly env: Record<string, string>,
    private readonly database: { url: string; drop(): Promise<void> },
  ) {}

  static async start(count: number): Promise<FailoverCluster> {
    requireBuiltServer();
    const database = await scratchDatabase();
    const { redisUrl, redisPrefix } = testEnv();
    const prefix = `${redisPrefix}fo${randomUUID().slice(0, 6)}:`;
    const env = {
      NODE_ENV: 'test', HOST: '127.0.0.1', DATABASE_URL: database.url, REDIS_URL: redisUrl, REDIS_PREFIX: prefix,
      JWT_SECRET: 'failover-e2e-secret-0123456789-0123456789',
      DATA_DIR: mkdtempSync(join(tmpdir(), 'lm-failover-')), H5_DIR: mkdtempSync(join(tmpdir(), 'lm-failover-h5-')),
    };
    const instances: Instance[] = [];
    for (let i = 0; i < count; i++) instances.push({ port: await freePort(), process: null });
    const front = await FailoverFront.start(instances.map((i) => i.port));
    const cluster = new FailoverCluster(instances, front, prefix, env, database);
    // One after the other: the first runs the migrations and seeds the demo shop.
    for (let i = 0; i < count; i++) await cluster.restart(i);
    return cluster;
  }

  get url(): string {
    return this.front.url;
  }

  get databaseUrl(): string {
    return this.database.url;
  }

  instanceUrl(i: number): string {
    return `http://127.0.0.1:${this.instances[i]!.port}/`;
  }

  async restart(i: number): Promise<void> {
    const instance = this.instances[i]!;
    if (instance.process) throw new Error(`instance ${i} is running`);
    instance.process = spawnServer({ ...this.env, PORT: String(instance.port) });
    await waitForHealth(this.instanceUrl(i), instance.process);
  }

  /** SIGKILL: no shutdown hook runs, sockets are cut, in-flight work is lost, as in a crashed pod. */
  async kill(i: number): Promise<void> {
    const instance = this.instances[i]!;
    const running = instance.process;
    if (!running) throw new Error(`instance ${i} is not running`);
    instance.process = null;
    running.child.kill('SIGKILL');
    await running.exited;
  }

  async stop(): Promise<void> {
    await this.front.stop();
    for (let i = 0; i < this.instances.length; i++) if (this.instances[i]!.process) await this.kill(i);
    await this.database.drop();
  }

  /** An HTTP call through the front (or straight to one instance), with a bound on how long it may hang. */
  async call(method: string, path: string, token?: string, body?: unknown, base = this.url): Promise<{ status: number; json: any }> {
    const headers: Record<string, string> = {};
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (token) headers.authorization = `Bearer ${token}`;
    const res = await fetch(new URL(path, base), {
      method, headers, body: body === undefined ? undefined : JSON.stringify(body), signal: AbortSignal.timeout(15_000),
    });
    const text = await res.text();
    return { status: res.status, json: text ? JSON.parse(text) : undefined };
  }

  /** Through the front, retried while the connection breaks (its instance just died): what a client app does. */
  async callRetrying(method: string, path: string, token?: string, body?: unknown): Promise<{ status: number; json: any }> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.call(method, path, token, body);
      } catch (error) {
        if (attempt >= 5) throw error;
        await new Promise((r) => setTimeout(r, 100 * attempt));
      }
    }
  }
}
