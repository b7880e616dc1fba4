import { Injectable } from '@nestjs/common';
import type { GoodsSummary, LiveSchedule } from '@livemall/shared';
import { DataSource } from 'typeorm';
import { goodsStockSql } from '../../mall/goods-stock.sql';

/** A room's list is short in practice (a 30-day window, set by hand); this bounds it anyway. */
const ROOM_SCHEDULES_MAX = 500;

type GoodsRow = { goods_id: string; merchant_id: string; title: string; cover_url: string | null; price_fen: string; stock: number };
type ScheduleRow = GoodsRow & { id: string; room_id: string; at: Date; pin: boolean; status: LiveSchedule['status'] };

const GOODS = `g.id AS goods_id, g.merchant_id, g.title, g.cover_url, g.price_fen, ${goodsStockSql('g')} AS stock`;
const SCHEDULE = `s.id, s.room_id, s.at, s.pin, s.status, ${GOODS}`;

const toGoods = (g: GoodsRow): GoodsSummary => ({ id: g.goods_id, merchantId: g.merchant_id, title: g.title, coverUrl: g.cover_url, priceFen: Number(g.price_fen), stock: g.stock });
const toSchedule = (s: ScheduleRow): LiveSchedule => ({ id: s.id, roomId: s.room_id, goods: toGoods(s), at: new Date(s.at).toISOString(), pin: s.pin, status: s.status });

@Injectable()
export class SchedulesRepository {
  constructor(private readonly db: DataSource) {}

  /** The merchant's own goods, on the shelf. */
  async shelvedGoods(goodsId: string, merchantId: string): Promise<GoodsSummary | null> {
    const [g] = await this.db.query(`SELECT ${GOODS} FROM goods g WHERE g.id = $1 AND g.merchant_id = $2 AND g.on_shelf`, [goodsId, merchantId]);
    return g ? toGoods(g) : null;
  }

  /** Null when the room has ended meanwhile (its end cancels pending pushes; a new one must not slip in). */
  async insert(s: { roomId: string; goodsId: string; at: Date; pin: boolean }): Promise<string | null> {
    const [row] = await this.db.query(
      `INSERT INTO live_schedules (room_id, goods_id, at, pin)
       SELECT r.id, $2, $3, $4 FROM live_rooms r WHERE r.id = $1 AND r.status <> 'ended'
       RETURNING id`,
      [s.roomId, s.goodsId, s.at, s.pin],
    );
    return row?.id ?? null;
  }

  /** With the merchant that owns it, for the access check. */
  async find(id: string): Promise<(LiveSchedule & { merchantId: string }) | null> {
    const [s] = await this.db.query(
      `SELECT ${SCHEDULE}, r.merchant_id AS room_merchant_id FROM live_schedules s JOIN goods g ON g.id = s.goods_id JOIN live_rooms r ON r.id = s.room_id WHERE s.id = $1`,
      [id],
    );
    return s ? { ...toSchedule(s), merchantId: s.room_merchant_id } : null;
  }

  async ofRoom(roomId: string): Promise<LiveSchedule[]> {
    const rows = await this.db.query(
      `SELECT ${SCHEDULE} FROM live_schedules s JOIN goods g ON g.id = s.goods_id WHERE s.room_id = $1 ORDER BY s.at ASC, s.created_at ASC LIMIT ${ROOM_SCHEDULES_MAX}`,
      [roomId],
    );
    return rows.map(toSchedule);
  }

  /** pending → cancelled; false when it was no longer pending. */
  async cancel(id: string): Promise<boolean> {
    const [, affected] = await this.db.query(`UPDATE live_schedules SET status = 'cancelled' WHERE id = $1 AND status = 'pending'`, [id]);
    return affected > 0;
  }

  /**
   * Takes a due push for running: pending → pushed, in one conditional UPDATE, so of any number of
   * deliveries of its job (retries, two instances) exactly one gets it back. A push whose room has ended
   * or whose goods left the shelf (or the shop) is cancelled instead, and nobody gets it.
   */
  async claim(id: string): Promise<{ roomId: string; pin: boolean; goods: GoodsSummary } | null> {
    const ok = `g.on_shelf AND g.merchant_id = r.merchant_id AND r.status <> 'ended'`;
    const [rows] = await this.db.query(
      `UPDATE live_schedules s
          SET status = CASE WHEN ${ok} THEN 'pushed' ELSE 'cancelled' END,
              pushed_at = CASE WHEN ${ok} THEN now() END
         FROM goods g, live_rooms r
        WHERE s.id = $1 AND s.status = 'pending' AND g.id = s.goods_id AND r.id = s.room_id
    RETURNING ${SCHEDULE}`,
      [id],
    );
    const s: ScheduleRow | undefined = rows[0];
    return s && s.status === 'pushed' ? { roomId: s.room_id, pin: s.pin, goods: toGoods(s) } : null;
  }

  /** Pending pushes (their jobs are re-sent at start-up, in case one was lost). */
  async pending(): Promise<Array<{ id: string; at: Date }>> {
    const rows: Array<{ id: string; at: Date }> = await this.db.query(`SELECT id, at FROM live_schedules WHERE status = 'pending' ORDER BY at`);
    return rows.map((r) => ({ id: r.id, at: new Date(r.at) }));
  }
}
