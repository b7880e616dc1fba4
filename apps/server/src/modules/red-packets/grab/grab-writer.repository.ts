import { Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import type { RefusalReason } from './grab-strategy';

export interface WrittenGrab {
  seq: number;
  amount: number;
  /** Shares and fen left in the packet right after this grab. */
  left: number;
  leftAmount: number;
  roomId: string;
}

/**
 * PostgreSQL-only: lock the packet and give the next shares, in order, to the listed users that exist and
 * hold none yet. `matched` is who gets which share.
 */
const NEXT_SHARES = `
locked AS (
  SELECT rp.id, rp.room_id, rp.total_count - rp.remaining_count AS next_seq, rp.remaining_count FROM red_packets rp
   WHERE rp.id = $1 AND rp.status IN ('scheduled', 'active') AND rp.remaining_count > 0
     AND rp.valid_from <= now() AND rp.valid_until > now()
   FOR UPDATE
), req AS (
  SELECT r.user_id, row_number() OVER (ORDER BY r.ord) AS rn FROM unnest($2::uuid[]) WITH ORDINALITY AS r(user_id, ord)
   WHERE EXISTS (SELECT 1 FROM users u WHERE u.id = r.user_id)
     AND NOT EXISTS (SELECT 1 FROM red_packet_grabs g WHERE g.packet_id = $1 AND g.user_id = r.user_id)
), next AS (
  -- A bounded range of the primary key: joined on next_seq + rn directly, the planner matched every
  -- request against all of the packet's shares (14 ms of a 22 ms batch on a 1,000-share packet).
  SELECT s.seq, s.amount FROM locked l JOIN red_packet_shares s
      ON s.packet_id = l.id AND s.seq >= l.next_seq AND s.seq < l.next_seq + (SELECT count(*) FROM req)
), matched AS (
  SELECT l.id, l.room_id, req.user_id, req.rn, s.seq, s.amount FROM locked l
    JOIN req ON req.rn <= l.remaining_count
    JOIN next s ON s.seq = l.next_seq + req.rn - 1
)`;

/**
 * Redis: the (user, seq, amount) the script handed out; each must be the pre-split share with that seq,
 * for an existing user, on a packet still handing out — all of them, or the statement takes none.
 */
const GIVEN_SHARES = `
req AS (SELECT r.user_id, r.seq, r.amount FROM unnest($2::uuid[], $3::int[], $4::bigint[]) AS r(user_id, seq, amount)
), locked AS (
  SELECT rp.id, rp.room_id, rp.remaining_count FROM red_packets rp
   WHERE rp.id = $1 AND rp.status IN ('scheduled', 'active') AND rp.remaining_count >= (SELECT count(*) FROM req)
   FOR UPDATE
), matched AS (
  SELECT l.id, l.room_id, req.user_id, req.seq, req.amount, row_number() OVER (ORDER BY req.seq) AS rn FROM locked l
    CROSS JOIN req
    JOIN red_packet_shares s ON s.packet_id = l.id AND s.seq = req.seq AND s.amount = req.amount
    JOIN users u ON u.id = req.user_id
)`;

/**
 * Takes the matched shares off the packet and records them: the grabs, the grabbers' credits (a wallet is
 * made on first use), the escrow debit and both ledger legs of every grab — one statement, one commit,
 * for the whole batch. `left` is what remained right after each grabber, so exactly one sees 0.
 */
const takeAndRecord = (shares: string, allOrNothing: boolean) => `
WITH ${shares}
, t AS (SELECT count(*)::int AS k, COALESCE(sum(amount), 0)::bigint AS total FROM matched)
, p AS (
  UPDATE red_packets rp SET remaining_count = rp.remaining_count - t.k, remaining_amount = rp.remaining_amount - t.total,
    status = CASE WHEN rp.remaining_count = t.k THEN 'finished' ELSE 'active' END,
    ended_at = CASE WHEN rp.remaining_count = t.k THEN now() ELSE rp.ended_at END, updated_at = now()
    FROM t WHERE rp.id = $1 AND t.k > 0 ${allOrNothing ? 'AND t.k = (SELECT count(*) FROM req)' : ''}
  RETURNING rp.remaining_count AS left, rp.remaining_amount AS left_amount
), w AS (
  -- Each grabber's wallet id, known before the upsert (a new wallet gets its id here), so the credit leg
  -- needs no join back to the upsert's output: the planner, guessing one row per CTE, did that join as a
  -- nested loop, quadratic in the batch. If a wallet appears concurrently the upsert keeps the existing
  -- row, our id dangles and the ledger's foreign key fails the statement; the batch is then retried.
  SELECT m.*, COALESCE(x.id, gen_random_uuid()) AS wallet_id FROM matched m
    LEFT JOIN wallets x ON x.owner_type = 'user' AND x.owner_id = m.user_id
   WHERE EXISTS (SELECT 1 FROM p))
, g AS (INSERT INTO red_packet_grabs (packet_id, user_id, nickname, avatar_url, amount, seq)
        SELECT w.id, w.user_id, u.nickname, u.avatar_url, w.amount, w.seq FROM w JOIN users u ON u.id = w.user_id RETURNING id)
, uw AS (INSERT INTO wallets (id, owner_type, owner_id, balance) SELECT w.wallet_id, 'user', w.user_id, w.amount FROM w
         ON CONFLICT (owner_type, owner_id) DO UPDATE SET balance = wallets.balance + EXCLUDED.balance, updated_at = now()
         RETURNING id)
, ew AS (UPDATE wallets SET balance = wallets.balance - t.total, updated_at = now() FROM t
          WHERE wallets.owner_type = 'escrow' AND wallets.owner_id = $1 AND EXISTS (SELECT 1 FROM p) RETURNING wallets.id)
, l AS (INSERT INTO ledger_entries (wallet_id, delta, reason, reference, idempotency_key, leg)
        SELECT ew.id, -w.amount, 'red_packet_grab', w.id::text, 'grab:' || w.id || ':' || w.user_id, 'debit' FROM w, ew
        UNION ALL
        SELECT w.wallet_id, w.amount, 'red_packet_grab', w.id::text, 'grab:' || w.id || ':' || w.user_id, 'credit' FROM w
        RETURNING id)
SELECT w.user_id, w.seq, w.amount, w.room_id,
       (SELECT "left" FROM p) + (SELECT k FROM t) - w.rn::int AS left,
       (SELECT left_amount FROM p) + COALESCE(sum(w.amount) OVER (ORDER BY w.rn DESC ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS left_amount,
       (SELECT count(*) FROM l)::int AS legs, (SELECT count(*) FROM uw)::int AS credited FROM w`;

const TAKE_NEXT = takeAndRecord(NEXT_SHARES, false);
const TAKE_GIVEN = takeAndRecord(GIVEN_SHARES, true);

type Row = { user_id: string; seq: number; amount: string; left: number; left_amount: string; room_id: string; legs: number; credited: number };

@Injectable()
export class GrabWriter {
  constructor(private readonly db: DataSource) {}

  /** PostgreSQL-only: the winners among `userIds`, by user id; anyone missing got no share. */
  async takeNext(packetId: string, userIds: readonly string[]): Promise<Map<string, WrittenGrab>> {
    return this.written(await this.prepared('grab_take_next', TAKE_NEXT, [packetId, userIds]));
  }

  /** Redis: all of the given winners recorded, or none (an empty map: the packet is over, or a share is off). */
  async takeGiven(packetId: string, items: ReadonlyArray<{ userId: string; seq: number; amount: number }>): Promise<Map<string, WrittenGrab>> {
    return this.written(
      await this.prepared('grab_take_given', TAKE_GIVEN, [packetId, items.map((i) => i.userId), items.map((i) => i.seq), items.map((i) => i.amount)]),
    );
  }

  /**
   * A named prepared statement on the pool's connections: planning the batch statement took ~3 ms of
   * PostgreSQL's CPU per batch, a fifth of the statement, repeated on every batch of a flood.
   */
  private async prepared(name: string, text: string, values: unknown[]): Promise<Row[]> {
    const pool = (this.db.driver as PostgresDriver).master as Pool;
    return (await pool.query<Row>({ name, text, values })).rows;
  }

  async existing(packetId: string, userId: string): Promise<{ seq: number; amount: number } | null> {
    const rows: Array<{ seq: number; amount: string }> = await this.db.query(
      'SELECT seq, amount FROM red_packet_grabs WHERE packet_id = $1 AND user_id = $2',
      [packetId, userId],
    );
    return rows[0] ? { seq: rows[0].seq, amount: Number(rows[0].amount) } : null;
  }

  /** Why a packet hands out nothing right now. */
  async refusal(packetId: string): Promise<Exclude<RefusalReason, 'already'>> {
    const rows: Array<{ status: string; remaining_count: number; not_started: boolean; past: boolean }> = await this.db.query(
      `SELECT status, remaining_count, valid_from > now() AS not_started, valid_until <= now() AS past FROM red_packets WHERE id = $1`,
      [packetId],
    );
    const p = rows[0];
    if (!p) return 'not_found';
    if (p.status === 'expired' || p.past) return 'expired';
    if (p.status === 'finished' || p.remaining_count === 0) return 'empty';
    if (p.not_started) return 'not_started';
    return 'empty';
  }

  private written(rows: Row[]): Map<string, WrittenGrab> {
    const legs = rows[0]?.legs ?? 0;
    const credited = rows[0]?.credited ?? 0;
    if (legs !== rows.length * 2 || credited !== rows.length) throw new Error(`grab batch wrote ${legs} ledger legs and ${credited} credits for ${rows.length} grabs`);
    return new Map(rows.map((r) => [r.user_id, { seq: r.seq, amount: Number(r.amount), left: r.left, leftAmount: Number(r.left_amount), roomId: r.room_id }]));
  }
}

/** PostgreSQL's unique_violation, with the constraint it hit. */
export function uniqueViolation(error: unknown): string | undefined {
  const e = error as { code?: string; constraint?: string; driverError?: { code?: string; constraint?: string } };
  const code = e.driverError?.code ?? e.code;
  return code === '23505' ? (e.driverError?.constraint ?? e.constraint ?? 'unknown') : undefined;
}
