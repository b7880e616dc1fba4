import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { openTestDataSource } from '../../../test/support/database';
import { LiveRoomEntity } from '../live/entities/live-room.entity';
import { LiveRoomsRepository } from '../live/live-rooms.repository';
import { LiveRoomsService } from '../live/live-rooms.service';
import { UserEntity } from '../users/entities/user.entity';
import { UsersRepository } from '../users/users.repository';
import { GoodsEntity } from './entities/goods.entity';
import { GoodsRepository } from './goods.repository';
import { GoodsService } from './goods.service';

/** Listings page by cursor; rows added while someone scrolls must not shift what they see. */
describe('cursor listings (real PostgreSQL)', () => {
  let ds: DataSource;
  let merchantId: string;

  beforeAll(async () => {
    ds = await openTestDataSource();
    // This run's database is shared with other test files: a merchant of our own, and its rows only.
    const owner = await new UsersRepository(ds.getRepository(UserEntity)).upsertGuest(`pg_${randomUUID().slice(0, 8)}`, { nickname: 'm' });
    merchantId = randomUUID();
    await ds.query('INSERT INTO merchants (id, owner_user_id, name) VALUES ($1, $2, $3)', [merchantId, owner.id, 'paging']);
  });
  afterAll(() => ds.destroy());

  const addGoods = (title: string, onShelf = true) =>
    ds.query('INSERT INTO goods (merchant_id, title, price_fen, stock, on_shelf) VALUES ($1, $2, 100, 1, $3)', [merchantId, title, onShelf]);

  it('walks every shelved product once, newest first, even when new ones arrive mid-scroll', async () => {
    for (let i = 1; i <= 7; i++) await addGoods(`g${i}`);
    await addGoods('hidden', false);
    const service = new GoodsService(new GoodsRepository(ds.getRepository(GoodsEntity)));
    const ours = (items: Array<{ merchantId: string; title: string }>) => items.filter((g) => g.merchantId === merchantId).map((g) => g.title);

    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await service.list({ limit: 3, ...(cursor ? { cursor } : {}) });
      seen.push(...ours(page.items));
      cursor = page.nextCursor ?? undefined;
      if (pages++ === 0) await addGoods('g8-arrived-while-scrolling');
    } while (cursor);
    expect(seen).toEqual(['g7', 'g6', 'g5', 'g4', 'g3', 'g2', 'g1']);
  });

  it('lists live rooms first, then upcoming by announced start (unannounced last), never ended ones, each once', async () => {
    const inHours = (h: number) => new Date(Date.now() + h * 3_600_000);
    const rows: Array<[string, string, Date | null]> = [
      ['ended', 'ended', inHours(1)], ['later', 'scheduled', inHours(5)], ['now', 'live', null], ['unannounced', 'scheduled', null],
      ['soon', 'scheduled', inHours(2)], ['also-now', 'live', inHours(-1)], ['soon-too', 'scheduled', inHours(2)],
    ];
    for (const [title, status, at] of rows) {
      await ds.query('INSERT INTO live_rooms (merchant_id, title, anchor_name, status, scheduled_at) VALUES ($1, $2, $3, $4, $5)', [merchantId, title, 'a', status, at]);
    }
    const service = new LiveRoomsService(new LiveRoomsRepository(ds.getRepository(LiveRoomEntity)));
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await service.list({ limit: 2, ...(cursor ? { cursor } : {}) });
      seen.push(...page.items.filter((r) => r.merchantId === merchantId).map((r) => r.title));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(['now', 'also-now', 'soon', 'soon-too', 'later', 'unannounced']);
  });

  it('refuses a cursor it did not give out', async () => {
    const service = new LiveRoomsService(new LiveRoomsRepository(ds.getRepository(LiveRoomEntity)));
    const forged = Buffer.from(JSON.stringify({ rank: 1, at: "'; DROP TABLE live_rooms; --", seq: 1 })).toString('base64url');
    await expect(service.list({ limit: 2, cursor: forged })).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
  });
});
