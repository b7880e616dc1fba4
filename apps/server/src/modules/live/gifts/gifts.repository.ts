import { Injectable } from '@nestjs/common';
import type { GiftId, PayWith } from '@livemall/shared';
import { DataSource, type EntityManager } from 'typeorm';

export interface GiftRow {
  id: string;
  roomId: string;
  userId: string;
  giftId: GiftId;
  payWith: PayWith;
  price: number;
  createdAt: Date;
}

type Raw = { id: string; room_id: string; user_id: string; gift_id: GiftId; pay_with: PayWith; price: string; created_at: Date };
const toRow = (r: Raw): GiftRow => ({ id: r.id, roomId: r.room_id, userId: r.user_id, giftId: r.gift_id, payWith: r.pay_with, price: Number(r.price), createdAt: new Date(r.created_at) });

/** Sent gifts, and what sending one needs to know about the room and the sender. */
@Injectable()
export class GiftsRepository {
  constructor(private readonly db: DataSource) {}

  async room(roomId: string): Promise<{ merchantId: string; status: string } | null> {
    const [r] = await this.db.query(`SELECT merchant_id, status FROM live_rooms WHERE id = $1`, [roomId]);
    return r ? { merchantId: r.merchant_id, status: r.status } : null;
  }

  async isBanned(roomId: string, userId: string): Promise<boolean> {
    const [m] = await this.db.query(`SELECT 1 FROM live_room_mutes WHERE room_id = $1 AND user_id = $2 AND banned AND until > now()`, [roomId, userId]);
    return Boolean(m);
  }

  async nickname(userId: string): Promise<string> {
    const [u] = await this.db.query(`SELECT nickname FROM users WHERE id = $1`, [userId]);
    return u?.nickname ?? '观众';
  }

  /** The new gift, or null when its id was used before (nothing inserted). */
  async insert(m: EntityManager, g: Omit<GiftRow, 'createdAt'>): Promise<GiftRow | null> {
    const rows: Raw[] = await m.query(
      `INSERT INTO live_gifts (id, room_id, user_id, gift_id, pay_with, price) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (id) DO NOTHING RETURNING id, room_id, user_id, gift_id, pay_with, price, created_at`,
      [g.id, g.roomId, g.userId, g.giftId, g.payWith, g.price],
    );
    return rows[0] ? toRow(rows[0]) : null;
  }

  async find(m: EntityManager, id: string): Promise<GiftRow | null> {
    const [r]: Raw[] = await m.query(`SELECT id, room_id, user_id, gift_id, pay_with, price, created_at FROM live_gifts WHERE id = $1`, [id]);
    return r ? toRow(r) : null;
  }
}
