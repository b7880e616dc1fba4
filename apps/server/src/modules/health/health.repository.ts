import { Inject, Injectable, Optional } from '@nestjs/common';
import type Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { REDIS } from '../../config/config.tokens';

export interface Probe {
  up: boolean;
  latencyMs: number;
}

async function timed(fn: () => Promise<unknown>): Promise<Probe> {
  const start = process.hrtime.bigint();
  const up = await Promise.race([
    fn().then(() => true, () => false),
    new Promise<boolean>((r) => setTimeout(() => r(false), 2000).unref()),
  ]);
  return { up, latencyMs: Number((process.hrtime.bigint() - start) / 1000n) / 1000 };
}

@Injectable()
export class HealthRepository {
  constructor(
    private readonly db: DataSource,
    @Optional() @Inject(REDIS) private readonly redis: Redis | null,
  ) {}

  pingDatabase(): Promise<Probe> {
    return timed(() => this.db.query('SELECT 1'));
  }

  /** Null when the server runs without Redis. */
  pingRedis(): Promise<Probe> | null {
    const redis = this.redis;
    return redis ? timed(() => redis.ping()) : null;
  }
}
