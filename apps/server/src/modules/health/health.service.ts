import { Inject, Injectable } from '@nestjs/common';
import type { Health } from '@livemall/shared';
import { DATABASE_INFO } from '../../config/config.tokens';
import type { DatabaseInfo } from '../../database/database-info';
import { HealthRepository } from './health.repository';

const startedAt = Date.now();
// eslint-disable-next-line @typescript-eslint/no-require-imports
const version: string = (require('../../../package.json') as { version: string }).version;

@Injectable()
export class HealthService {
  constructor(
    private readonly probes: HealthRepository,
    @Inject(DATABASE_INFO) private readonly database: DatabaseInfo,
  ) {}

  async check(): Promise<Health> {
    const [db, redis] = await Promise.all([this.probes.pingDatabase(), this.probes.pingRedis()]);
    const down = !db.up || (redis !== null && !redis.up);
    return {
      status: down ? 'degraded' : 'ok',
      version,
      uptimeSeconds: Math.floor((Date.now() - startedAt) / 1000),
      database: { status: db.up ? 'up' : 'down', mode: this.database.mode, latencyMs: db.latencyMs },
      redis: redis ? { status: redis.up ? 'up' : 'down', latencyMs: redis.latencyMs } : { status: 'disabled' },
    };
  }
}
