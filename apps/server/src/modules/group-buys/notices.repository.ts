import { Injectable } from '@nestjs/common';
import type { MarketingNoticeKind } from '@livemall/shared';
import { DataSource, type EntityManager } from 'typeorm';

export interface NoticeRow {
  id: string;
  kind: MarketingNoticeKind;
  refId: string;
  createdAt: Date;
}

/** The marketing-notice outbox: one row per user, kind and subject, however often the event is told. */
@Injectable()
export class NoticesRepository {
  constructor(private readonly db: DataSource) {}

  async add(m: EntityManager, userIds: readonly string[], kind: MarketingNoticeKind, refId: string): Promise<void> {
    if (userIds.length === 0) return;
    await m.query(
      `INSERT INTO marketing_notices (user_id, kind, ref_id) SELECT u, $2, $3 FROM unnest($1::uuid[]) AS u ON CONFLICT (user_id, kind, ref_id) DO NOTHING`,
      [userIds, kind, refId],
    );
  }

  /** The goods title of a group's activity, for the words of its notices. */
  async titleOf(m: EntityManager, groupId: string): Promise<string> {
    const [r] = await m.query(
      `SELECT g.title FROM group_buy_groups gr JOIN group_buy_activities a ON a.id = gr.activity_id JOIN goods_skus s ON s.id = a.sku_id
         JOIN goods g ON g.id = s.goods_id WHERE gr.id = $1`,
      [groupId],
    );
    return r?.title ?? '拼团';
  }

  async ofUser(userId: string): Promise<NoticeRow[]> {
    const rows: Array<{ id: string; kind: MarketingNoticeKind; ref_id: string; created_at: Date }> = await this.db.query(
      `SELECT id, kind, ref_id, created_at FROM marketing_notices WHERE user_id = $1 ORDER BY created_at DESC, id DESC LIMIT 100`,
      [userId],
    );
    return rows.map((r) => ({ id: r.id, kind: r.kind, refId: r.ref_id, createdAt: r.created_at }));
  }
}
