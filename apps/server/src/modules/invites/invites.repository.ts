import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

export interface InviteRow {
  inviteeId: string;
  inviterId: string;
  inviterNickname: string;
  inviterAvatarUrl: string | null;
  rewardedAt: Date | null;
}

/** Advisory lock namespaces (the first key of `pg_advisory_xact_lock(int, int)`). */
const BIND_LOCK = 7_101;
const INVITEE_LOCK = 7_102;

// TypeORM's postgres driver answers UPDATE … RETURNING with [rows, affected].
const rowsOf = (result: unknown[]): Array<Record<string, any>> => (Array.isArray(result[0]) ? (result[0] as Array<Record<string, any>>) : (result as Array<Record<string, any>>));

/** Invite codes and who invited whom. */
@Injectable()
export class InvitesRepository {
  constructor(private readonly db: DataSource) {}

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  async codeOf(userId: string): Promise<string | null> {
    const [row] = await this.db.query(`SELECT code FROM invite_codes WHERE user_id = $1`, [userId]);
    return row?.code ?? null;
  }

  /** Gives the user this code unless they have one, or the code is taken (then nothing happens). */
  async offerCode(userId: string, code: string): Promise<void> {
    await this.db.query(`INSERT INTO invite_codes (user_id, code) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [userId, code]);
  }

  async ownerOfCode(code: string): Promise<string | null> {
    const [row] = await this.db.query(`SELECT user_id FROM invite_codes WHERE code = $1`, [code]);
    return row?.user_id ?? null;
  }

  async inviteOf(inviteeId: string, m: EntityManager = this.db.manager): Promise<InviteRow | null> {
    const [row] = await m.query(
      `SELECT i.invitee_id, i.inviter_id, u.nickname, u.avatar_url, i.rewarded_at FROM invites i JOIN users u ON u.id = i.inviter_id WHERE i.invitee_id = $1`,
      [inviteeId],
    );
    return row ? { inviteeId: row.invitee_id, inviterId: row.inviter_id, inviterNickname: row.nickname, inviterAvatarUrl: row.avatar_url, rewardedAt: row.rewarded_at } : null;
  }

  async statsOf(inviterId: string): Promise<{ invitees: number; rewarded: number; points: number }> {
    const [row] = await this.db.query(
      `SELECT count(*)::int AS invitees, count(rewarded_at)::int AS rewarded, coalesce(sum(reward_points), 0)::int AS points FROM invites WHERE inviter_id = $1`,
      [inviterId],
    );
    return { invitees: row.invitees, rewarded: row.rewarded, points: row.points };
  }

  /** Whether the user has an order that was paid (whatever became of it), other than `exceptOrderId`. */
  async hasPaidOrder(userId: string, exceptOrderId: string | null = null, m: EntityManager = this.db.manager): Promise<boolean> {
    const [row] = await m.query(`SELECT 1 FROM orders WHERE user_id = $1 AND paid_at IS NOT NULL AND ($2::uuid IS NULL OR id <> $2) LIMIT 1`, [userId, exceptOrderId]);
    return row !== undefined;
  }

  /** Whether walking up the inviter chain from `fromUserId` (their inviter, that one's inviter, …) reaches `target`. */
  async chainReaches(m: EntityManager, fromUserId: string, target: string): Promise<boolean> {
    const [row] = await m.query(
      `WITH RECURSIVE chain(user_id) AS (
         SELECT $1::uuid
         UNION
         SELECT i.inviter_id FROM invites i JOIN chain c ON i.invitee_id = c.user_id
       ) SELECT 1 FROM chain WHERE user_id = $2 LIMIT 1`,
      [fromUserId, target],
    );
    return row !== undefined;
  }

  async insert(m: EntityManager, inviteeId: string, inviterId: string): Promise<boolean> {
    const [row] = await m.query(`INSERT INTO invites (invitee_id, inviter_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING invitee_id`, [inviteeId, inviterId]);
    return row !== undefined;
  }

  /** Binds queue one after another: two users naming each other at once must not both pass the cycle check. */
  async lockBinds(m: EntityManager): Promise<void> {
    await m.query(`SELECT pg_advisory_xact_lock($1, 0)`, [BIND_LOCK]);
  }

  /** A bind and the invitee's payment queue on this: the bind either sees the paid order or the payment sees the bind. */
  async lockInvitee(m: EntityManager, inviteeId: string): Promise<void> {
    await m.query(`SELECT pg_advisory_xact_lock($1, hashtext($2))`, [INVITEE_LOCK, inviteeId]);
  }

  /** Marks the reward given, once: the inviter to credit, or null if it was given before. */
  async markRewarded(m: EntityManager, inviteeId: string, orderId: string, points: number): Promise<string | null> {
    const rows = rowsOf(
      await m.query(
        `UPDATE invites SET rewarded_at = now(), reward_order_id = $2, reward_points = $3 WHERE invitee_id = $1 AND rewarded_at IS NULL RETURNING inviter_id`,
        [inviteeId, orderId, points],
      ),
    );
    return (rows[0]?.inviter_id as string | undefined) ?? null;
  }
}
