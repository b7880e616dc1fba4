import { Injectable } from '@nestjs/common';
import type { CreateLiveRoomRequest, LiveRoomDetail, UpdateLiveRoomRequest } from '@livemall/shared';
import { DataSource } from 'typeorm';

/** A room as its merchant manages it; URLs are added by the service. */
export type HostRoomRow = Omit<LiveRoomDetail, 'playUrls'> & { seq: number };

const COLUMNS = `r.id, r.seq, r.merchant_id, r.title, r.cover_url, r.anchor_name, r.status, r.scheduled_at, r.started_at, r.ended_at,
  (SELECT count(*) FROM live_room_reminders rr WHERE rr.room_id = r.id) AS reminders`;

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);
type Row = {
  id: string; seq: string; merchant_id: string; title: string; cover_url: string | null; anchor_name: string; status: LiveRoomDetail['status'];
  scheduled_at: Date | null; started_at: Date | null; ended_at: Date | null; reminders: string;
};
const toRow = (r: Row): HostRoomRow => ({
  id: r.id, seq: Number(r.seq), merchantId: r.merchant_id, title: r.title, coverUrl: r.cover_url, anchorName: r.anchor_name, status: r.status,
  scheduledAt: iso(r.scheduled_at), startedAt: iso(r.started_at), endedAt: iso(r.ended_at), reminders: Number(r.reminders),
});

/** Columns a merchant may change, by request field. */
const EDITABLE = { title: 'title', anchorName: 'anchor_name', coverUrl: 'cover_url', scheduledAt: 'scheduled_at' } as const;

/**
 * The merchant's rooms in PostgreSQL. State changes are conditional UPDATEs: of two requests racing to
 * start (or end) a room, exactly one changes it, and only that one tells the viewers.
 */
@Injectable()
export class HostRoomsRepository {
  constructor(private readonly db: DataSource) {}

  async merchantOfUser(userId: string): Promise<string | null> {
    const [m] = await this.db.query(`SELECT id FROM merchants WHERE owner_user_id = $1`, [userId]);
    return m?.id ?? null;
  }

  async find(roomId: string): Promise<HostRoomRow | null> {
    const [r] = await this.db.query(`SELECT ${COLUMNS} FROM live_rooms r WHERE r.id = $1`, [roomId]);
    return r ? toRow(r) : null;
  }

  async insert(merchantId: string, room: CreateLiveRoomRequest): Promise<string> {
    const [r] = await this.db.query(
      `INSERT INTO live_rooms (merchant_id, title, anchor_name, cover_url, scheduled_at, status) VALUES ($1, $2, $3, $4, $5, 'scheduled') RETURNING id`,
      [merchantId, room.title, room.anchorName, room.coverUrl ?? null, room.scheduledAt ? new Date(room.scheduledAt) : null],
    );
    return r.id;
  }

  /** Newest first, after the room with `beforeSeq`. */
  async page(merchantId: string, beforeSeq: number | undefined, take: number): Promise<HostRoomRow[]> {
    const rows = await this.db.query(
      `SELECT ${COLUMNS} FROM live_rooms r WHERE r.merchant_id = $1 AND ($2::bigint IS NULL OR r.seq < $2) ORDER BY r.seq DESC LIMIT $3`,
      [merchantId, beforeSeq ?? null, take],
    );
    return rows.map(toRow);
  }

  /** Applies the given fields unless the room has ended; false when nothing was changed. */
  async update(roomId: string, changes: UpdateLiveRoomRequest): Promise<boolean> {
    const sets: string[] = [];
    const params: unknown[] = [roomId];
    for (const [field, column] of Object.entries(EDITABLE) as Array<[keyof typeof EDITABLE, string]>) {
      const value = changes[field];
      if (value === undefined) continue;
      params.push(field === 'scheduledAt' && value !== null ? new Date(value) : value);
      sets.push(`${column} = $${params.length}`);
    }
    const [, affected] = await this.db.query(
      `UPDATE live_rooms SET ${sets.join(', ')}, updated_at = now() WHERE id = $1 AND status <> 'ended'`,
      params,
    );
    return affected > 0;
  }

  /** scheduled → live; false when the room was not scheduled (already live, or ended). */
  async start(roomId: string): Promise<boolean> {
    const [, affected] = await this.db.query(
      `UPDATE live_rooms SET status = 'live', started_at = now(), updated_at = now() WHERE id = $1 AND status = 'scheduled'`,
      [roomId],
    );
    return affected > 0;
  }

  /**
   * live or scheduled → ended, and the room's pending scheduled pushes cancelled in the same statement;
   * false when it had already ended.
   */
  async end(roomId: string): Promise<boolean> {
    const rows = await this.db.query(
      `WITH ended AS (
         UPDATE live_rooms SET status = 'ended', ended_at = now(), updated_at = now() WHERE id = $1 AND status <> 'ended' RETURNING id
       ), cancelled AS (
         UPDATE live_schedules s SET status = 'cancelled' FROM ended WHERE s.room_id = ended.id AND s.status = 'pending'
       )
       SELECT id FROM ended`,
      [roomId],
    );
    return rows.length > 0;
  }
}
