import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import PgBoss from 'pg-boss';
import { DATABASE_INFO } from '../config/config.tokens';
import type { DatabaseInfo } from '../database/database-info';
import { createQueueOnce } from './create-queue-once';

const BATCH_SIZE = 50;

/**
 * Delayed, persisted, retried jobs on PostgreSQL (pg-boss), in both modes: a job scheduled before a
 * restart still runs after it. Handlers must be idempotent — pg-boss delivers at least once.
 */
@Injectable()
export class Jobs implements OnModuleDestroy {
  private boss: PgBoss | undefined;
  private starting: Promise<PgBoss> | undefined;
  private readonly queues = new Map<string, Promise<void>>();
  private readonly log = new Logger('Jobs');

  constructor(@Inject(DATABASE_INFO) private readonly database: DatabaseInfo) {}

  private start(): Promise<PgBoss> {
    this.starting ??= (async () => {
      const boss = new PgBoss({ connectionString: this.database.url, schema: 'pgboss', max: 4 });
      // pg-boss reports a lost database here and keeps polling; without a listener the error would be
      // thrown and end the process.
      boss.on('error', (error) => this.log.error(String(error)));
      await boss.start();
      this.boss = boss;
      return boss;
    })();
    // Started while the database was down: forget the failure, so the next call starts it again instead of
    // every later schedule failing with the first error for the life of the process.
    this.starting.catch(() => (this.starting = undefined));
    return this.starting;
  }

  async schedule(queue: string, data: object, runAt: Date, singletonKey: string): Promise<void> {
    const boss = await this.start();
    await this.ensureQueue(boss, queue);
    await boss.send(queue, data, { startAfter: runAt, singletonKey, retryLimit: 10, retryDelay: 5, retryBackoff: true });
  }

  async work<T extends object>(queue: string, handler: (data: T) => Promise<void>): Promise<void> {
    const boss = await this.start();
    await this.ensureQueue(boss, queue);
    // pg-boss waits out the polling interval after every fetch, even one that found work: one job a
    // fetch is one job a second per queue (30 packets ending together refunded over 30 s, a backlog
    // after an outage drained at that pace). So each fetch takes a batch.
    await boss.work<T>(queue, { pollingIntervalSeconds: 1, batchSize: BATCH_SIZE }, async (jobs) => {
      for (const job of jobs) {
        try {
          await handler(job.data);
        } catch (error) {
          // Only this job goes back for a retry: the batch is completed without it (pg-boss completes
          // only jobs still active).
          await boss.fail(queue, job.id, { message: String(error) });
        }
      }
    });
  }

  /** Once per queue per process; a failed attempt is forgotten so the next call tries again. */
  private ensureQueue(boss: PgBoss, queue: string): Promise<void> {
    let ready = this.queues.get(queue);
    if (!ready) {
      ready = createQueueOnce(boss, this.database.url, queue);
      ready.catch(() => this.queues.delete(queue));
      this.queues.set(queue, ready);
    }
    return ready;
  }

  async onModuleDestroy(): Promise<void> {
    await this.boss?.stop({ graceful: false, wait: true, close: true }).catch(() => undefined);
  }
}
