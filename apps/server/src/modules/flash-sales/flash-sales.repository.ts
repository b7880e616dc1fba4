import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

/** A sale with what its page shows of the goods and SKU. */
export interface SaleRow {
  id: string;
  merchantId: string;
  goodsId: string;
  skuId: string;
  title: string;
  coverUrl: string | null;
  specText: string;
  normalPriceFen: number;
  salePriceFen: number;
  totalUnits: number;
  unitsLeft: number;
  perUserLimit: number;
  payMinutes: number;
  startsAt: Date;
  endsAt: Date;
  stoppedAt: Date | null;
  settledAt: Date | null;
  unitsReturned: number | null;
  createdAt: Date;
}

export interface SaleFigures {
  unitsOrdered: number;
  unitsPaid: number;
}

export interface NewSale {
  merchantId: string;
  skuId: string;
  salePriceFen: number;
  totalUnits: number;
  perUserLimit: number;
  payMinutes: number;
  startsAt: Date;
  endsAt: Date;
}

const SALE_SELECT = `SELECT f.id, f.merchant_id, s.goods_id, f.sku_id, g.title, g.cover_url, s.spec_values, s.price_fen AS normal_price_fen,
  f.sale_price_fen, f.total_units, f.units_left, f.per_user_limit, f.pay_minutes, f.starts_at, f.ends_at, f.stopped_at, f.settled_at,
  f.units_returned, f.created_at
  FROM flash_sales f JOIN goods_skus s ON s.id = f.sku_id JOIN goods g ON g.id = s.goods_id`;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Raw = Record<string, any>;
const toSale = (r: Raw): SaleRow => ({
  id: r.id, merchantId: r.merchant_id, goodsId: r.goods_id, skuId: r.sku_id, title: r.title, coverUrl: r.cover_url,
  specText: ((r.spec_values as string[] | null) ?? []).join(' / '), normalPriceFen: Number(r.normal_price_fen), salePriceFen: Number(r.sale_price_fen),
  totalUnits: r.total_units, unitsLeft: r.units_left, perUserLimit: r.per_user_limit, payMinutes: r.pay_minutes, startsAt: r.starts_at,
  endsAt: r.ends_at, stoppedAt: r.stopped_at, settledAt: r.settled_at, unitsReturned: r.units_returned, createdAt: r.created_at,
});

/**
 * A flash sale's units live in `flash_sales.units_left` and each buyer's count in `flash_sale_buyers`; both
 * move only by conditional statements, so two buyers can never take the same unit nor one buyer pass the
 * limit, whatever ran in front of them (Redis or nothing).
 */
@Injectable()
export class FlashSalesRepository {
  constructor(private readonly db: DataSource) {}

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  async find(id: string, m: EntityManager = this.db.manager): Promise<SaleRow | null> {
    const [row] = await m.query(`${SALE_SELECT} WHERE f.id = $1`, [id]);
    return row ? toSale(row) : null;
  }

  /** Sales not over yet, the soonest first: `live` started already, `upcoming` not yet. */
  async open(status: 'upcoming' | 'live' | undefined, after: { s: string; id: string } | undefined, take: number): Promise<SaleRow[]> {
    const rows: Raw[] = await this.db.query(
      `${SALE_SELECT}
        WHERE f.settled_at IS NULL AND f.stopped_at IS NULL AND f.ends_at > now() AND g.on_shelf
          AND ($1::text IS NULL OR ($1 = 'live') = (f.starts_at <= now()))
          AND ($2::timestamptz IS NULL OR (f.starts_at, f.id) > ($2::timestamptz, $3::uuid))
        ORDER BY f.starts_at, f.id LIMIT $4`,
      [status ?? null, after?.s ?? null, after?.id ?? null, take],
    );
    return rows.map(toSale);
  }

  async ofMerchant(merchantId: string, after: { c: string; id: string } | undefined, take: number): Promise<SaleRow[]> {
    const rows: Raw[] = await this.db.query(
      `${SALE_SELECT} WHERE f.merchant_id = $1 AND ($2::timestamptz IS NULL OR (date_trunc('milliseconds', f.created_at), f.id) < ($2::timestamptz, $3::uuid))
        ORDER BY date_trunc('milliseconds', f.created_at) DESC, f.id DESC LIMIT $4`,
      [merchantId, after?.c ?? null, after?.id ?? null, take],
    );
    return rows.map(toSale);
  }

  /** Units in live orders and in paid ones, per sale. */
  async figures(saleIds: readonly string[]): Promise<Map<string, SaleFigures>> {
    if (saleIds.length === 0) return new Map();
    const rows: Raw[] = await this.db.query(
      `SELECT o.source_id, coalesce(sum(i.quantity) FILTER (WHERE o.status <> 'cancelled'), 0)::int AS ordered,
              coalesce(sum(i.quantity) FILTER (WHERE o.status IN ('paid', 'shipped', 'completed')), 0)::int AS paid
         FROM orders o JOIN order_items i ON i.order_id = o.id
        WHERE o.source = 'flash_sale' AND o.source_id = ANY($1::uuid[]) GROUP BY o.source_id`,
      [saleIds],
    );
    return new Map(rows.map((r) => [r.source_id as string, { unitsOrdered: r.ordered as number, unitsPaid: r.paid as number }]));
  }

  async insert(m: EntityManager, s: NewSale): Promise<string> {
    const [row] = await m.query(
      `INSERT INTO flash_sales (merchant_id, sku_id, sale_price_fen, total_units, units_left, per_user_limit, pay_minutes, starts_at, ends_at)
       VALUES ($1, $2, $3, $4, $4, $5, $6, $7, $8) RETURNING id`,
      [s.merchantId, s.skuId, s.salePriceFen, s.totalUnits, s.perUserLimit, s.payMinutes, s.startsAt, s.endsAt],
    );
    return row.id as string;
  }

