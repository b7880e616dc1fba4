import { Injectable } from '@nestjs/common';
import { DEFAULT_POINTS_RULES, type LedgerReason, type PointsRules, pointsRulesSchema } from '@livemall/shared';
import { DataSource, type EntityManager } from 'typeorm';

export interface CheckinRow {
  day: string;
  streak: number;
  points: number;
}

export interface EarningRow {
  orderId: string;
  userId: string;
  paidFen: number;
  points: number;
  refundedFen: number;
  clawedBack: number;
}

export interface HistoryRow {
  id: string;
  delta: number;
  reason: LedgerReason;
  reference: string;
  balanceAfter: number;
  createdAt: Date;
}

/** Rules, check-ins, share days, order earnings and the points history. */
@Injectable()
export class PointsRepository {
  constructor(private readonly db: DataSource) {}

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /** The saved rules, or the defaults before any were saved. */
  async rules(m: EntityManager = this.db.manager): Promise<PointsRules> {
    const [row] = await m.query(`SELECT rules FROM points_rules WHERE id = 1`);
    return row ? pointsRulesSchema.parse(row.rules) : DEFAULT_POINTS_RULES;
  }

  async saveRules(rules: PointsRules): Promise<void> {
    await this.db.query(
      `INSERT INTO points_rules (id, rules) VALUES (1, $1) ON CONFLICT (id) DO UPDATE SET rules = EXCLUDED.rules, updated_at = now()`,
      [JSON.stringify(rules)],
    );
  }

  async goodsExists(goodsId: string): Promise<boolean> {
    return (await this.db.query(`SELECT 1 FROM goods WHERE id = $1`, [goodsId])).length > 0;
  }

  async checkin(userId: string, day: string, m: EntityManager = this.db.manager): Promise<CheckinRow | null> {
    const [r] = await m.query(`SELECT to_char(day, 'YYYY-MM-DD') AS day, streak, points FROM point_checkins WHERE user_id = $1 AND day = $2`, [userId, day]);
    return r ?? null;
  }

  /** Null when the day was already checked in (a concurrent call waits for the first to commit). */
  async insertCheckin(m: EntityManager, userId: string, row: CheckinRow): Promise<CheckinRow | null> {
    const rows: unknown[] = await m.query(
      `INSERT INTO point_checkins (user_id, day, streak, points) VALUES ($1, $2, $3, $4) ON CONFLICT (user_id, day) DO NOTHING RETURNING day`,
      [userId, row.day, row.streak, row.points],
    );
    return rows.length > 0 ? row : null;
  }

  /** The user's share day, created if need be and locked for the rest of the transaction. */
  async lockShareDay(m: EntityManager, userId: string, day: string): Promise<{ points: number; shares: number }> {
    await m.query(`INSERT INTO point_share_days (user_id, day) VALUES ($1, $2) ON CONFLICT (user_id, day) DO NOTHING`, [userId, day]);
    const [r] = await m.query(`SELECT points, shares FROM point_share_days WHERE user_id = $1 AND day = $2 FOR UPDATE`, [userId, day]);
    return { points: r.points, shares: r.shares };
  }

  async addShare(m: EntityManager, userId: string, day: string, points: number): Promise<void> {
    await m.query(`UPDATE point_share_days SET points = points + $3, shares = shares + 1 WHERE user_id = $1 AND day = $2`, [userId, day, points]);
  }

  /** False when the order's earning was recorded before. */
  async insertEarning(m: EntityManager, e: Pick<EarningRow, 'orderId' | 'userId' | 'paidFen' | 'points'>): Promise<boolean> {
    const rows: unknown[] = await m.query(
      `INSERT INTO point_order_earnings (order_id, user_id, paid_fen, points) VALUES ($1, $2, $3, $4) ON CONFLICT (order_id) DO NOTHING RETURNING order_id`,
      [e.orderId, e.userId, e.paidFen, e.points],
    );
    return rows.length > 0;
  }

  async lockEarning(m: EntityManager, orderId: string): Promise<EarningRow | null> {
    const [r] = await m.query(
      `SELECT order_id, user_id, paid_fen, points, refunded_fen, clawed_back FROM point_order_earnings WHERE order_id = $1 FOR UPDATE`,
      [orderId],
    );
    if (!r) return null;
    return { orderId: r.order_id, userId: r.user_id, paidFen: Number(r.paid_fen), points: r.points, refundedFen: Number(r.refunded_fen), clawedBack: r.clawed_back };
  }

  async updateEarning(m: EntityManager, orderId: string, refundedFen: number, clawedBack: number): Promise<void> {
    await m.query(`UPDATE point_order_earnings SET refunded_fen = $2, clawed_back = $3 WHERE order_id = $1`, [orderId, refundedFen, clawedBack]);
  }

  async insertDeduction(m: EntityManager, d: { orderId: string; userId: string; points: number; fen: number }): Promise<void> {
    await m.query(`INSERT INTO point_order_deductions (order_id, user_id, points, fen) VALUES ($1, $2, $3, $4)`, [d.orderId, d.userId, d.points, d.fen]);
  }

  /** Unlocked: lets order hooks skip orders without points before taking any lock. */
  async touchesPoints(m: EntityManager, orderId: string, table: 'point_order_deductions' | 'point_order_earnings'): Promise<boolean> {
    return (await m.query(`SELECT 1 FROM ${table} WHERE order_id = $1`, [orderId])).length > 0;
  }

  async lockDeduction(m: EntityManager, orderId: string): Promise<{ points: number; returned: number } | null> {
    const [r] = await m.query(`SELECT points, returned FROM point_order_deductions WHERE order_id = $1 FOR UPDATE`, [orderId]);
    return r ? { points: r.points, returned: r.returned } : null;
  }

  async setReturned(m: EntityManager, orderId: string, returned: number): Promise<void> {
    await m.query(`UPDATE point_order_deductions SET returned = $2 WHERE order_id = $1`, [orderId, returned]);
  }

  /** The user's points ledger, newest first, each with the balance right after it; `beforeId` continues a page. */
  async history(userId: string, beforeId: string | undefined, take: number): Promise<HistoryRow[]> {
    const rows: Array<{ id: string; delta: string; reason: LedgerReason; reference: string; balance_after: string; created_at: Date }> = await this.db.query(
      `SELECT * FROM (
         SELECT e.id, e.delta, e.reason, e.reference, e.created_at, sum(e.delta) OVER (ORDER BY e.id) AS balance_after
           FROM ledger_entries e JOIN wallets w ON w.id = e.wallet_id
          WHERE w.owner_type = 'points' AND w.owner_id = $1) h
        WHERE ($2::bigint IS NULL OR h.id < $2::bigint) ORDER BY h.id DESC LIMIT $3`,
      [userId, beforeId ?? null, take],
    );
    return rows.map((r) => ({ id: String(r.id), delta: Number(r.delta), reason: r.reason, reference: r.reference, balanceAfter: Number(r.balance_after), createdAt: r.created_at }));
  }
}
