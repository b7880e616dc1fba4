import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { numbersOf } from './numbers';
import { ROOM_VISITS } from './room-visits.sql';

export interface RoomRow {
  merchantId: string;
  startedAt: Date | null;
  endedAt: Date | null;
}

export interface RoomTotals {
  viewers: number;
  totalWatchMs: number;
  commenters: number;
  comments: number;
  likers: number;
  likes: number;
  interactors: number;
  productClicks: number;
  productClickers: number;
  cartAdds: number;
  cartUnits: number;
  ordersCreated: number;
  orders: number;
  gmvFen: number;
  refundedFen: number;
  payingViewers: number;
  couponsClaimed: number;
  couponsUsed: number;
}

export interface RoomPackets {
  sent: number;
  amountFen: number;
  grabs: number;
  grabbedFen: number;
  grabbers: number;
  refundedFen: number;
}

export interface RoomMinuteRow {
  minute: Date;
  online: number;
  enters: number;
  comments: number;
  likes: number;
  orders: number;
  gmvFen: number;
}

/** A live room's figures over a window: three statements, whatever the window's length. */
@Injectable()
export class RoomDashboardRepository {
  constructor(private readonly db: DataSource) {}

  async room(roomId: string): Promise<RoomRow | null> {
    const [r] = await this.db.query(`SELECT merchant_id, started_at, ended_at FROM live_rooms WHERE id = $1`, [roomId]);
    return r ? { merchantId: r.merchant_id, startedAt: r.started_at, endedAt: r.ended_at } : null;
  }

  async totals(roomId: string, merchantId: string, from: Date, to: Date): Promise<RoomTotals> {
    const [row] = await this.db.query(
      `WITH ${ROOM_VISITS},
       commenters AS (
         SELECT user_id, count(*) AS n FROM live_comments
          WHERE room_id = $1 AND created_at >= $2 AND created_at < $3 GROUP BY user_id
       ),
       likers AS (
         SELECT user_id, sum(value) AS n FROM analytics_events
          WHERE room_id = $1 AND type = 'like' AND occurred_at >= $2 AND occurred_at < $3 GROUP BY user_id
       ),
       clicks AS (
         SELECT c.user_id FROM analytics_events c JOIN goods g ON g.id = c.goods_id AND g.merchant_id = $4
          WHERE c.type = 'click' AND c.target = 'goods' AND c.occurred_at >= $2 AND c.occurred_at < $3
            AND EXISTS (SELECT 1 FROM seen v WHERE v.user_id = c.user_id AND c.occurred_at >= v.s AND c.occurred_at <= v.e)
       ),
       carts AS (
         SELECT user_id, value FROM analytics_events
          WHERE room_id = $1 AND type = 'add_to_cart' AND occurred_at >= $2 AND occurred_at < $3
       )
       SELECT
         (SELECT count(*) FROM viewers) AS viewers,
         (SELECT coalesce(floor(sum(extract(epoch FROM e - s) * 1000)), 0) FROM seen) AS "totalWatchMs",
         (SELECT count(*) FROM commenters) AS commenters,
         (SELECT coalesce(sum(n), 0) FROM commenters) AS comments,
         (SELECT count(*) FROM likers) AS likers,
         (SELECT coalesce(sum(n), 0) FROM likers) AS likes,
         (SELECT count(*) FROM viewers v
           WHERE v.user_id IN (SELECT user_id FROM commenters) OR v.user_id IN (SELECT user_id FROM likers)) AS interactors,
         (SELECT count(*) FROM clicks) AS "productClicks",
         (SELECT count(DISTINCT user_id) FROM clicks) AS "productClickers",
         (SELECT count(*) FROM carts) AS "cartAdds",
         (SELECT coalesce(sum(value), 0) FROM carts) AS "cartUnits",
         (SELECT count(*) FROM orders o
           WHERE o.merchant_id = $4 AND o.created_at >= $2 AND o.created_at < $3 AND o.user_id IN (SELECT user_id FROM viewers)) AS "ordersCreated",
         (SELECT count(*) FROM paid) AS orders,
         (SELECT coalesce(sum(total_fen), 0) FROM paid) AS "gmvFen",
         (SELECT coalesce(sum(refunded_fen), 0) FROM paid) AS "refundedFen",
         (SELECT count(DISTINCT user_id) FROM paid) AS "payingViewers",
         (SELECT count(*) FROM coupons c JOIN coupon_templates t ON t.id = c.template_id
           WHERE t.merchant_id = $4 AND NOT t.grant_on_signup AND NOT t.grant_on_birthday
             AND c.created_at >= $2 AND c.created_at < $3 AND c.user_id IN (SELECT user_id FROM viewers)) AS "couponsClaimed",
         (SELECT count(*) FROM paid WHERE coupon_id IS NOT NULL) AS "couponsUsed"`,
      [roomId, from, to, merchantId],
    );
    return numbersOf<RoomTotals>(row);
  }

