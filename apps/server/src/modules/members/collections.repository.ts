import { Injectable } from '@nestjs/common';
import type { GoodsSummary, LiveRoomSummary } from '@livemall/shared';
import { DataSource } from 'typeorm';
import { goodsStockSql } from '../mall/goods-stock.sql';

/** Where a page continues: after this row's time (PostgreSQL's own text, so microseconds survive) and id. */
export interface After {
  at: string;
  id: string;
}

export interface Entry<T> {
  item: T;
  at: Date;
  cursor: After;
}

/** The three per-user lists: each a table keyed (user_id, <thing>_id) with a time column. */
const LISTS = {
  favourites: { table: 'favourite_goods', id: 'goods_id', time: 'created_at' },
  follows: { table: 'followed_rooms', id: 'room_id', time: 'created_at' },
  history: { table: 'goods_views', id: 'goods_id', time: 'viewed_at' },
} as const;
type ListName = keyof typeof LISTS;

const GOODS = `g.id, g.merchant_id, g.title, g.cover_url, g.price_fen, ${goodsStockSql('g')} AS stock`;
const toGoods = (r: Record<string, any>): GoodsSummary => ({ id: r.id, merchantId: r.merchant_id, title: r.title, coverUrl: r.cover_url, priceFen: Number(r.price_fen), stock: r.stock });
const ROOM = `r.id, r.merchant_id, r.title, r.cover_url, r.anchor_name, r.status, r.scheduled_at`;
const toRoom = (r: Record<string, any>): LiveRoomSummary => ({
  id: r.id, merchantId: r.merchant_id, title: r.title, coverUrl: r.cover_url, anchorName: r.anchor_name, status: r.status,
  scheduledAt: r.scheduled_at ? new Date(r.scheduled_at).toISOString() : null,
});

/** Favourite goods, followed rooms and the browsing history. */
@Injectable()
export class CollectionsRepository {
  constructor(private readonly db: DataSource) {}

  async goodsExists(goodsId: string): Promise<boolean> {
    return (await this.db.query(`SELECT 1 FROM goods WHERE id = $1`, [goodsId])).length > 0;
  }

  async roomExists(roomId: string): Promise<boolean> {
    return (await this.db.query(`SELECT 1 FROM live_rooms WHERE id = $1`, [roomId])).length > 0;
  }

  /** Adds a row once (again: a no-op that keeps the first time). */
  async add(list: 'favourites' | 'follows', userId: string, id: string): Promise<void> {
    const l = LISTS[list];
    await this.db.query(`INSERT INTO ${l.table} (user_id, ${l.id}) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [userId, id]);
  }

  async remove(list: 'favourites' | 'follows', userId: string, id: string): Promise<void> {
    const l = LISTS[list];
    await this.db.query(`DELETE FROM ${l.table} WHERE user_id = $1 AND ${l.id} = $2`, [userId, id]);
  }

  /**
   * Records a visit: the goods moves to the top of the history, and all but the newest `keep` go, in one
   * statement each (a burst of visits may briefly leave a few more; the next visit trims them).
   */
  async recordView(userId: string, goodsId: string, keep: number): Promise<void> {
    await this.db.query(
      `INSERT INTO goods_views (user_id, goods_id, viewed_at) VALUES ($1, $2, clock_timestamp())
       ON CONFLICT (user_id, goods_id) DO UPDATE SET viewed_at = clock_timestamp()`,
      [userId, goodsId],
    );
    await this.db.query(
      `DELETE FROM goods_views WHERE user_id = $1 AND goods_id NOT IN
         (SELECT goods_id FROM goods_views WHERE user_id = $1 ORDER BY viewed_at DESC, goods_id DESC LIMIT $2)`,
      [userId, keep],
    );
  }

  goodsPage(list: 'favourites' | 'history', userId: string, after: After | undefined, take: number): Promise<Array<Entry<GoodsSummary>>> {
    return this.page(list, `JOIN goods g ON g.id = x.goods_id`, GOODS, toGoods, userId, after, take);
  }

  roomsPage(userId: string, after: After | undefined, take: number): Promise<Array<Entry<LiveRoomSummary>>> {
    return this.page('follows', `JOIN live_rooms r ON r.id = x.room_id`, ROOM, toRoom, userId, after, take);
  }

  /** Newest first, continued by keyset on (time, id). */
  private async page<T>(list: ListName, join: string, columns: string, map: (r: Record<string, any>) => T, userId: string, after: After | undefined, take: number): Promise<Array<Entry<T>>> {
    const l = LISTS[list];
    const rows = await this.db.query(
      `SELECT ${columns}, x.${l.time} AS x_at, x.${l.time}::text AS x_at_text, x.${l.id} AS x_id FROM ${l.table} x ${join}
        WHERE x.user_id = $1 AND ($2::timestamptz IS NULL OR (x.${l.time}, x.${l.id}) < ($2::timestamptz, $3::uuid))
        ORDER BY x.${l.time} DESC, x.${l.id} DESC LIMIT $4`,
      [userId, after?.at ?? null, after?.id ?? null, take],
    );
    return rows.map((r: Record<string, any>) => ({ item: map(r), at: new Date(r.x_at), cursor: { at: r.x_at_text, id: r.x_id } }));
  }
}
