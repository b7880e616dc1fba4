import { Injectable } from '@nestjs/common';
import type { GoodsSummary, LiveComment, LiveRoomDetail, Lottery, RoomRedPacket } from '@livemall/shared';
import { DataSource } from 'typeorm';
import { goodsStockSql } from '../../mall/goods-stock.sql';
import { LOTTERY_COLUMNS, type LotteryRow, toLottery } from '../lottery/lottery.mapper';

export interface CommentRow {
  id: string;
  roomId: string;
  userId: string;
  nickname: string;
  text: string;
  masked: boolean;
  at: number;
  /** Set when the merchant took it down before it was stored. */
  deletedAt?: Date;
}

const goodsColumns = `g.id, g.merchant_id, g.title, g.cover_url, g.price_fen, ${goodsStockSql('g')} AS stock`;
type GoodsRow = { id: string; merchant_id: string; title: string; cover_url: string | null; price_fen: string; stock: number };
const toGoods = (g: GoodsRow): GoodsSummary => ({ id: g.id, merchantId: g.merchant_id, title: g.title, coverUrl: g.cover_url, priceFen: Number(g.price_fen), stock: g.stock });

/** What the live room reads and writes in PostgreSQL. */
@Injectable()
export class RoomRepository {
  constructor(private readonly db: DataSource) {}

