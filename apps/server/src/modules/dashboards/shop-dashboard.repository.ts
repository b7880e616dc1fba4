import { DASHBOARD_TIME_ZONE } from '@livemall/shared';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { numbersOf } from './numbers';

export interface ShopTotals {
  orders: number;
  gmvFen: number;
  refundedFen: number;
  buyers: number;
  repeatBuyers: number;
  newBuyers: number;
  viewed: number;
  carted: number;
  ordered: number;
  paid: number;
}

export interface ShopGoodsRow {
  goodsId: string;
  title: string;
  units: number;
  gmvFen: number;
}

export interface ShopDayRow {
  date: string;
  orders: number;
  gmvFen: number;
  buyers: number;
}

/**
 * Parameters of every shop query: $1 merchant, $2 first date, $3 last date (both included). The range is
 * [start of $2, start of the day after $3) in the dashboard's time zone.
 */
const RANGE = `r AS (
    SELECT ($2::date)::timestamp AT TIME ZONE '${DASHBOARD_TIME_ZONE}' AS s,
           ($3::date + 1)::timestamp AT TIME ZONE '${DASHBOARD_TIME_ZONE}' AS e
  )`;


/** A shop's figures over a date range, from its paid orders (by `paid_at`) and the tracked events. */
@Injectable()
export class ShopDashboardRepository {
  constructor(private readonly db: DataSource) {}

  async totals(merchantId: string, from: string, to: string): Promise<ShopTotals> {
    const [row] = await this.db.query(
      `WITH ${RANGE},
       paid AS (
         SELECT o.user_id, o.total_fen, o.refunded_fen FROM orders o, r
          WHERE o.merchant_id = $1 AND o.paid_at >= r.s AND o.paid_at < r.e
       ),
       buyers AS (SELECT user_id, count(*) AS n FROM paid GROUP BY user_id),
       goods_events AS (
         SELECT e.user_id, e.type, e.target FROM analytics_events e JOIN goods g ON g.id = e.goods_id, r
          WHERE g.merchant_id = $1 AND e.type IN ('click', 'add_to_cart') AND e.occurred_at >= r.s AND e.occurred_at < r.e
       )
       SELECT
         (SELECT count(*) FROM paid) AS orders,
         (SELECT coalesce(sum(total_fen), 0) FROM paid) AS "gmvFen",
         (SELECT coalesce(sum(refunded_fen), 0) FROM paid) AS "refundedFen",
         (SELECT count(*) FROM buyers) AS buyers,
         (SELECT count(*) FROM buyers WHERE n >= 2) AS "repeatBuyers",
         (SELECT count(*) FROM buyers b, r WHERE NOT EXISTS (
            SELECT 1 FROM orders o WHERE o.merchant_id = $1 AND o.user_id = b.user_id AND o.paid_at < r.s)) AS "newBuyers",
         (SELECT count(DISTINCT user_id) FROM goods_events WHERE type = 'click' AND target = 'goods') AS viewed,
         (SELECT count(DISTINCT user_id) FROM goods_events WHERE type = 'add_to_cart') AS carted,
         (SELECT count(DISTINCT o.user_id) FROM orders o, r WHERE o.merchant_id = $1 AND o.created_at >= r.s AND o.created_at < r.e) AS ordered,
         (SELECT count(*) FROM buyers) AS paid`,
      [merchantId, from, to],
    );
    return numbersOf<ShopTotals>(row);
  }

  /** Up to `limit` goods by line GMV (price × quantity less the line's discount share), then units. */
  async topGoods(merchantId: string, from: string, to: string, limit: number): Promise<ShopGoodsRow[]> {
    const rows: Array<Record<string, unknown>> = await this.db.query(
      `WITH ${RANGE}
       SELECT i.goods_id AS "goodsId", (array_agg(i.title ORDER BY o.paid_at DESC, i.id))[1] AS title,
              sum(i.quantity) AS units, sum(i.price_fen * i.quantity - i.discount_fen) AS "gmvFen"
         FROM orders o JOIN order_items i ON i.order_id = o.id, r
        WHERE o.merchant_id = $1 AND o.paid_at >= r.s AND o.paid_at < r.e
        GROUP BY i.goods_id
        ORDER BY "gmvFen" DESC, units DESC, i.goods_id
        LIMIT $4`,
      [merchantId, from, to, limit],
    );
    return rows.map((r) => numbersOf<ShopGoodsRow>(r, ['goodsId', 'title']));
  }

  /** One row per day of the range, in order, empty days included. */
  async days(merchantId: string, from: string, to: string): Promise<ShopDayRow[]> {
    const rows: Array<Record<string, unknown>> = await this.db.query(
      `SELECT to_char(d, 'YYYY-MM-DD') AS date, count(o.id) AS orders, coalesce(sum(o.total_fen), 0) AS "gmvFen", count(DISTINCT o.user_id) AS buyers
         FROM generate_series($2::date::timestamp, $3::date::timestamp, interval '1 day') d
         LEFT JOIN orders o ON o.merchant_id = $1
               AND o.paid_at >= d AT TIME ZONE '${DASHBOARD_TIME_ZONE}'
               AND o.paid_at < (d + interval '1 day') AT TIME ZONE '${DASHBOARD_TIME_ZONE}'
        GROUP BY d ORDER BY d`,
      [merchantId, from, to],
    );
    return rows.map((r) => numbersOf<ShopDayRow>(r, ['date']));
  }
}
