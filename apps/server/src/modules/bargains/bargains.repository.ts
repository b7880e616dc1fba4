import { Injectable } from '@nestjs/common';
import type { BargainStatus } from '@livemall/shared';
import { DataSource, type EntityManager } from 'typeorm';

export interface BargainRow {
  id: string;
  seq: number;
  activityId: string;
  userId: string;
  starterNickname: string;
  starterAvatarUrl: string | null;
  originalPriceFen: number;
  floorPriceFen: number;
  currentPriceFen: number;
  helpersNeeded: number;
  helpersDone: number;
  status: BargainStatus;
  expiresAt: Date;
  orderId: string | null;
  createdAt: Date;
}

export interface HelpRow {
  bargainId: string;
  userId: string;
  nickname: string;
  avatarUrl: string | null;
  cutFen: number;
  seq: number;
  createdAt: Date;
}

type Raw = Record<string, any>;
const select = `SELECT b.id, b.seq, b.activity_id, b.user_id, u.nickname, u.avatar_url, b.original_price_fen, b.floor_price_fen, b.current_price_fen,
  b.helpers_needed, b.helpers_done, b.status, b.expires_at, b.order_id, b.created_at FROM bargains b JOIN users u ON u.id = b.user_id`;
const toRow = (r: Raw): BargainRow => ({
  id: r.id, seq: Number(r.seq), activityId: r.activity_id, userId: r.user_id, starterNickname: r.nickname, starterAvatarUrl: r.avatar_url,
  originalPriceFen: Number(r.original_price_fen), floorPriceFen: Number(r.floor_price_fen), currentPriceFen: Number(r.current_price_fen),
  helpersNeeded: r.helpers_needed, helpersDone: r.helpers_done, status: r.status, expiresAt: r.expires_at, orderId: r.order_id, createdAt: r.created_at,
});
const toHelp = (r: Raw): HelpRow => ({
  bargainId: r.bargain_id, userId: r.user_id, nickname: r.nickname, avatarUrl: r.avatar_url, cutFen: Number(r.cut_fen), seq: r.seq, createdAt: r.created_at,
});

// TypeORM's postgres driver answers UPDATE … RETURNING with [rows, affected].
const rowsOf = (result: unknown[]): Raw[] => (Array.isArray(result[0]) ? (result[0] as Raw[]) : (result as Raw[]));

/** Bargains, their pre-split cuts and their helpers. Every money-like change is one conditional UPDATE. */
@Injectable()
export class BargainsRepository {
  constructor(private readonly db: DataSource) {}

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /** Closes the caller's bargains whose time ran out unbought (a bargain being bought stays `ordered`). */
  async expireDue(where: { id: string } | { userId: string }): Promise<void> {
    const [column, value] = 'id' in where ? ['id', where.id] : ['user_id', where.userId];
    await this.db.query(
      `UPDATE bargains SET status = 'expired', updated_at = now() WHERE ${column} = $1 AND status IN ('open', 'floor_reached') AND expires_at <= now()`,
      [value],
    );
  }

  async find(id: string, m: EntityManager = this.db.manager, lock = false): Promise<BargainRow | null> {
    const [row] = await m.query(`${select} WHERE b.id = $1${lock ? ' FOR UPDATE OF b' : ''}`, [id]);
    return row ? toRow(row) : null;
  }

  /** The user's bargain on the activity that has not expired, if any. */
  async liveOf(activityId: string, userId: string): Promise<BargainRow | null> {
    const [row] = await this.db.query(`${select} WHERE b.activity_id = $1 AND b.user_id = $2 AND b.status <> 'expired'`, [activityId, userId]);
    return row ? toRow(row) : null;
  }

  /** Newest first; `beforeSeq` continues a page. */
  async ofUser(userId: string, beforeSeq: number | undefined, take: number): Promise<BargainRow[]> {
    const rows: Raw[] = await this.db.query(`${select} WHERE b.user_id = $1 AND ($2::bigint IS NULL OR b.seq < $2) ORDER BY b.seq DESC LIMIT $3`, [
      userId,
      beforeSeq ?? null,
      take,
    ]);
    return rows.map(toRow);
  }