  /** Packets sent in the room during the window; an expired one gave back what nobody grabbed. */
  async packets(roomId: string, from: Date, to: Date): Promise<RoomPackets> {
    const [row] = await this.db.query(
      `WITH p AS (
         SELECT id, total_amount, status FROM red_packets WHERE room_id = $1 AND created_at >= $2 AND created_at < $3
       ),
       g AS (
         SELECT g.packet_id, g.user_id, g.amount FROM red_packet_grabs g WHERE g.packet_id IN (SELECT id FROM p)
       ),
       per AS (
         SELECT p.id, p.total_amount, p.status, coalesce((SELECT sum(amount) FROM g WHERE g.packet_id = p.id), 0) AS grabbed FROM p
       )
       SELECT (SELECT count(*) FROM p) AS sent,
              (SELECT coalesce(sum(total_amount), 0) FROM p) AS "amountFen",
              (SELECT count(*) FROM g) AS grabs,
              (SELECT coalesce(sum(amount), 0) FROM g) AS "grabbedFen",
              (SELECT count(DISTINCT user_id) FROM g) AS grabbers,
              (SELECT coalesce(sum(total_amount - grabbed), 0) FROM per WHERE status = 'expired') AS "refundedFen"`,
      [roomId, from, to],
    );
    return numbersOf<RoomPackets>(row);
  }

  /** One row per minute of the window, in order: one generate_series, each source grouped once. */
  async series(roomId: string, merchantId: string, from: Date, to: Date): Promise<RoomMinuteRow[]> {
    const rows: Array<Record<string, unknown>> = await this.db.query(
      `WITH ${ROOM_VISITS},
       minutes AS (
         SELECT m FROM generate_series(date_trunc('minute', $2::timestamptz), $3::timestamptz - interval '1 microsecond', interval '1 minute') m
          WHERE $3::timestamptz > $2::timestamptz
       ),
       online AS (
         SELECT mi.m, count(DISTINCT v.user_id) AS n FROM minutes mi
           JOIN seen v ON v.s < mi.m + interval '1 minute' AND (v.e > mi.m OR v.s >= mi.m)
          GROUP BY mi.m
       ),
       enters AS (
         SELECT date_trunc('minute', occurred_at) AS m, count(*) AS n FROM analytics_events
          WHERE room_id = $1 AND type = 'live_enter' AND occurred_at >= $2 AND occurred_at < $3 GROUP BY 1
       ),
       likes AS (
         SELECT date_trunc('minute', occurred_at) AS m, sum(value) AS n FROM analytics_events
          WHERE room_id = $1 AND type = 'like' AND occurred_at >= $2 AND occurred_at < $3 GROUP BY 1
       ),
       comments AS (
         SELECT date_trunc('minute', created_at) AS m, count(*) AS n FROM live_comments
          WHERE room_id = $1 AND created_at >= $2 AND created_at < $3 GROUP BY 1
       ),
       sales AS (SELECT date_trunc('minute', paid_at) AS m, count(*) AS n, sum(total_fen) AS fen FROM paid GROUP BY 1)
       SELECT mi.m AS minute, coalesce(o.n, 0) AS online, coalesce(e.n, 0) AS enters, coalesce(c.n, 0) AS comments,
              coalesce(l.n, 0) AS likes, coalesce(s.n, 0) AS orders, coalesce(s.fen, 0) AS "gmvFen"
         FROM minutes mi
         LEFT JOIN online o ON o.m = mi.m
         LEFT JOIN enters e ON e.m = mi.m
         LEFT JOIN likes l ON l.m = mi.m
         LEFT JOIN comments c ON c.m = mi.m
         LEFT JOIN sales s ON s.m = mi.m
        ORDER BY mi.m`,
      [roomId, from, to, merchantId],
    );
    return rows.map(({ minute, ...rest }) => ({ minute: new Date(minute as string), ...numbersOf<Omit<RoomMinuteRow, 'minute'>>(rest) }));
  }
}
