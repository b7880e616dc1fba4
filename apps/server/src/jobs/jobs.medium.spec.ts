import { Client } from 'pg';
import { PgProcess } from '../../test/hardening/support/pg-process';
import { scratchDatabase } from '../../test/support/database';
import { Jobs } from './jobs';

// A server whose database was down the first time it scheduled a job (pg-boss starts lazily) must start
// pg-boss on a later call, not fail every schedule with that first error for the rest of its life.
describe('Jobs when the database was down at first use (a private PostgreSQL)', () => {
  let pg: PgProcess;
  let jobs: Jobs;

  beforeAll(async () => {
    pg = await PgProcess.start();
    jobs = new Jobs({ mode: 'external', url: pg.url });
  }, 60_000);
  afterAll(async () => {
    await jobs.onModuleDestroy();
    await pg.remove();
  });

  it('schedules once the database is back', async () => {
    await pg.stop();
    await expect(jobs.schedule('outage-probe', { n: 1 }, new Date(), 'first')).rejects.toThrow();
    await pg.up();
    await expect(jobs.schedule('outage-probe', { n: 2 }, new Date(), 'second')).resolves.toBeUndefined();
  }, 60_000);
});

const states = async (db: Client, queue: string) =>
  Object.fromEntries((await db.query(`SELECT state, count(*)::int AS n FROM pgboss.job WHERE name = $1 GROUP BY state`, [queue])).rows.map((r) => [r.state, r.n]));

async function until<T>(probe: () => Promise<T>, done: (v: T) => boolean, ms: number): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (done(v) || Date.now() > end) return v;
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('Jobs against the real PostgreSQL', () => {
  let database: { url: string; drop(): Promise<void> };
  let db: Client;
  let jobs: Jobs;

  beforeAll(async () => {
    database = await scratchDatabase();
    db = new Client({ connectionString: database.url });
    await db.connect();
    jobs = new Jobs({ mode: 'external', url: database.url });
  });
  afterAll(async () => {
    await jobs.onModuleDestroy();
    await db.end();
    await database.drop();
  });

  // A backlog (packets ending together, work that fell due during an outage) used to drain at one job a
  // second per queue: pg-boss waits out the polling interval after each fetch, and each fetch took one.
  it('works a backlog in batches, and a failing job goes back alone while the rest complete', async () => {
    const queue = 'backlog-test';
    const now = new Date();
    for (let i = 0; i < 60; i++) await jobs.schedule(queue, { n: i }, now, `k${i}`);
    const seen: number[] = [];
    await jobs.work<{ n: number }>(queue, async ({ n }) => {
      seen.push(n);
      if (n === 7) throw new Error('job 7 fails');
    });

    // No hang beyond 15 s: at one job a second, 60 jobs would take a minute.
    const after = await until(() => states(db, queue), (s) => s.completed === 59, 15_000);
    expect(after).toEqual({ completed: 59, retry: 1 });
    expect(new Set(seen)).toEqual(new Set(Array.from({ length: 60 }, (_, i) => i)));
    const [failed] = (await db.query(`SELECT data, output FROM pgboss.job WHERE name = $1 AND state = 'retry'`, [queue])).rows;
    expect(failed).toMatchObject({ data: { n: 7 }, output: { message: 'Error: job 7 fails' } });
  });
});
