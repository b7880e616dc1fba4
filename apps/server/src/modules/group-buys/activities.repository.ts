import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

export interface ActivityRow {
  id: string;
  merchantId: string;
  goodsId: string;
  skuId: string;
  title: string;
  coverUrl: string | null;
  specText: string;
  normalPriceFen: number;
  groupPriceFen: number;
  groupSize: number;
  timeLimitMinutes: number;
  perUserLimit: number;
  virtualFill: boolean;
  startsAt: Date;
  endsAt: Date;
  stoppedAt: Date | null;
}

export interface ActivityFigures {
  groupsOpen: number;
  groupsSucceeded: number;
  groupsFailed: number;
  seatsSold: number;
  virtualSeats: number;
}

export type NewActivity = Omit<ActivityRow, 'id' | 'goodsId' | 'title' | 'coverUrl' | 'specText' | 'normalPriceFen' | 'stoppedAt'>;

// An activity with what it sells, as the SKU and its goods read today.
const SELECT = `SELECT a.id, a.merchant_id, s.goods_id, a.sku_id, g.title, g.cover_url, s.spec_values, s.price_fen, a.group_price_fen,
  a.group_size, a.time_limit_minutes, a.per_user_limit, a.virtual_fill, a.starts_at, a.ends_at, a.stopped_at
  FROM group_buy_activities a JOIN goods_skus s ON s.id = a.sku_id JOIN goods g ON g.id = s.goods_id`;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const toActivity = (r: Record<string, any>): ActivityRow => ({
  id: r.id, merchantId: r.merchant_id, goodsId: r.goods_id, skuId: r.sku_id, title: r.title, coverUrl: r.cover_url ?? null,
  specText: ((r.spec_values ?? []) as string[]).join(' / '), normalPriceFen: Number(r.price_fen), groupPriceFen: Number(r.group_price_fen),
  groupSize: r.group_size, timeLimitMinutes: r.time_limit_minutes, perUserLimit: r.per_user_limit, virtualFill: r.virtual_fill,
  startsAt: r.starts_at, endsAt: r.ends_at, stoppedAt: r.stopped_at,
});

/** Group-buy activities: what the merchant set up, read with the SKU they sell. */
@Injectable()
export class ActivitiesRepository {
  constructor(private readonly db: DataSource) {}

  async insert(a: NewActivity): Promise<string> {
    const [r] = await this.db.query(
      `INSERT INTO group_buy_activities (merchant_id, sku_id, group_price_fen, group_size, time_limit_minutes, per_user_limit, virtual_fill, starts_at, ends_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [a.merchantId, a.skuId, a.groupPriceFen, a.groupSize, a.timeLimitMinutes, a.perUserLimit, a.virtualFill, a.startsAt, a.endsAt],
    );
    return r.id;
  }

  async find(id: string, m: EntityManager = this.db.manager): Promise<ActivityRow | null> {
    const [r] = await m.query(`${SELECT} WHERE a.id = $1`, [id]);
    return r ? toActivity(r) : null;
  }

  async ofMerchant(merchantId: string): Promise<ActivityRow[]> {
    return (await this.db.query(`${SELECT} WHERE a.merchant_id = $1 ORDER BY a.created_at DESC, a.id DESC LIMIT 200`, [merchantId])).map(toActivity);
  }

  /** Running now and on sale, ending soonest first. */
  async running(): Promise<ActivityRow[]> {
    const rows = await this.db.query(
      `${SELECT} WHERE a.stopped_at IS NULL AND a.starts_at <= now() AND a.ends_at > now() AND g.on_shelf AND s.on_sale ORDER BY a.ends_at, a.id LIMIT 100`,
    );
    return rows.map(toActivity);
  }

  /** False if it was already stopped. */
  async stop(id: string): Promise<boolean> {
    const [rows] = await this.db.query(`UPDATE group_buy_activities SET stopped_at = now() WHERE id = $1 AND stopped_at IS NULL RETURNING id`, [id]);
    return rows.length === 1;
  }

  async figures(activityIds: readonly string[]): Promise<Map<string, ActivityFigures>> {
    const rows: Array<Record<string, string>> = await this.db.query(
      `SELECT g.activity_id,
         count(*) FILTER (WHERE g.status IN ('forming', 'open'))::int AS open,
         count(*) FILTER (WHERE g.status = 'succeeded')::int AS succeeded,
         count(*) FILTER (WHERE g.status = 'failed')::int AS failed,
         coalesce(sum((SELECT count(*) FROM group_buy_members s WHERE s.group_id = g.id AND s.status = 'paid' AND NOT s.virtual)) FILTER (WHERE g.status = 'succeeded'), 0)::int AS sold,
         coalesce(sum((SELECT count(*) FROM group_buy_members s WHERE s.group_id = g.id AND s.virtual)), 0)::int AS virtual
       FROM group_buy_groups g WHERE g.activity_id = ANY($1) GROUP BY g.activity_id`,
      [activityIds],
    );
    return new Map(rows.map((r) => [r.activity_id!, { groupsOpen: Number(r.open), groupsSucceeded: Number(r.succeeded), groupsFailed: Number(r.failed), seatsSold: Number(r.sold), virtualSeats: Number(r.virtual) }]));
  }

  async merchantOf(ownerUserId: string): Promise<string | null> {
    const [m] = await this.db.query(`SELECT id FROM merchants WHERE owner_user_id = $1`, [ownerUserId]);
    return m?.id ?? null;
  }
}
