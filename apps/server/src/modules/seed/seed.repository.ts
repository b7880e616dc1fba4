import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** Inserts demo rows by fixed id; rows that exist are left as they are. */
@Injectable()
export class SeedRepository {
  constructor(private readonly db: DataSource) {}

  async ensureMerchant(m: { id: string; ownerUserId: string; name: string }): Promise<void> {
    await this.db.query(
      `INSERT INTO merchants (id, owner_user_id, name) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
      [m.id, m.ownerUserId, m.name],
    );
  }

  async ensureRoom(r: { id: string; merchantId: string; title: string; anchorName: string; status: string; scheduledAt: Date | null }): Promise<void> {
    await this.db.query(
      `INSERT INTO live_rooms (id, merchant_id, title, anchor_name, status, scheduled_at)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (id) DO NOTHING`,
      [r.id, r.merchantId, r.title, r.anchorName, r.status, r.scheduledAt],
    );
  }

  async ensureGoods(g: { id: string; merchantId: string; title: string; priceFen: number; stock: number }): Promise<void> {
    await this.db.query(
      `INSERT INTO goods (id, merchant_id, title, price_fen, stock) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (id) DO NOTHING`,
      [g.id, g.merchantId, g.title, g.priceFen, g.stock],
    );
  }
}