  async detail(roomId: string): Promise<(LiveRoomDetail & { likes: number; pinnedGoodsId: string | null }) | null> {
    const [r] = await this.db.query(
      `SELECT id, merchant_id, title, cover_url, anchor_name, status, scheduled_at, started_at, ended_at, likes, pinned_goods_id,
              (SELECT count(*) FROM live_room_reminders rr WHERE rr.room_id = r.id) AS reminders
         FROM live_rooms r WHERE id = $1`,
      [roomId],
    );
    if (!r) return null;
    const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);
    return {
      id: r.id, merchantId: r.merchant_id, title: r.title, coverUrl: r.cover_url, anchorName: r.anchor_name, status: r.status,
      scheduledAt: iso(r.scheduled_at), startedAt: iso(r.started_at), endedAt: iso(r.ended_at), playUrls: null, reminders: Number(r.reminders),
      likes: Number(r.likes), pinnedGoodsId: r.pinned_goods_id,
    };
  }

  async goods(goodsId: string): Promise<GoodsSummary | null> {
    const [g] = await this.db.query(`SELECT ${goodsColumns} FROM goods g WHERE g.id = $1 AND g.on_shelf`, [goodsId]);
    return g ? toGoods(g) : null;
  }

  /** The room's merchant when the user owns its shop or assists it. */
  async floorMerchant(userId: string, roomId: string): Promise<string | null> {
    const [row] = await this.db.query(
      `SELECT r.merchant_id FROM live_rooms r JOIN merchants m ON m.id = r.merchant_id
        WHERE r.id = $1 AND (m.owner_user_id = $2 OR EXISTS (SELECT 1 FROM merchant_staff s WHERE s.merchant_id = r.merchant_id AND s.user_id = $2))`,
      [roomId, userId],
    );
    return row?.merchant_id ?? null;
  }

  async worksForAnyShop(userId: string): Promise<boolean> {
    const [row] = await this.db.query(`SELECT 1 FROM merchants WHERE owner_user_id = $1 UNION ALL SELECT 1 FROM merchant_staff WHERE user_id = $1 LIMIT 1`, [userId]);
    return Boolean(row);
  }

  async pin(roomId: string, goodsId: string): Promise<void> {
    await this.db.query(`UPDATE live_rooms SET pinned_goods_id = $2, updated_at = now() WHERE id = $1`, [roomId, goodsId]);
  }

  /** Adds a batch of likes; the room's new total. */
  async addLikes(roomId: string, delta: number): Promise<number> {
    // TypeORM answers an UPDATE … RETURNING with [rows, affected].
    const [rows] = await this.db.query(`UPDATE live_rooms SET likes = likes + $2 WHERE id = $1 RETURNING likes`, [roomId, delta]);
    return Number(rows[0]?.likes ?? 0);
  }

  async livePackets(roomId: string): Promise<RoomRedPacket[]> {
    const rows = await this.db.query(
      `SELECT id, type, slogan, anchor_name, status FROM red_packets
        WHERE room_id = $1 AND status IN ('scheduled', 'active') AND valid_until > now() ORDER BY created_at DESC LIMIT 20`,
      [roomId],
    );
    return rows.map((p: Record<string, string>) => ({ id: p.id, type: p.type, slogan: p.slogan, anchorName: p.anchor_name, status: p.status }));
  }

  async packet(packetId: string): Promise<(RoomRedPacket & { roomId: string }) | null> {
    const [p] = await this.db.query(`SELECT id, room_id, type, slogan, anchor_name, status FROM red_packets WHERE id = $1`, [packetId]);
    return p ? { id: p.id, roomId: p.room_id, type: p.type, slogan: p.slogan, anchorName: p.anchor_name, status: p.status } : null;
  }

  async recentComments(roomId: string, limit: number): Promise<LiveComment[]> {
    const rows = await this.db.query(
      `SELECT id, user_id, nickname, text, created_at FROM live_comments WHERE room_id = $1 AND deleted_at IS NULL ORDER BY created_at DESC LIMIT $2`,
      [roomId, limit],
    );
    return rows.reverse().map((c: { id: string; user_id: string; nickname: string; text: string; created_at: Date }) => ({ id: c.id, userId: c.user_id, nickname: c.nickname, text: c.text, at: new Date(c.created_at).getTime() }));
  }

  async insertComments(rows: readonly CommentRow[]): Promise<void> {
    await this.db.query(
      `INSERT INTO live_comments (id, room_id, user_id, nickname, text, masked, created_at, deleted_at)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::varchar[], $5::varchar[], $6::boolean[], $7::timestamptz[], $8::timestamptz[])
       ON CONFLICT (id) DO NOTHING`,
      [rows.map((r) => r.id), rows.map((r) => r.roomId), rows.map((r) => r.userId), rows.map((r) => r.nickname), rows.map((r) => r.text), rows.map((r) => r.masked), rows.map((r) => new Date(r.at)), rows.map((r) => r.deletedAt ?? null)],
    );
  }

  /** Marks a stored comment deleted; false when no such comment is stored (yet) in the room. */
  async deleteComment(roomId: string, commentId: string): Promise<boolean> {
    const [rows] = await this.db.query(
      `UPDATE live_comments SET deleted_at = coalesce(deleted_at, now()) WHERE id = $1 AND room_id = $2 RETURNING id`,
      [commentId, roomId],
    );
    return rows.length > 0;
  }

  async nickname(userId: string): Promise<string | null> {
    const [u] = await this.db.query(`SELECT nickname FROM users WHERE id = $1`, [userId]);
    return u?.nickname ?? null;
  }

  async mutedUntil(roomId: string, userId: string): Promise<{ until: Date; banned: boolean } | null> {
    const [m] = await this.db.query(`SELECT until, banned FROM live_room_mutes WHERE room_id = $1 AND user_id = $2 AND until > now()`, [roomId, userId]);
    return m ? { until: new Date(m.until), banned: m.banned } : null;
  }

  /** A mute never shortens a ban. */
  async mute(roomId: string, userId: string, until: Date, banned = false): Promise<void> {
    await this.db.query(
      `INSERT INTO live_room_mutes (room_id, user_id, until, banned) VALUES ($1, $2, $3, $4)
       ON CONFLICT (room_id, user_id) DO UPDATE SET until = CASE WHEN live_room_mutes.banned AND NOT EXCLUDED.banned THEN live_room_mutes.until ELSE EXCLUDED.until END,
                                                     banned = live_room_mutes.banned OR EXCLUDED.banned`,
      [roomId, userId, until, banned],
    );
  }

  /** The open lottery of a room, or the last one drawn in the past five minutes. */
  async currentLottery(roomId: string): Promise<Lottery | null> {
    const [row]: LotteryRow[] = await this.db.query(
      `SELECT ${LOTTERY_COLUMNS} FROM live_lotteries
        WHERE room_id = $1 AND (status = 'open' OR drawn_at > now() - interval '5 minutes')
        ORDER BY (status = 'open') DESC, created_at DESC LIMIT 1`,
      [roomId],
    );
    return row ? toLottery(row) : null;
  }
}
