import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { Inject, Injectable, type OnModuleDestroy, Optional } from '@nestjs/common';
import type Redis from 'ioredis';
import { REDIS } from '../../../config/config.tokens';
import { ROOM_BUS, type RoomBus } from './room-bus';
import { RoomHub } from './room-hub';

const REFRESH_MS = 3000;
/** An instance that has not reported for this long is gone; its viewers no longer count. */
const STALE_MS = 10_000;

/**
 * Approximate online counts, refreshed every few seconds. In scale-out mode each instance reports its own
 * viewers per room into a Redis hash and the room's count is the sum of the fresh reports.
 */
@Injectable()
export class OnlineService implements OnModuleDestroy {
  private readonly instance = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  private readonly last = new Map<string, number>();
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly hub: RoomHub,
    @Inject(ROOM_BUS) private readonly bus: RoomBus,
    @Optional() @Inject(REDIS) private readonly redis: Redis | null,
  ) {
    this.timer = setInterval(() => void this.refresh().catch(() => undefined), REFRESH_MS);
    this.timer.unref();
  }

  async count(roomId: string): Promise<number> {
    if (!this.redis) return this.hub.counts().get(roomId) ?? 0;
    const now = Date.now();
    const reports = await this.redis.hgetall(`room:{${roomId}}:online`);
    let sum = 0;
    for (const [field, value] of Object.entries(reports)) {
      const [n, at] = value.split('|').map(Number);
      if (now - (at ?? 0) < STALE_MS) sum += n ?? 0;
      else void this.redis.hdel(`room:{${roomId}}:online`, field);
    }
    return sum;
  }

  async refresh(): Promise<void> {
    const counts = this.hub.counts();
    for (const roomId of this.last.keys()) if (!counts.has(roomId)) counts.set(roomId, 0);
    for (const [roomId, n] of counts) {
      if (this.redis) {
        const key = `room:{${roomId}}:online`;
        await this.redis.hset(key, this.instance, `${n}|${Date.now()}`);
        await this.redis.pexpire(key, STALE_MS * 6);
      }
      const total = await this.count(roomId);
      if (this.last.get(roomId) !== total) await this.bus.publish(roomId, { type: 'online', count: total });
      if (n === 0) this.last.delete(roomId);
      else this.last.set(roomId, total);
    }
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
  }
}
