import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

export interface CartLine {
  skuId: string;
  quantity: number;
  selected: boolean;
}

/** A cart holds this many lines at most; adding past it keeps the newest. */
export const MAX_CART_LINES = 100;

@Injectable()
export class CartRepository {
  constructor(private readonly db: DataSource) {}

  async lines(userId: string): Promise<CartLine[]> {
    const rows: Array<{ sku_id: string; quantity: number; selected: boolean }> = await this.db.query(
      `SELECT sku_id, quantity, selected FROM cart_items WHERE user_id = $1 ORDER BY updated_at DESC LIMIT ${MAX_CART_LINES}`,
      [userId],
    );
    return rows.map((r) => ({ skuId: r.sku_id, quantity: r.quantity, selected: r.selected }));
  }

  /** Adds to the line's quantity (capped), creating it if needed. */
  async add(userId: string, skuId: string, quantity: number, cap: number): Promise<void> {
    await this.db.query(
      `INSERT INTO cart_items (user_id, sku_id, quantity) VALUES ($1, $2, LEAST($3::int, $4::int))
       ON CONFLICT (user_id, sku_id) DO UPDATE SET quantity = LEAST(cart_items.quantity + EXCLUDED.quantity, $4::int), selected = true, updated_at = now()`,
      [userId, skuId, quantity, cap],
    );
  }

  async update(userId: string, skuId: string, change: { quantity?: number; selected?: boolean }): Promise<boolean> {
    const [rows] = await this.db.query(
      `UPDATE cart_items SET quantity = coalesce($3, quantity), selected = coalesce($4, selected) WHERE user_id = $1 AND sku_id = $2 RETURNING sku_id`,
      [userId, skuId, change.quantity ?? null, change.selected ?? null],
    );
    return rows.length > 0;
  }

  async remove(userId: string, skuIds: readonly string[], m: EntityManager = this.db.manager): Promise<void> {
    await m.query(`DELETE FROM cart_items WHERE user_id = $1 AND sku_id = ANY($2::uuid[])`, [userId, skuIds]);
  }
}
