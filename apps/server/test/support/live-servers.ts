import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { authTokensSchema } from '@livemall/shared';
import { Client } from 'pg';
import { createLogger } from '../../src/common/logging/logger';
import { loadConfig } from '../../src/config/config';
import { type RunningServer, startServer } from '../../src/start-server';
import { RoomClient } from './room-client';
import { scratchDatabase } from './database';
import { HARNESS_LIMITS, testEnv } from './services';

export const DEMO_MERCHANT = '6f1c2a52-5d1e-4c8e-9a51-0d6a1f0c0001';

/**
 * One deployment for a live-room e2e file: one instance on PostgreSQL only, or two sharing Redis (the
 * scale-out mode), with HTTP and socket helpers that spread calls over the instances. It has a database
 * of its own, so other test files' servers never run its jobs or see its rooms.
 */
export class LiveServers {
  readonly clients: RoomClient[] = [];
  private constructor(
    readonly servers: RunningServer[],
    private readonly database: { url: string; drop(): Promise<void> },
  ) {}

  static async start(scaleOut: boolean, extraEnv: Record<string, string> = {}): Promise<LiveServers> {
    const prefix = `live${randomUUID().slice(0, 6)}:`;
    const database = await scratchDatabase();
    const one = async () => {
      const env = testEnv();
      const config = loadConfig({
        NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', DATABASE_URL: database.url, ...(scaleOut ? { REDIS_URL: env.redisUrl, REDIS_PREFIX: `${env.redisPrefix}${prefix}` } : {}),
        DATA_DIR: mkdtempSync(join(tmpdir(), 'lm-live-e2e-')), H5_DIR: mkdtempSync(join(tmpdir(), 'lm-live-h5-')),
        // Instances of one deployment share the signing secret, or a token from one is refused by the other.
        JWT_SECRET: 'live-e2e-secret-0123456789-0123456789-0123',
        ...HARNESS_LIMITS,
        ...extraEnv,
      });
      return startServer(config, createLogger('silent'));
    };
    return new LiveServers(scaleOut ? [await one(), await one()] : [await one()], database);
  }

  url(i: number): string {
    return this.servers[i % this.servers.length]!.url;
  }

  async call(method: string, path: string, token?: string, body?: unknown, instance = 0): Promise<{ status: number; json: Record<string, any> }> {
    const headers: Record<string, string> = {};
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (token) headers.authorization = `Bearer ${token}`;
    const res = await fetch(new URL(path, this.url(instance)), { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await res.text();
    return { status: res.status, json: text ? JSON.parse(text) : undefined };
  }

  async guest(): Promise<{ accessToken: string; user: { id: string } }> {
    return authTokensSchema.parse((await this.call('POST', '/auth/guest', undefined, { deviceId: randomUUID() })).json);
  }

  async demo(account: 'merchant' | 'admin'): Promise<string> {
    return authTokensSchema.parse((await this.call('POST', '/auth/demo', undefined, { account })).json).accessToken;
  }

  async open(i: number, roomId: string, token?: string): Promise<RoomClient> {
    const c = await RoomClient.open(this.url(i), roomId, token);
    this.clients.push(c);
    await c.snapshot();
    return c;
  }

  closeClients(): void {
    for (const c of this.clients.splice(0)) c.close();
  }

  async stop(): Promise<void> {
    this.closeClients();
    for (const s of this.servers) await s.stop();
    await this.database.drop();
  }

  /** Direct SQL for test setup and for checking the books. */
  async withDb<T>(work: (db: Client) => Promise<T>): Promise<T> {
    const db = new Client({ connectionString: this.database.url });
    await db.connect();
    try {
      return await work(db);
    } finally {
      await db.end();
    }
  }

  /** A room of the demo shop straight in the database, live (or upcoming) from the start. */
  createLiveRoom(title: string, status: 'live' | 'scheduled' = 'live'): Promise<string> {
    return this.withDb(async (db) => {
      const { rows } = await db.query(
        `INSERT INTO live_rooms (merchant_id, title, anchor_name, status, started_at) VALUES ($1, $2, '林掌柜', $3::varchar, CASE WHEN $3::varchar = 'live' THEN now() END) RETURNING id`,
        [DEMO_MERCHANT, title, status],
      );
      return rows[0].id as string;
    });
  }
}
