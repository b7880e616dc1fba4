import { Injectable } from '@nestjs/common';
import type { Assistant } from '@livemall/shared';
import { DataSource } from 'typeorm';

type Row = { user_id: string; nickname: string; created_at: Date };
const toAssistant = (r: Row): Assistant => ({ userId: r.user_id, nickname: r.nickname, addedAt: new Date(r.created_at).toISOString() });

@Injectable()
export class StaffRepository {
  constructor(private readonly db: DataSource) {}

  async merchantOf(ownerUserId: string): Promise<string | null> {
    const [m] = await this.db.query(`SELECT id FROM merchants WHERE owner_user_id = $1`, [ownerUserId]);
    return m?.id ?? null;
  }

  async userExists(userId: string): Promise<boolean> {
    const [u] = await this.db.query(`SELECT 1 FROM users WHERE id = $1`, [userId]);
    return Boolean(u);
  }

  async list(merchantId: string): Promise<Assistant[]> {
    const rows: Row[] = await this.db.query(
      `SELECT s.user_id, u.nickname, s.created_at FROM merchant_staff s JOIN users u ON u.id = s.user_id WHERE s.merchant_id = $1 ORDER BY s.created_at`,
      [merchantId],
    );
    return rows.map(toAssistant);
  }

  async add(merchantId: string, userId: string): Promise<Assistant> {
    await this.db.query(`INSERT INTO merchant_staff (merchant_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [merchantId, userId]);
    const [row]: Row[] = await this.db.query(
      `SELECT s.user_id, u.nickname, s.created_at FROM merchant_staff s JOIN users u ON u.id = s.user_id WHERE s.merchant_id = $1 AND s.user_id = $2`,
      [merchantId, userId],
    );
    return toAssistant(row as Row);
  }

  async remove(merchantId: string, userId: string): Promise<void> {
    await this.db.query(`DELETE FROM merchant_staff WHERE merchant_id = $1 AND user_id = $2`, [merchantId, userId]);
  }

  async assisting(userId: string): Promise<string[]> {
    const rows: Array<{ merchant_id: string }> = await this.db.query(`SELECT merchant_id FROM merchant_staff WHERE user_id = $1 ORDER BY created_at`, [userId]);
    return rows.map((r) => r.merchant_id);
  }
}
