import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { openTestDataSource } from '../../../test/support/database';
import { UserEntity } from './entities/user.entity';
import { UsersRepository } from './users.repository';

describe('UsersRepository (real PostgreSQL)', () => {
  let ds: DataSource;
  let users: UsersRepository;

  beforeAll(async () => {
    ds = await openTestDataSource();
    users = new UsersRepository(ds.getRepository(UserEntity));
  });
  afterAll(() => ds.destroy());

  it('makes exactly one user when 25 first logins race for the same openid', async () => {
    const openid = `o_${randomUUID()}`;
    const results = await Promise.all(Array.from({ length: 25 }, () => users.upsertWechat(openid, undefined, { nickname: '微信用户' })));
    expect(new Set(results.map((u) => u.id)).size).toBe(1);
    const [{ count }] = await ds.query('SELECT count(*)::int AS count FROM users WHERE openid = $1', [openid]);
    expect(count).toBe(1);
  });

  it('keeps a unionid once known, and records one that arrives later', async () => {
    const openid = `o_${randomUUID()}`;
    const first = await users.upsertWechat(openid, undefined, { nickname: 'a' });
    expect(first.unionid).toBeNull();
    const bound = await users.upsertWechat(openid, 'u_1', { nickname: 'b' });
    const again = await users.upsertWechat(openid, undefined, { nickname: 'c' });
    expect([bound.id, again.id]).toEqual([first.id, first.id]);
    expect(again.unionid).toBe('u_1');
    expect(again.nickname).toBe('a'); // the profile is set once; the user edits it later
    expect(again.provider).toBe('wechat');
    expect(again.roles).toEqual(['user']);
  });

  it('gives a guest device one account, separate from seeded accounts with the same key', async () => {
    const key = `dev_${randomUUID().slice(0, 8)}`;
    const guest = await users.upsertGuest(key, { nickname: 'g' });
    const seeded = await users.upsertSeeded(key, { nickname: 's' }, ['user', 'merchant']);
    expect(guest.id).not.toBe(seeded.id);
    expect((await users.upsertGuest(key, { nickname: 'g2' })).id).toBe(guest.id);
    expect(seeded.roles).toEqual(['user', 'merchant']);
    expect(guest.roles).toEqual(['user']);
  });
});
