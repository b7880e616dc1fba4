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

  async list(merchantId: string): Promise<Assistant[]> {
    const rows: Row[] = await this.db.query(
      `SELECT s.user_id, u.nickname, s.created_at FROM merchant_staff s JOIN users u ON u.id = s.user_id WHERE s.merchant_id = $1 ORDER BY s.created_at`,
      [merchantId],
    );
    return rows.map(toAssistant);
  }

  /**
   * One statement, so it answers with the row whatever runs beside it: the insert-then-select it replaces
   * found no row when a concurrent remove of the same assistant landed in between, and answered 500. A
   * repeat add touches the existing row so RETURNING gives it back. Null: no such user.
   */
  async add(merchantId: string, userId: string): Promise<Assistant | null> {
    const [row]: Row[] = await this.db.query(
      `WITH added AS (
         INSERT INTO merchant_staff (merchant_id, user_id) SELECT $1, id FROM users WHERE id = $2
         ON CONFLICT (merchant_id, user_id) DO UPDATE SET created_at = merchant_staff.created_at
         RETURNING user_id, created_at
       )
       SELECT a.user_id, u.nickname, a.created_at FROM added a JOIN users u ON u.id = a.user_id`,
      [merchantId, userId],
    );
    return row ? toAssistant(row) : null;
  }

  async remove(merchantId: string, userId: string): Promise<void> {
    await this.db.query(`DELETE FROM merchant_staff WHERE merchant_id = $1 AND user_id = $2`, [merchantId, userId]);
  }

  async assisting(userId: string): Promise<string[]> {
    const rows: Array<{ merchant_id: string }> = await this.db.query(`SELECT merchant_id FROM merchant_staff WHERE user_id = $1 ORDER BY created_at`, [userId]);
    return rows.map((r) => r.merchant_id);
  }
}