  /** In one read: whether this request id made an order already, the units left and the buyer's units. */
  async preflight(saleId: string, userId: string, requestId: string): Promise<{ seen: boolean; unitsLeft: number; held: number }> {
    const [row] = await this.db.query(
      `SELECT EXISTS (SELECT 1 FROM orders WHERE request_id = $3) AS seen, (SELECT units_left FROM flash_sales WHERE id = $1) AS units_left,
              (SELECT units FROM flash_sale_buyers WHERE sale_id = $1 AND user_id = $2) AS held`,
      [saleId, userId, requestId],
    );
    return { seen: row.seen as boolean, unitsLeft: (row.units_left as number | null) ?? 0, held: (row.held as number | null) ?? 0 };
  }

  /** Takes `quantity` units of a sale still running; the units left after, or null (none taken). */
  async takeUnits(m: EntityManager, saleId: string, quantity: number): Promise<number | null> {
    const [rows] = await m.query(
      `UPDATE flash_sales SET units_left = units_left - $2
        WHERE id = $1 AND units_left >= $2 AND settled_at IS NULL AND stopped_at IS NULL AND ends_at > now() RETURNING units_left`,
      [saleId, quantity],
    );
    return rows.length === 1 ? (rows[0].units_left as number) : null;
  }

  /** Counts `quantity` more units for the buyer if that keeps them within `limit`; false otherwise. */
  async countBuyer(m: EntityManager, saleId: string, userId: string, quantity: number, limit: number): Promise<boolean> {
    const rows: Raw[] = await m.query(
      `INSERT INTO flash_sale_buyers (sale_id, user_id, units) SELECT $1::uuid, $2::uuid, $3::int WHERE $3::int <= $4::int
       ON CONFLICT (sale_id, user_id) DO UPDATE SET units = flash_sale_buyers.units + EXCLUDED.units
        WHERE flash_sale_buyers.units + EXCLUDED.units <= $4::int
       RETURNING units`,
      [saleId, userId, quantity, limit],
    );
    return rows.length === 1;
  }

  /**
   * A cancelled order's units: off the buyer's count, and back to the sale — or, if the sale was settled
   * already, straight to the SKU (counted as returned). The sale row is locked by the first UPDATE, so a
   * settlement running at the same moment sees the units either before or after, never twice.
   */
  async returnUnits(m: EntityManager, saleId: string, userId: string, quantity: number): Promise<'sale' | 'sku' | 'none'> {
    await m.query(`UPDATE flash_sale_buyers SET units = greatest(units - $3, 0) WHERE sale_id = $1 AND user_id = $2`, [saleId, userId, quantity]);
    const [back] = await m.query(`UPDATE flash_sales SET units_left = units_left + $2 WHERE id = $1 AND settled_at IS NULL RETURNING id`, [saleId, quantity]);
    if (back.length === 1) return 'sale';
    const [settled] = await m.query(`UPDATE flash_sales SET units_returned = units_returned + $2 WHERE id = $1 RETURNING sku_id`, [saleId, quantity]);
    if (settled.length === 0) return 'none';
    await m.query(`UPDATE goods_skus SET stock = stock + $2, updated_at = now() WHERE id = $1`, [settled[0].sku_id, quantity]);
    return 'sku';
  }

  /** Marks the sale stopped by its shop; false if it was not theirs or already stopped/settled. */
  async stop(merchantId: string, saleId: string): Promise<boolean> {
    const [rows] = await this.db.query(
      `UPDATE flash_sales SET stopped_at = now() WHERE id = $1 AND merchant_id = $2 AND stopped_at IS NULL AND settled_at IS NULL RETURNING id`,
      [saleId, merchantId],
    );
    return rows.length === 1;
  }

  /**
   * Once the sale is over (past its end, or stopped): its units left go back to the SKU, exactly once (the
   * `settled_at IS NULL` guard). The number returned, or null if it was settled before or is not over.
   */
  async settle(saleId: string): Promise<number | null> {
    return this.db.transaction(async (m) => {
      const [rows] = await m.query(
        `UPDATE flash_sales SET settled_at = now(), units_returned = units_left, units_left = 0
          WHERE id = $1 AND settled_at IS NULL AND (stopped_at IS NOT NULL OR ends_at <= now()) RETURNING sku_id, units_returned`,
        [saleId],
      );
      if (rows.length === 0) return null;
      const { sku_id: skuId, units_returned: units } = rows[0] as { sku_id: string; units_returned: number };
      if (units > 0) await m.query(`UPDATE goods_skus SET stock = stock + $2, updated_at = now() WHERE id = $1`, [skuId, units]);
      return units;
    });
  }

  /** Sales whose settlement may still be due (to arm their jobs again at boot). */
  async unsettled(): Promise<Array<{ id: string; endsAt: Date }>> {
    const rows: Raw[] = await this.db.query(`SELECT id, ends_at FROM flash_sales WHERE settled_at IS NULL`);
    return rows.map((r) => ({ id: r.id, endsAt: r.ends_at }));
  }

  /** Each buyer's units, to rebuild a gate kept outside PostgreSQL. */
  async buyers(saleId: string): Promise<Array<{ userId: string; units: number }>> {
    const rows: Raw[] = await this.db.query(`SELECT user_id, units FROM flash_sale_buyers WHERE sale_id = $1 AND units > 0`, [saleId]);
    return rows.map((r) => ({ userId: r.user_id, units: r.units }));
  }

  async merchantOfOwner(userId: string): Promise<string | null> {
    const [row] = await this.db.query(`SELECT id FROM merchants WHERE owner_user_id = $1`, [userId]);
    return (row?.id as string | undefined) ?? null;
  }
}
