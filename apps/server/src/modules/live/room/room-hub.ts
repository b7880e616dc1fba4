import { Injectable } from '@nestjs/common';
import { LOW_PRIORITY_ROOM_EVENTS, type RoomEvent, type WsServerEvent } from '@livemall/shared';
import { SLOW_CLIENT_BYTES, STUCK_CLIENT_BYTES, type Viewer } from './viewer';

export const TICK_MS = 100;

export interface HubStats {
  sentFrames: number;
  droppedLow: number;
  cutOff: number;
}

/**
 * This instance's viewers, by room. Events wait for the room's next tick and go out as one frame, built
 * once and sent to everyone who can take all of it; a viewer over its low-priority budget or with a
 * backed-up socket gets a frame without some low-priority events. High-priority events are never left
 * out: a viewer that cannot take them any more is cut off and resumes from its last `seq`.
 */
@Injectable()
export class RoomHub {
  private readonly rooms = new Map<string, Set<Viewer>>();
  private readonly pending = new Map<string, RoomEvent[]>();
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
    if (room?.size === 0) this.rooms.delete(viewer.roomId);
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
      this.pending.delete(roomId);
      const viewers = this.rooms.get(roomId);
      if (!viewers || events.length === 0) continue;
      // Only the newest likes total and online count matter; older ones in the same tick are noise.
      const coalesced = coalesce(events);
      const low = coalesced.filter((e) => LOW_PRIORITY_ROOM_EVENTS.has(e.type)).length;
      const whole = JSON.stringify({ type: 'events', events: coalesced } satisfies WsServerEvent);
      for (const viewer of viewers) this.send(viewer, coalesced, low, whole, now);
    }
  }

  private send(viewer: Viewer, events: RoomEvent[], low: number, whole: string, now: number): void {
    const backlog = viewer.backlog;
    if (backlog > STUCK_CLIENT_BYTES) {
      this.stats.cutOff++;
      viewer.socket.terminate();
      return;
    }
    const allowed = backlog > SLOW_CLIENT_BYTES ? 0 : viewer.takeLowPriority(low, now);
    if (allowed === low) {
      viewer.socket.send(whole);
      this.stats.sentFrames++;
      return;
    }
    // Keep the newest low-priority events this viewer may have, and every high-priority one.
    let skip = low - allowed;
    const kept = events.filter((e) => !(LOW_PRIORITY_ROOM_EVENTS.has(e.type) && skip-- > 0));
    viewer.dropped += low - allowed;
    this.stats.droppedLow += low - allowed;
    if (kept.length === 0) return;
    viewer.socket.send(JSON.stringify({ type: 'events', events: kept } satisfies WsServerEvent));
    this.stats.sentFrames++;
  }
}

function coalesce(events: RoomEvent[]): RoomEvent[] {
  const lastOf = new Map<string, number>();
  events.forEach((e, i) => {
    if (e.type === 'likes' || e.type === 'online') lastOf.set(e.type, i);
  });
  return events.filter((e, i) => (e.type !== 'likes' && e.type !== 'online') || lastOf.get(e.type) === i);
}
