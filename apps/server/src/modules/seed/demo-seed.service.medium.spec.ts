import { DataSource } from 'typeorm';
import { openTestDataSource } from '../../../test/support/database';
import { UserEntity } from '../users/entities/user.entity';
import { UsersRepository } from '../users/users.repository';
import { hashPassword, verifyPassword } from '../staff-auth/password-hash';
import { DEMO_CONSOLE_LOGIN } from './demo-accounts';
import { DemoSeedService } from './demo-seed.service';
import { demoContents } from './demo-content';
import { demoCategories, demoGoods, demoMerchant, demoRooms, demoSupportFaqs } from './demo-data';
import { SeedRepository } from './seed.repository';

describe('DemoSeedService (real PostgreSQL)', () => {
  let ds: DataSource;
  let seed: DemoSeedService;
  const count = async (sql: string) => Number((await ds.query(sql, [demoMerchant.id]))[0].n);
  const snapshot = async () => ({
    merchants: await count('SELECT count(*) AS n FROM merchants WHERE id = $1'),
    rooms: await count('SELECT count(*) AS n FROM live_rooms WHERE merchant_id = $1'),
    goods: await count('SELECT count(*) AS n FROM goods WHERE merchant_id = $1'),
    skus: await count('SELECT count(*) AS n FROM goods_skus k JOIN goods g ON g.id = k.goods_id WHERE g.merchant_id = $1'),
    categories: await count(`SELECT count(*) AS n FROM categories WHERE id::text LIKE '6f1c2a52-%' AND $1::uuid IS NOT NULL`),
    contents: await count(`SELECT count(*) AS n FROM contents WHERE merchant_id = $1 AND status = 'published'`),
    links: await count('SELECT count(*) AS n FROM content_goods cg JOIN contents c ON c.id = cg.content_id WHERE c.merchant_id = $1'),
    demoUsers: await count(`SELECT count(*) AS n FROM users WHERE seed_key IN ('demo-merchant', 'demo-admin') AND $1::uuid IS NOT NULL`),
    faqs: await count('SELECT count(*) AS n FROM support_faqs WHERE merchant_id = $1'),
    consoleLogins: await count(`SELECT count(*) AS n FROM staff_credentials c JOIN merchants m ON m.owner_user_id = c.user_id WHERE m.id = $1 AND c.login = 'demo'`),
  });

  beforeAll(async () => {
    ds = await openTestDataSource();
    seed = new DemoSeedService(new UsersRepository(ds.getRepository(UserEntity)), new SeedRepository(ds));
  });
  afterAll(() => ds.destroy());

  it('seeds the shop once; a second run (every boot) adds nothing and keeps edits', async () => {
    await seed.run();
    const first = await snapshot();
    const skus = demoGoods.reduce((n, g) => n + g.skus.length, 0);
    expect(first).toEqual({ merchants: 1, rooms: demoRooms.length, goods: demoGoods.length, skus, categories: demoCategories.length, demoUsers: 2,
      contents: demoContents.length, links: demoContents.reduce((n, c) => n + c.goodsIds.length, 0), faqs: demoSupportFaqs.length, consoleLogins: 1 });
    // Enough for the waterfall's second page at the default limit of 20.
    expect(demoGoods.length).toBeGreaterThan(20);
    await ds.query(`UPDATE goods_skus SET stock = 7 WHERE goods_id = $1 AND spec_values = '["5斤", "标准"]'`, [demoGoods[0]?.id]);
    await seed.run();
    expect(await snapshot()).toEqual(first);
    const [{ stock }] = await ds.query(`SELECT stock FROM goods_skus WHERE goods_id = $1 AND spec_values = '["5斤", "标准"]'`, [demoGoods[0]?.id]);
    expect(stock).toBe(7);
    // The listed price is the cheapest SKU's, with its original price.
    const [orange] = await ds.query('SELECT price_fen, original_price_fen, specs FROM goods WHERE id = $1', [demoGoods[0]?.id]);
    expect(orange).toEqual({ price_fen: '3990', original_price_fen: '4990', specs: [{ name: '规格', values: ['5斤', '10斤'] }, { name: '等级', values: ['标准', '精品'] }] });
    const [{ roles }] = await ds.query(`SELECT roles FROM users WHERE seed_key = 'demo-merchant'`);
    expect(roles).toEqual(['user', 'merchant']);
  });

  it('gives the owner the console login demo/demo1234 once and keeps a changed password', async () => {
    await seed.run();
    const hashOf = async () => (await ds.query(`SELECT c.password_hash FROM staff_credentials c JOIN users u ON u.id = c.user_id WHERE u.seed_key = 'demo-merchant'`))[0].password_hash as string;
    expect(await verifyPassword(DEMO_CONSOLE_LOGIN.password, await hashOf())).toBe(true);
    const changed = await hashPassword('changed-by-owner', { N: 1024, r: 8, p: 1 });
    await ds.query(`UPDATE staff_credentials SET password_hash = $1 WHERE login = 'demo'`, [changed]);
    await seed.run();
    expect(await hashOf()).toBe(changed);
    // Other tests of this run log in with the demo password.
    await ds.query(`UPDATE staff_credentials SET password_hash = $1 WHERE login = 'demo'`, [await hashPassword(DEMO_CONSOLE_LOGIN.password)]);
  });
});
