import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** Reads of the live feature's tables: a room, and who asked to be reminded when it goes live. */
@Injectable()
export class RoomRemindersRepository {
  constructor(private readonly db: DataSource) {}

  async room(roomId: string): Promise<{ title: string; anchorName: string; status: string } | null> {
    const [r] = await this.db.query(`SELECT title, anchor_name, status FROM live_rooms WHERE id = $1`, [roomId]);
    return r ? { title: r.title, anchorName: r.anchor_name, status: r.status } : null;
  }

  async reminded(roomId: string): Promise<string[]> {
    const rows: Array<{ user_id: string }> = await this.db.query(`SELECT user_id FROM live_room_reminders WHERE room_id = $1 ORDER BY created_at`, [roomId]);
    return rows.map((r) => r.user_id);
  }
}
