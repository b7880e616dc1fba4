import { PgProcess } from '../../test/hardening/support/pg-process';
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
