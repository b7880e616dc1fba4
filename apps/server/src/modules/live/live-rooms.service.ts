import { Injectable } from '@nestjs/common';
import type { LiveRoomSummary, PageQuery } from '@livemall/shared';
import { z } from 'zod';
import { decodeCursor, pageFrom } from '../../common/paging/cursor';
import { LiveRoomsRepository } from './live-rooms.repository';

const cursorSchema = z.object({
  rank: z.number().int().min(0).max(1),
  // Only what the list itself gives out: PostgreSQL's ISO text of a timestamp, or ±infinity.
  at: z.string().regex(/^(-?infinity|\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2}){0,2})$/),
  seq: z.number().int().nonnegative(),
});

@Injectable()
export class LiveRoomsService {
  constructor(private readonly rooms: LiveRoomsRepository) {}

  async list(query: PageQuery): Promise<{ items: LiveRoomSummary[]; nextCursor: string | null }> {
    const after = decodeCursor(cursorSchema, query.cursor);
    const rows = await this.rooms.page(after, query.limit + 1);
    const page = pageFrom(rows, query.limit, (row) => row.key);
    return {
      nextCursor: page.nextCursor,
      items: page.items.map(({ room }) => ({
        id: room.id,
        merchantId: room.merchantId,
        title: room.title,
        coverUrl: room.coverUrl,
        anchorName: room.anchorName,
        status: room.status,
        scheduledAt: room.scheduledAt?.toISOString() ?? null,
      })),
    };
  }
}
