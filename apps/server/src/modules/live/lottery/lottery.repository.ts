import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { LOTTERY_COLUMNS, type LotteryRow } from './lottery.mapper';

export interface NewLottery {
  id: string;
  roomId: string;
  prize: string;
  winnerCount: number;
  kind: 'viewers' | 'keyword';
  keyword: string | null;
  endsAt: Date;
  seed: string;
  commitment: string;
}

/** Lotteries, their entrants, and the draw's reads and writes. */
@Injectable()
export class LotteryRepository {
  constructor(private readonly db: DataSource) {}

  async roomOfOwner(userId: string, roomId: string): Promise<{ merchant: boolean; room: { status: string } | null }> {
    const [m] = await this.db.query(`SELECT id FROM merchants WHERE owner_user_id = $1`, [userId]);
    if (!m) return { merchant: false, room: null };
    const [r] = await this.db.query(`SELECT status FROM live_rooms WHERE id = $1 AND merchant_id = $2`, [roomId, m.id]);
    return { merchant: true, room: r ? { status: r.status } : null };
  }

  async ownerOf(lotteryId: string): Promise<string | null> {
    const [r] = await this.db.query(
      `SELECT m.owner_user_id FROM live_lotteries l JOIN live_rooms r ON r.id = l.room_id JOIN merchants m ON m.id = r.merchant_id WHERE l.id = $1`,
      [lotteryId],
    );
    return r?.owner_user_id ?? null;
  }

  /** The new lottery, or null when the id was used before. */
  async insert(l: NewLottery): Promise<LotteryRow | null> {
    const rows: LotteryRow[] = await this.db.query(
      `INSERT INTO live_lotteries (id, room_id, prize, winner_count, kind, keyword, ends_at, seed, commitment)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (id) DO NOTHING RETURNING ${LOTTERY_COLUMNS}`,
      [l.id, l.roomId, l.prize, l.winnerCount, l.kind, l.keyword, l.endsAt, l.seed, l.commitment],
    );
    return rows[0] ?? null;
  }

  async find(id: string, m: EntityManager = this.db.manager, lock = false): Promise<LotteryRow | null> {
    const [row]: LotteryRow[] = await m.query(`SELECT ${LOTTERY_COLUMNS} FROM live_lotteries WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id]);
    return row ?? null;
  }

  async open(): Promise<LotteryRow[]> {
    return this.db.query(`SELECT ${LOTTERY_COLUMNS} FROM live_lotteries WHERE status = 'open'`);
  }

  /**
   * Enters users while the lottery is open and its window runs. The share lock on the lottery row makes
   * an entry and the draw take turns: an entry either lands before the draw reads the entrants, or sees
   * the lottery drawn and enters nobody. The room's own merchant never takes part.
   */
  async enter(lotteryId: string, userIds: readonly string[]): Promise<number> {
    if (userIds.length === 0) return 0;
    const [, count] = await this.db.query(
      `INSERT INTO live_lottery_entries (lottery_id, user_id)
       SELECT l.id, u.id FROM live_lotteries l
         JOIN live_rooms r ON r.id = l.room_id
         JOIN merchants m ON m.id = r.merchant_id
         CROSS JOIN unnest($2::uuid[]) AS u(id)
        WHERE l.id = $1 AND l.status = 'open' AND l.ends_at > now() AND u.id <> m.owner_user_id
        FOR SHARE OF l
       ON CONFLICT DO NOTHING`,
      [lotteryId, userIds],
    );
    return Number(count ?? 0);
  }

  /** Entrants in the canonical order the draw and its verification use: user ids ascending. */
  async entrants(lotteryId: string, m: EntityManager = this.db.manager): Promise<string[]> {
    const rows: Array<{ user_id: string }> = await m.query(`SELECT user_id FROM live_lottery_entries WHERE lottery_id = $1 ORDER BY user_id`, [lotteryId]);
    return rows.map((r) => r.user_id);
  }

  async nicknames(m: EntityManager, userIds: readonly string[]): Promise<Map<string, string>> {
    const rows: Array<{ id: string; nickname: string }> = await m.query(`SELECT id, nickname FROM users WHERE id = ANY($1::uuid[])`, [userIds]);
    return new Map(rows.map((r) => [r.id, r.nickname]));
  }

  async markDrawn(m: EntityManager, id: string, winners: Array<{ userId: string; nickname: string }>, entrantCount: number): Promise<LotteryRow> {
    const [rows]: [LotteryRow[], number] = await m.query(
      `UPDATE live_lotteries SET status = 'drawn', winners = $2::jsonb, entrant_count = $3, drawn_at = now() WHERE id = $1 RETURNING ${LOTTERY_COLUMNS}`,
      [id, JSON.stringify(winners), entrantCount],
    );
    return rows[0] as LotteryRow;
  }

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }
}