  /**
   * A new bargain with its cuts, unless the user already has a live one on the activity (the partial unique
   * key decides between two starts at once): its id, or null.
   */
  async insert(
    m: EntityManager,
    b: { activityId: string; userId: string; originalPriceFen: number; floorPriceFen: number; expiresAt: Date },
    cuts: readonly number[],
  ): Promise<string | null> {
    const [row] = await m.query(
      `INSERT INTO bargains (activity_id, user_id, original_price_fen, floor_price_fen, current_price_fen, helpers_needed, status, expires_at)
       VALUES ($1, $2, $3, $4, $3, $5, 'open', $6)
       ON CONFLICT (activity_id, user_id) WHERE status <> 'expired' DO NOTHING RETURNING id`,
      [b.activityId, b.userId, b.originalPriceFen, b.floorPriceFen, cuts.length, b.expiresAt],
    );
    if (!row) return null;
    await m.query(`INSERT INTO bargain_shares (bargain_id, seq, amount) SELECT $1, s.i - 1, s.amount FROM unnest($2::bigint[]) WITH ORDINALITY AS s(amount, i)`, [
      row.id,
      cuts,
    ]);
    return row.id as string;
  }

  /**
   * Takes the next cut, if the bargain is open, unexpired and has one left: one conditional UPDATE, so the
   * row lock queues concurrent helpers and each takes a different share (the SET is evaluated again on
   * the row as the previous helper left it). Null when nothing was taken.
   */
  async takeNextCut(m: EntityManager, bargainId: string): Promise<{ seq: number; cutFen: number } | null> {
    const rows = rowsOf(
      await m.query(
        `UPDATE bargains b
            SET current_price_fen = b.current_price_fen - (SELECT s.amount FROM bargain_shares s WHERE s.bargain_id = b.id AND s.seq = b.helpers_done),
                helpers_done = b.helpers_done + 1,
                status = CASE WHEN b.helpers_done + 1 >= b.helpers_needed THEN 'floor_reached' ELSE 'open' END,
                updated_at = now()
          WHERE b.id = $1 AND b.status = 'open' AND b.expires_at > now() AND b.helpers_done < b.helpers_needed
          RETURNING b.helpers_done - 1 AS seq`,
        [bargainId],
      ),
    );
    const seq = rows[0]?.seq as number | undefined;
    if (seq === undefined) return null;
    const [share] = await m.query(`SELECT amount FROM bargain_shares WHERE bargain_id = $1 AND seq = $2`, [bargainId, seq]);
    return { seq, cutFen: Number(share.amount) };
  }

  /** Throws pg 23505 on `bargain_helps_bargain_user_key` if the user helped already. */
  async insertHelp(m: EntityManager, h: Omit<HelpRow, 'createdAt'>): Promise<void> {
    await m.query(`INSERT INTO bargain_helps (bargain_id, user_id, nickname, avatar_url, cut_fen, seq) VALUES ($1, $2, $3, $4, $5, $6)`, [
      h.bargainId,
      h.userId,
      h.nickname,
      h.avatarUrl,
      h.cutFen,
      h.seq,
    ]);
  }

  async helpOf(bargainId: string, userId: string): Promise<HelpRow | null> {
    const [row] = await this.db.query(`SELECT * FROM bargain_helps WHERE bargain_id = $1 AND user_id = $2`, [bargainId, userId]);
    return row ? toHelp(row) : null;
  }

  /** Helpers of these bargains, in help order. */
  async helpsOf(bargainIds: readonly string[]): Promise<HelpRow[]> {
    if (bargainIds.length === 0) return [];
    const rows: Raw[] = await this.db.query(`SELECT * FROM bargain_helps WHERE bargain_id = ANY($1::uuid[]) ORDER BY bargain_id, seq`, [bargainIds]);
    return rows.map(toHelp);
  }

  async profileOf(userId: string): Promise<{ nickname: string; avatarUrl: string | null } | null> {
    const [row] = await this.db.query(`SELECT nickname, avatar_url FROM users WHERE id = $1`, [userId]);
    return row ? { nickname: row.nickname, avatarUrl: row.avatar_url } : null;
  }

  /** Open or at its floor → ordered with this order; false if it was not (someone else's change won). */
  async markOrdered(m: EntityManager, bargainId: string, orderId: string): Promise<boolean> {
    const rows = rowsOf(
      await m.query(
        `UPDATE bargains SET status = 'ordered', order_id = $2, updated_at = now() WHERE id = $1 AND status IN ('open', 'floor_reached') RETURNING id`,
        [bargainId, orderId],
      ),
    );
    return rows.length === 1;
  }

  /**
   * Its order was cancelled unpaid: buyable again — open (helpers may still come) or at its floor — unless
   * its time ran out meanwhile. Only if that order is still the bargain's.
   */
  async reopen(m: EntityManager, bargainId: string, orderId: string): Promise<void> {
    await m.query(
      `UPDATE bargains
          SET status = CASE WHEN expires_at <= now() THEN 'expired' WHEN helpers_done >= helpers_needed THEN 'floor_reached' ELSE 'open' END,
              order_id = NULL, updated_at = now()
        WHERE id = $1 AND status = 'ordered' AND order_id = $2`,
      [bargainId, orderId],
    );
  }
}
