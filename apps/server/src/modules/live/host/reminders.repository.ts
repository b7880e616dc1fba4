import { Injectable } from '@nestjs/common';
import type { LiveRoomStatus } from '@livemall/shared';
import { DataSource } from 'typeorm';

/** A viewer asks for this many upcoming rooms at most; more is not a viewer. */
const MY_REMINDERS_MAX = 500;

@Injectable()
export class RemindersRepository {
  constructor(private readonly db: DataSource) {}

  async roomStatus(roomId: string): Promise<LiveRoomStatus | null> {
    const [r] = await this.db.query(`SELECT status FROM live_rooms WHERE id = $1`, [roomId]);
    return r?.status ?? null;
  }

  /** Asking twice keeps the first row. */
  async add(roomId: string, userId: string): Promise<void> {
    await this.db.query(`INSERT INTO live_room_reminders (room_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [roomId, userId]);
  }

  async remove(roomId: string, userId: string): Promise<void> {
    await this.db.query(`DELETE FROM live_room_reminders WHERE room_id = $1 AND user_id = $2`, [roomId, userId]);
  }

  /** Rooms not yet ended, soonest announced start first. */
  async upcomingOf(userId: string): Promise<string[]> {
    const rows: Array<{ room_id: string }> = await this.db.query(
      `SELECT rr.room_id FROM live_room_reminders rr JOIN live_rooms r ON r.id = rr.room_id
        WHERE rr.user_id = $1 AND r.status <> 'ended'
        ORDER BY r.scheduled_at ASC NULLS LAST, rr.created_at ASC LIMIT ${MY_REMINDERS_MAX}`,
      [userId],
    );
    return rows.map((r) => r.room_id);
  }
}
