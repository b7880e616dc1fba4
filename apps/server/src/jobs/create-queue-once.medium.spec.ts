import PgBoss from 'pg-boss';
import { scratchDatabase } from '../../test/support/database';
import { createQueueOnce } from './create-queue-once';

// Several processes booting at once on one database (scale-out, or tests beside a running server) all
// create the same queues. Plain `createQueue` deadlocks under that; `createQueueOnce` must not.
describe('createQueueOnce against the real PostgreSQL', () => {
  let db: { url: string; drop(): Promise<void> };
  let bosses: PgBoss[];

  beforeAll(async () => {
    db = await scratchDatabase();
    bosses = [];
    for (let i = 0; i < 4; i++) {
      const boss = new PgBoss({ connectionString: db.url, schema: 'pgboss', max: 4 });
      boss.on('error', () => undefined);
      await boss.start();
      bosses.push(boss);
    }
  });

  afterAll(async () => {
    for (const boss of bosses) await boss.stop({ graceful: false, wait: true, close: true });
    await db.drop();
  });

  it('creates each queue exactly once when four instances race to create twelve queues', async () => {
    const names = Array.from({ length: 12 }, (_, i) => `race-${i}`);
    const results = await Promise.allSettled(names.flatMap((name) => bosses.map((boss) => createQueueOnce(boss, db.url, name))));

    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    const queues = (await bosses[0]!.getQueues()).map((q) => q.name).filter((n) => n.startsWith('race-'));
    expect(queues.sort()).toEqual([...names].sort());
  });

  it('is a no-op for a queue that already exists', async () => {
    await createQueueOnce(bosses[0]!, db.url, 'existing');
    await expect(createQueueOnce(bosses[1]!, db.url, 'existing')).resolves.toBeUndefined();
    expect((await bosses[1]!.getQueue('existing'))?.name).toBe('existing');
  });
});
