import { openTestDataSource } from '../../../../test/support/database';
import { grabStrategyContract } from './grab-strategy.contract';

grabStrategyContract('PostgreSQL only (embedded mode)', async () => ({ ds: await openTestDataSource(), redis: null }), async ({ ds }) => {
  await ds.destroy();
});
