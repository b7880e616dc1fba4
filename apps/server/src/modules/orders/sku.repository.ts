import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

/** A SKU with what an order or a cart line needs of it and of its goods. */
export interface SkuInfo {
  skuId: string;
  goodsId: string;
  merchantId: string;
  title: string;
  coverUrl: string | null;
  specText: string;
  priceFen: number;
  stock: number;
  /** On the shelf and still sold in this variant. */
  available: boolean;
}

type Row = { sku_id: string; goods_id: string; merchant_id: string; title: string; cover_url: string | null; spec_values: string[]; price_fen: string; stock: number; on_sale: boolean; on_shelf: boolean };

/** Stock lives on `goods_skus`: reserved and released here with conditional updates, never read-then-write. */
@Injectable()
export class SkuRepository {
  constructor(private readonly db: DataSource) {}

  async find(skuIds: readonly string[], m: EntityManager = this.db.manager): Promise<Map<string, SkuInfo>> {
    if (skuIds.length === 0) return new Map();
    const rows: Row[] = await m.query(
      `SELECT s.id AS sku_id, s.goods_id, g.merchant_id, g.title, g.cover_url, s.spec_values, s.price_fen, s.stock, s.on_sale, g.on_shelf
         FROM goods_skus s JOIN goods g ON g.id = s.goods_id WHERE s.id = ANY($1::uuid[])`,
      [skuIds],
    );
    return new Map(
      rows.map((r) => [
        r.sku_id,
        {
          skuId: r.sku_id, goodsId: r.goods_id, merchantId: r.merchant_id, title: r.title, coverUrl: r.cover_url,
          specText: (r.spec_values ?? []).join(' / '), priceFen: Number(r.price_fen), stock: r.stock, available: r.on_sale && r.on_shelf,
        },
      ]),
    );
  }

  /** Takes `quantity` from the stock if there is that much; false (nothing taken) otherwise. */
  async reserve(m: EntityManager, skuId: string, quantity: number): Promise<boolean> {
    const [rows] = await m.query(`UPDATE goods_skus SET stock = stock - $2, updated_at = now() WHERE id = $1 AND stock >= $2 RETURNING id`, [skuId, quantity]);
    return rows.length === 1;
  }

  async release(m: EntityManager, skuId: string, quantity: number): Promise<void> {
    await m.query(`UPDATE goods_skus SET stock = stock + $2, updated_at = now() WHERE id = $1`, [skuId, quantity]);
  }

  async addSales(m: EntityManager, goodsId: string, quantity: number): Promise<void> {
    await m.query(`UPDATE goods SET sales = sales + $2 WHERE id = $1`, [goodsId, quantity]);
  }
}
