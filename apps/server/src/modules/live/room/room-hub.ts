import { Injectable } from '@nestjs/common';
import { LOW_PRIORITY_ROOM_EVENTS, type RoomEvent, type WsServerEvent } from '@livemall/shared';
import { SLOW_CLIENT_BYTES, STUCK_CLIENT_BYTES, type Viewer } from './viewer';

export const TICK_MS = 100;
/**
 * Each frame costs one write per viewer, and the write (a syscall) is most of the server's CPU in a big room
 * (~11 µs each on the project's 2-core VM: ~75,000 frames/s fill a core). So a room's low-priority-only
 * batches go every tick up to this many viewers on the instance, every 2 ticks up to twice as many, and so
 * on up to LOW_PRIORITY_MAX_TICKS; a batch holding a high-priority event always goes at the next tick.
 */
export const VIEWERS_PER_LOW_PRIORITY_TICK = 2500;
export const LOW_PRIORITY_MAX_TICKS = 4;

export interface HubStats {
  sentFrames: number;
  droppedLow: number;
  cutOff: number;
}

/**
 * This instance's viewers, by room. Events wait for the room's next tick (a few ticks for a big room's
 * low-priority-only batches) and go out as one frame, built once and sent to everyone who can take all of
 * it; a viewer over its low-priority budget or with a backed-up socket gets a frame without some
 * low-priority events. High-priority events are never left out: a viewer that cannot take them any more
 * is cut off and resumes from its last `seq`.
 */
@Injectable()
export class RoomHub {
  private readonly rooms = new Map<string, Set<Viewer>>();
  private readonly pending = new Map<string, RoomEvent[]>();
  /** When each room's next low-priority-only batch may go. */
  private readonly lowDueAt = new Map<string, number>();
  private timer: NodeJS.Timeout | undefined;
  readonly stats: HubStats = { sentFrames: 0, droppedLow: 0, cutOff: 0 };

  start(): void {
    this.timer ??= setInterval(() => this.flush(), TICK_MS);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  join(viewer: Viewer): void {
    const room = this.rooms.get(viewer.roomId) ?? new Set<Viewer>();
    room.add(viewer);
    this.rooms.set(viewer.roomId, room);
  }

  leave(viewer: Viewer): void {
    const room = this.rooms.get(viewer.roomId);
    room?.delete(viewer);
    if (room?.size === 0) {
      this.rooms.delete(viewer.roomId);
      this.lowDueAt.delete(viewer.roomId);
    }
  }

  /** The logged-in viewers of a room on this instance (a user with two sockets once). */
  usersIn(roomId: string): Array<{ id: string; nickname: string }> {
    const users = new Map<string, { id: string; nickname: string }>();
    for (const v of this.rooms.get(roomId) ?? []) if (v.user) users.set(v.user.id, v.user);
    return [...users.values()];
  }

  /** Closes a user's sockets in a room on this instance; the client shows why from the close code. */
  kick(roomId: string, userId: string, code: number, reason: string): void {
    for (const v of this.rooms.get(roomId) ?? []) if (v.user?.id === userId) v.socket.close(code, reason);
  }

  /** Viewers of each room on this instance. */
  counts(): Map<string, number> {
    return new Map([...this.rooms].map(([roomId, viewers]) => [roomId, viewers.size]));
  }

  deliver(roomId: string, event: RoomEvent): void {
    if (!this.rooms.has(roomId)) return;
    const queue = this.pending.get(roomId) ?? [];
    queue.push(event);
    this.pending.set(roomId, queue);
  }

  flush(now = Date.now()): void {
    for (const [roomId, events] of this.pending) {
      const viewers = this.rooms.get(roomId);
      if (viewers && now < (this.lowDueAt.get(roomId) ?? 0) && events.every((e) => LOW_PRIORITY_ROOM_EVENTS.has(e.type))) continue;
      this.pending.delete(roomId);
      if (!viewers || events.length === 0) continue;
      const ticks = Math.min(LOW_PRIORITY_MAX_TICKS, Math.ceil(viewers.size / VIEWERS_PER_LOW_PRIORITY_TICK));
      // Half a tick early, so timer jitter cannot push the batch a whole tick later.
      if (ticks > 1) this.lowDueAt.set(roomId, now + (ticks - 0.5) * TICK_MS);
      else this.lowDueAt.delete(roomId);
      // Only the newest likes total and online count matter; older ones in the same tick are noise.
      const coalesced = coalesce(events);
      const low = coalesced.filter((e) => LOW_PRIORITY_ROOM_EVENTS.has(e.type)).length;
      // A viewer's frame depends only on how many low-priority events it may take, and viewers who joined
      // around the same time take the same number: each distinct frame is built and encoded once per tick
      // and the bytes shared (per-viewer JSON.stringify was ~14% of the server's CPU with 10,000 viewers).
      const frames = new Map<number, Buffer | null>();
      for (const viewer of viewers) this.send(viewer, coalesced, low, frames, now);
    }
  }

  private send(viewer: Viewer, events: RoomEvent[], low: number, frames: Map<number, Buffer | null>, now: number): void {
    if (viewer.holding) return viewer.keep(events);
    const backlog = viewer.backlog;
    if (backlog > STUCK_CLIENT_BYTES) {
      this.stats.cutOff++;
      viewer.socket.terminate();
      return;
    }
    const allowed = backlog > SLOW_CLIENT_BYTES ? 0 : viewer.takeLowPriority(low, now);
    viewer.dropped += low - allowed;
    this.stats.droppedLow += low - allowed;
    let frame = frames.get(allowed);
    if (frame === undefined) {
      frame = eventsFrame(events, low - allowed);
      frames.set(allowed, frame);
    }
    if (!frame) return;
    viewer.socket.send(frame, { binary: false });
    this.stats.sentFrames++;
  }
}

/** The events frame without the oldest `skip` low-priority events (every high-priority one kept); null if empty. */
function eventsFrame(events: RoomEvent[], skip: number): Buffer | null {
  const kept = skip === 0 ? events : events.filter((e) => !(LOW_PRIORITY_ROOM_EVENTS.has(e.type) && skip-- > 0));
  return kept.length === 0 ? null : Buffer.from(JSON.stringify({ type: 'events', events: kept } satisfies WsServerEvent));
}

function coalesce(events: RoomEvent[]): RoomEvent[] {
  const lastOf = new Map<string, number>();
  events.forEach((e, i) => {
    if (e.type === 'likes' || e.type === 'online') lastOf.set(e.type, i);
  });
  return events.filter((e, i) => (e.type !== 'likes' && e.type !== 'online') || lastOf.get(e.type) === i);
}
