import { Injectable } from '@nestjs/common';
import type { NotificationKind } from '@livemall/shared';
import { DataSource, type EntityManager } from 'typeorm';
import type { NoticeContent } from './notice-content';

export interface NotificationRow {
  id: string;
  userId: string;
  kind: NotificationKind;
  eventKey: string;
  title: string;
  body: string;
  link: string | null;
  data: Record<string, string>;
  createdAt: Date;
  readAt: Date | null;
}

type Raw = {
  id: string; user_id: string; kind: NotificationKind; event_key: string; title: string; body: string; link: string | null;
  data: Record<string, string>; created_at: Date; read_at: Date | null;
};
const toRow = (r: Raw): NotificationRow => ({
  id: r.id, userId: r.user_id, kind: r.kind, eventKey: r.event_key, title: r.title, body: r.body, link: r.link, data: r.data,
  createdAt: new Date(r.created_at), readAt: r.read_at ? new Date(r.read_at) : null,
});
const COLUMNS = 'id, user_id, kind, event_key, title, body, link, data, created_at, read_at';

/** The in-app inbox. */
@Injectable()
export class NotificationsRepository {
  constructor(private readonly db: DataSource) {}

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /** One row per user and event key: true if this call wrote it, false if the event was told before. */
  async record(m: EntityManager, userId: string, kind: NotificationKind, eventKey: string, c: NoticeContent): Promise<boolean> {
    const rows: unknown[] = await m.query(
      `INSERT INTO notifications (user_id, kind, event_key, title, body, link, data) VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb)
       ON CONFLICT (user_id, event_key) DO NOTHING RETURNING id`,
      [userId, kind, eventKey, c.title.slice(0, 64), c.body.slice(0, 256), c.link, JSON.stringify(c.data)],
    );
    return rows.length > 0;
  }

  async byKey(userId: string, eventKey: string): Promise<NotificationRow | null> {
    const [r]: Raw[] = await this.db.query(`SELECT ${COLUMNS} FROM notifications WHERE user_id = $1 AND event_key = $2`, [userId, eventKey]);
    return r ? toRow(r) : null;
  }

  /** Newest first, after the (created_at, id) of the previous page's last row. */
  async page(userId: string, after: { t: string; id: string } | undefined, limit: number): Promise<NotificationRow[]> {
    const rows: Raw[] = await this.db.query(
      `SELECT ${COLUMNS} FROM notifications WHERE user_id = $1 AND ($2::timestamptz IS NULL OR (created_at, id) < ($2::timestamptz, $3::uuid))
        ORDER BY created_at DESC, id DESC LIMIT $4`,
      [userId, after?.t ?? null, after?.id ?? null, limit],
    );
    return rows.map(toRow);
  }

  async unreadCount(userId: string): Promise<number> {
    const [r] = await this.db.query(`SELECT count(*)::int AS n FROM notifications WHERE user_id = $1 AND read_at IS NULL`, [userId]);
    return r.n;
  }

  /** Keeps the first read time; null if it is not the user's. */
  async markRead(userId: string, id: string): Promise<NotificationRow | null> {
    await this.db.query(`UPDATE notifications SET read_at = now() WHERE id = $1 AND user_id = $2 AND read_at IS NULL`, [id, userId]);
    const [r]: Raw[] = await this.db.query(`SELECT ${COLUMNS} FROM notifications WHERE id = $1 AND user_id = $2`, [id, userId]);
    return r ? toRow(r) : null;
  }

  async readAll(userId: string): Promise<number> {
    const [, count] = await this.db.query(`UPDATE notifications SET read_at = now() WHERE user_id = $1 AND read_at IS NULL`, [userId]);
    return Number(count);
  }

  async openidOf(userId: string): Promise<string | null> {
    const [r] = await this.db.query(`SELECT openid FROM users WHERE id = $1`, [userId]);
    return r?.openid ?? null;
  }
}
