import { DataSource } from 'typeorm';
import { openTestDataSource } from '../../../test/support/database';
import { UserEntity } from '../users/entities/user.entity';
import { UsersRepository } from '../users/users.repository';
import { DemoSeedService } from './demo-seed.service';
import { demoGoods, demoMerchant, demoRooms } from './demo-data';
import { SeedRepository } from './seed.repository';

describe('DemoSeedService (real PostgreSQL)', () => {
  let ds: DataSource;
  let seed: DemoSeedService;
  const count = async (sql: string) => Number((await ds.query(sql, [demoMerchant.id]))[0].n);
  const snapshot = async () => ({
    merchants: await count('SELECT count(*) AS n FROM merchants WHERE id = $1'),
    rooms: await count('SELECT count(*) AS n FROM live_rooms WHERE merchant_id = $1'),
    goods: await count('SELECT count(*) AS n FROM goods WHERE merchant_id = $1'),
    demoUsers: await count(`SELECT count(*) AS n FROM users WHERE seed_key IN ('demo-merchant', 'demo-admin') AND $1::uuid IS NOT NULL`),
  });

  beforeAll(async () => {
    ds = await openTestDataSource();
    seed = new DemoSeedService(new UsersRepository(ds.getRepository(UserEntity)), new SeedRepository(ds));
  });
  afterAll(() => ds.destroy());

  it('seeds the shop once; a second run (every boot) adds nothing and keeps edits', async () => {
    await seed.run();
    const first = await snapshot();
    expect(first).toEqual({ merchants: 1, rooms: demoRooms.length, goods: demoGoods.length, demoUsers: 2 });
    await ds.query('UPDATE goods SET stock = 7 WHERE id = $1', [demoGoods[0]?.id]);
    await seed.run();
    expect(await snapshot()).toEqual(first);
    const [{ stock }] = await ds.query('SELECT stock FROM goods WHERE id = $1', [demoGoods[0]?.id]);
    expect(stock).toBe(7);
    const [{ roles }] = await ds.query(`SELECT roles FROM users WHERE seed_key = 'demo-merchant'`);
    expect(roles).toEqual(['user', 'merchant']);
  });
});
