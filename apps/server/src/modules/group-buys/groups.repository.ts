import { Injectable } from '@nestjs/common';
import type { GroupStatus } from '@livemall/shared';
import { DataSource, type EntityManager } from 'typeorm';

export interface GroupRow {
  id: string;
  activityId: string;
  starterId: string;
  status: GroupStatus;
  expiresAt: Date;
  /** From the activity. */
  skuId: string;
  groupSize: number;
  virtualFill: boolean;
}

export interface MemberRow {
  id: string;
  groupId: string;
  userId: string | null;
  orderId: string | null;
  isStarter: boolean;
  virtual: boolean;
  status: 'pending' | 'paid' | 'refunded';
  nickname: string | null;
  avatarUrl: string | null;
}

const GROUP = `SELECT g.id, g.activity_id, g.starter_id, g.status, g.expires_at, a.sku_id, a.group_size, a.virtual_fill
  FROM group_buy_groups g JOIN group_buy_activities a ON a.id = g.activity_id`;
const MEMBER = `SELECT s.id, s.group_id, s.user_id, s.order_id, s.is_starter, s.virtual, s.status, u.nickname, u.avatar_url
  FROM group_buy_members s LEFT JOIN users u ON u.id = s.user_id`;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Raw = Record<string, any>;
const toGroup = (r: Raw): GroupRow => ({
  id: r.id, activityId: r.activity_id, starterId: r.starter_id, status: r.status, expiresAt: r.expires_at, skuId: r.sku_id, groupSize: r.group_size, virtualFill: r.virtual_fill,
});
const toMember = (r: Raw): MemberRow => ({
  id: r.id, groupId: r.group_id, userId: r.user_id, orderId: r.order_id, isStarter: r.is_starter, virtual: r.virtual, status: r.status, nickname: r.nickname, avatarUrl: r.avatar_url,
});

/**
 * Groups and their seats. Every change to a group's seats or status happens under `lock`, which takes the
 * activity's SKU row first and the group row second: the order paths (payment, cancellation) touch that SKU
 * row before they reach a group hook, so everyone takes the two locks in the same order and none deadlocks.
 */
@Injectable()
export class GroupsRepository {
  constructor(private readonly db: DataSource) {}

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  async find(id: string, m: EntityManager = this.db.manager): Promise<GroupRow | null> {
    const [r] = await m.query(`${GROUP} WHERE g.id = $1`, [id]);
    return r ? toGroup(r) : null;
  }

  /** The group, locked (see the class comment); null if there is no such group. */
  async lock(m: EntityManager, id: string): Promise<GroupRow | null> {
    const group = await this.find(id, m);
    if (!group) return null;
    await this.lockSku(m, group.skuId);
    await m.query(`SELECT id FROM group_buy_groups WHERE id = $1 FOR UPDATE`, [id]);
    return this.find(id, m);
  }

  /** The first of the two locks; starting a group takes only this one (its group is new). */
  async lockSku(m: EntityManager, skuId: string): Promise<void> {
    await m.query(`SELECT id FROM goods_skus WHERE id = $1 FOR UPDATE`, [skuId]);
  }

  async insert(m: EntityManager, g: { activityId: string; starterId: string; expiresAt: Date }): Promise<string> {
    const [r] = await m.query(`INSERT INTO group_buy_groups (activity_id, starter_id, status, expires_at) VALUES ($1, $2, 'forming', $3) RETURNING id`, [g.activityId, g.starterId, g.expiresAt]);
    return r.id;
  }

  /** Moves the status if it is still one of `from`; false if someone else moved it first. */
  async transition(m: EntityManager, id: string, from: readonly GroupStatus[], to: GroupStatus): Promise<boolean> {
    const closes = to === 'succeeded' || to === 'failed';
    const [rows] = await m.query(`UPDATE group_buy_groups SET status = $3${closes ? ', closed_at = now()' : ''} WHERE id = $1 AND status = ANY($2) RETURNING id`, [id, from, to]);
    return rows.length === 1;
  }

  async insertMember(m: EntityManager, s: { groupId: string; userId: string; orderId: string; isStarter: boolean }): Promise<void> {
    await m.query(`INSERT INTO group_buy_members (group_id, user_id, order_id, is_starter, status) VALUES ($1, $2, $3, $4, 'pending')`, [s.groupId, s.userId, s.orderId, s.isStarter]);
  }

  async addVirtual(m: EntityManager, groupId: string, seats: number): Promise<void> {
    await m.query(`INSERT INTO group_buy_members (group_id, virtual, status, paid_at) SELECT $1, true, 'paid', now() FROM generate_series(1, $2)`, [groupId, seats]);
  }

  async memberByOrder(m: EntityManager, orderId: string): Promise<MemberRow | null> {
    const [r] = await m.query(`${MEMBER} WHERE s.order_id = $1`, [orderId]);
    return r ? toMember(r) : null;
  }

  async setMemberStatus(m: EntityManager, memberId: string, status: 'paid' | 'refunded'): Promise<void> {
    await m.query(`UPDATE group_buy_members SET status = $2${status === 'paid' ? ', paid_at = now()' : ''} WHERE id = $1`, [memberId, status]);
  }

  async deleteMember(m: EntityManager, memberId: string): Promise<void> {
    await m.query(`DELETE FROM group_buy_members WHERE id = $1`, [memberId]);
  }

  /** Seats in join order: the starter first, then by payment. */
  async members(groupIds: readonly string[], m: EntityManager = this.db.manager): Promise<MemberRow[]> {
    if (groupIds.length === 0) return [];
    return (await m.query(`${MEMBER} WHERE s.group_id = ANY($1::uuid[]) ORDER BY s.is_starter DESC, s.paid_at NULLS LAST, s.created_at, s.id`, [groupIds])).map(toMember);
  }

  /** How many groups of this activity the buyer is in (pending or paid seats; a failed group's do not count). */
  async seatsOf(m: EntityManager, userId: string, activityId: string): Promise<number> {
    const [r] = await m.query(
      `SELECT count(*)::int AS n FROM group_buy_members s JOIN group_buy_groups g ON g.id = s.group_id
        WHERE s.user_id = $1 AND g.activity_id = $2 AND s.status IN ('pending', 'paid')`,
      [userId, activityId],
    );
    return r.n;
  }

  /** Open groups one can join now, fewest seats left first. */
  async joinable(activityId: string, limit: number): Promise<GroupRow[]> {
    const rows = await this.db.query(
      `${GROUP} WHERE g.activity_id = $1 AND g.status = 'open' AND g.expires_at > now()
        ORDER BY (SELECT count(*) FROM group_buy_members s WHERE s.group_id = g.id AND s.status = 'paid') DESC, g.expires_at, g.id LIMIT $2`,
      [activityId, limit],
    );
    return rows.map(toGroup);
  }

  /** Groups still forming or open: their expiry job is armed again at boot. */
  async unclosed(): Promise<Array<{ id: string; expiresAt: Date }>> {
    const rows: Raw[] = await this.db.query(`SELECT id, expires_at FROM group_buy_groups WHERE status IN ('forming', 'open')`);
    return rows.map((r) => ({ id: r.id, expiresAt: r.expires_at }));
  }
}
