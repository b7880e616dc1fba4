import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { LotLeft } from './points-rules';

export interface NewLot {
  userId: string;
  amount: number;
  earnedAt: Date;
  expiresAt: Date;
  sourceKey: string;
}

/** Point lots. Callers lock the user's points wallet first (see `Points`), then lots, so spends, credits and expiry never deadlock. */
@Injectable()
export class PointLotsRepository {
  constructor(private readonly db: DataSource) {}

  /** Serialises everything that changes one user's points (the wallet row is the lock). */
  async lockWallet(m: EntityManager, walletId: string): Promise<void> {
    await m.query(`SELECT id FROM wallets WHERE id = $1 FOR UPDATE`, [walletId]);
  }

  /** One lot per source key: a retried credit adds none. */
  async insert(m: EntityManager, lot: NewLot): Promise<void> {
    await m.query(
      `INSERT INTO point_lots (user_id, amount, remaining, earned_at, expires_at, source_key) VALUES ($1, $2, $2, $3, $4, $5) ON CONFLICT (source_key) DO NOTHING`,
      [lot.userId, lot.amount, lot.earnedAt, lot.expiresAt, lot.sourceKey],
    );
  }

  /** The user's lots with points left, locked, expiring first (ties: oldest first). */
  async spendable(m: EntityManager, userId: string): Promise<LotLeft[]> {
    const rows: Array<{ id: string; remaining: number }> = await m.query(
      `SELECT id, remaining FROM point_lots WHERE user_id = $1 AND remaining > 0 ORDER BY expires_at, id FOR UPDATE`,
      [userId],
    );
    return rows.map((r) => ({ id: String(r.id), remaining: r.remaining }));
  }

  async take(m: EntityManager, takes: ReadonlyArray<{ id: string; take: number }>): Promise<void> {
    if (takes.length === 0) return;
    await m.query(
      `UPDATE point_lots l SET remaining = l.remaining - t.take FROM unnest($1::bigint[], $2::int[]) AS t(id, take) WHERE l.id = t.id`,
      [takes.map((t) => t.id), takes.map((t) => t.take)],
    );
  }

  /** The user's lots past expiry that still hold points, locked (one, when `lotId` is given). */
  async due(m: EntityManager, userId: string, now: Date, lotId?: string): Promise<LotLeft[]> {
    const rows: Array<{ id: string; remaining: number }> = await m.query(
      `SELECT id, remaining FROM point_lots WHERE user_id = $1 AND remaining > 0 AND expires_at <= $2 AND ($3::bigint IS NULL OR id = $3) ORDER BY expires_at, id FOR UPDATE`,
      [userId, now, lotId ?? null],
    );
    return rows.map((r) => ({ id: String(r.id), remaining: r.remaining }));
  }

  async empty(m: EntityManager, lotId: string): Promise<void> {
    await m.query(`UPDATE point_lots SET remaining = 0 WHERE id = $1`, [lotId]);
  }

  /** A batch of lots due everywhere, for the expiry job (not locked: each is expired in its own transaction). */
  async dueBatch(now: Date, take: number): Promise<Array<{ id: string; userId: string }>> {
    const rows: Array<{ id: string; user_id: string }> = await this.db.query(
      `SELECT id, user_id FROM point_lots WHERE remaining > 0 AND expires_at <= $1 ORDER BY expires_at, id LIMIT $2`,
      [now, take],
    );
    return rows.map((r) => ({ id: String(r.id), userId: r.user_id }));
  }

  /** Points expiring after `now` and up to `until`, and the first such moment. */
  async expiring(userId: string, now: Date, until: Date): Promise<{ points: number; firstAt: Date | null }> {
    const rows: Array<{ points: number; first_at: Date | null }> = await this.db.query(
      `SELECT coalesce(sum(remaining), 0)::int AS points, min(expires_at) AS first_at FROM point_lots WHERE user_id = $1 AND remaining > 0 AND expires_at > $2 AND expires_at <= $3`,
      [userId, now, until],
    );
    return { points: rows[0]?.points ?? 0, firstAt: rows[0]?.first_at ?? null };
  }
}
