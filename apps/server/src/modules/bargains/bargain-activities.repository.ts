import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

export interface ActivityRow {
  id: string;
  seq: number;
  merchantId: string;
  goodsId: string;
  skuId: string;
  goodsTitle: string;
  coverUrl: string | null;
  specText: string;
  originalPriceFen: number;
  floorPriceFen: number;
  helpersNeeded: number;
  timeLimitMinutes: number;
  startsAt: Date;
  endsAt: Date;
  stoppedAt: Date | null;
  createdAt: Date;
}

export type NewActivity = Omit<ActivityRow, 'id' | 'seq' | 'stoppedAt' | 'createdAt'>;

const columns = `id, seq, merchant_id, goods_id, sku_id, goods_title, cover_url, spec_text, original_price_fen, floor_price_fen,
  helpers_needed, time_limit_minutes, starts_at, ends_at, stopped_at, created_at`;

type Raw = Record<string, any>;
const toRow = (r: Raw): ActivityRow => ({
  id: r.id, seq: Number(r.seq), merchantId: r.merchant_id, goodsId: r.goods_id, skuId: r.sku_id, goodsTitle: r.goods_title, coverUrl: r.cover_url,
  specText: r.spec_text, originalPriceFen: Number(r.original_price_fen), floorPriceFen: Number(r.floor_price_fen), helpersNeeded: r.helpers_needed,
  timeLimitMinutes: r.time_limit_minutes, startsAt: r.starts_at, endsAt: r.ends_at, stoppedAt: r.stopped_at, createdAt: r.created_at,
});

/** Bargain activities: what a merchant offers. */
@Injectable()
export class BargainActivitiesRepository {
  constructor(private readonly db: DataSource) {}

  async insert(a: NewActivity): Promise<ActivityRow> {
    const [row] = await this.db.query(
      `INSERT INTO bargain_activities (merchant_id, goods_id, sku_id, goods_title, cover_url, spec_text, original_price_fen, floor_price_fen,
         helpers_needed, time_limit_minutes, starts_at, ends_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING ${columns}`,
      [a.merchantId, a.goodsId, a.skuId, a.goodsTitle.slice(0, 120), a.coverUrl, a.specText.slice(0, 200), a.originalPriceFen, a.floorPriceFen, a.helpersNeeded, a.timeLimitMinutes, a.startsAt, a.endsAt],
    );
    return toRow(row);
  }

  async find(id: string, m: EntityManager = this.db.manager): Promise<ActivityRow | null> {
    const [row] = await m.query(`SELECT ${columns} FROM bargain_activities WHERE id = $1`, [id]);
    return row ? toRow(row) : null;
  }

  async findMany(ids: readonly string[]): Promise<Map<string, ActivityRow>> {
    if (ids.length === 0) return new Map();
    const rows: Raw[] = await this.db.query(`SELECT ${columns} FROM bargain_activities WHERE id = ANY($1::uuid[])`, [ids]);
    return new Map(rows.map((r) => [r.id as string, toRow(r)]));
  }

  /** Newest first; `beforeSeq` continues a page. */
  async ofMerchant(merchantId: string, beforeSeq: number | undefined, take: number): Promise<ActivityRow[]> {
    const rows: Raw[] = await this.db.query(
      `SELECT ${columns} FROM bargain_activities WHERE merchant_id = $1 AND ($2::bigint IS NULL OR seq < $2) ORDER BY seq DESC LIMIT $3`,
      [merchantId, beforeSeq ?? null, take],
    );
    return rows.map(toRow);
  }

  /** Stops it (once: a second stop keeps the first time). Null if it is not this merchant's. */
  async stop(merchantId: string, id: string): Promise<ActivityRow | null> {
    const [rows] = await this.db.query(
      `UPDATE bargain_activities SET stopped_at = coalesce(stopped_at, now()) WHERE id = $1 AND merchant_id = $2 RETURNING ${columns}`,
      [id, merchantId],
    );
    return rows[0] ? toRow(rows[0]) : null;
  }
}
