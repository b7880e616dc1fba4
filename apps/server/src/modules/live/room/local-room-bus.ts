import type { RoomEvent } from '@livemall/shared';
import { ROOM_HISTORY, type RoomBus, type RoomEventHandler, type RoomEventInput } from './room-bus';

/** One instance (embedded mode): the order is the order of `publish` calls. */
export class LocalRoomBus implements RoomBus {
  private readonly handlers: RoomEventHandler[] = [];
  private readonly rooms = new Map<string, { seq: number; history: RoomEvent[] }>();

  async publish(roomId: string, input: RoomEventInput): Promise<RoomEvent> {
    const room = this.rooms.get(roomId) ?? { seq: 0, history: [] };
    this.rooms.set(roomId, room);
    const event = { ...input, seq: ++room.seq } as RoomEvent;
    room.history.push(event);
    if (room.history.length > ROOM_HISTORY) room.history.splice(0, room.history.length - ROOM_HISTORY);
    for (const handler of this.handlers) handler(roomId, event);
    return event;
  }

  subscribe(handler: RoomEventHandler): void {
    this.handlers.push(handler);
  }

  async currentSeq(roomId: string): Promise<number> {
    return this.rooms.get(roomId)?.seq ?? 0;
  }

  async since(roomId: string, since: number): Promise<RoomEvent[] | null> {
    const room = this.rooms.get(roomId);
    if (!room) return since === 0 ? [] : null;
    if (since > room.seq) return null; // from before a restart: start over from a snapshot
    const kept = room.history.filter((e) => e.seq > since);
    const oldest = room.history[0]?.seq ?? room.seq + 1;
    return since >= oldest - 1 ? kept : null;
  }

  async close(): Promise<void> {}
}
