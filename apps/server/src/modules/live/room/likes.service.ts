import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { ROOM_BUS, type RoomBus } from './room-bus';
import { RoomRepository } from './room.repository';

/** The room's total is sent at most this often (per instance). */
const FLUSH_MS = 500;

/**
 * Likes arrive by the thousand: each instance counts them per room in memory and, twice a second, adds
 * the count to the room's row in one statement and tells the room the new total.
 */
@Injectable()
export class LikesService implements OnModuleDestroy {
  private readonly pending = new Map<string, number>();
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly rooms: RoomRepository,
    @Inject(ROOM_BUS) private readonly bus: RoomBus,
  ) {
    this.timer = setInterval(() => void this.flush(), FLUSH_MS);
    this.timer.unref();
  }

  add(roomId: string, count: number): void {
    this.pending.set(roomId, (this.pending.get(roomId) ?? 0) + count);
  }

  async flush(): Promise<void> {
    const batch = [...this.pending];
    this.pending.clear();
    await Promise.all(
      batch.map(async ([roomId, delta]) => {
        let total: number;
        try {
          total = await this.rooms.addLikes(roomId, delta);
        } catch {
          this.add(roomId, delta); // not stored: counted again at the next flush
          return;
        }
        // Stored: if the room cannot be told now (Redis down), the next flush tells it the new total.
        await this.bus.publish(roomId, { type: 'likes', total }).catch(() => undefined);
      }),
    );
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }
}
