import type { RoomEvent } from '@livemall/shared';

/** A room event before the bus gives it its place in the room's order. */
export type RoomEventInput = RoomEvent extends infer E ? (E extends { seq: number } ? Omit<E, 'seq'> : never) : never;

export type RoomEventHandler = (roomId: string, event: RoomEvent) => void;

/** How many recent events a room keeps for clients resuming after a reconnect. */
export const ROOM_HISTORY = 500;

/**
 * Where room events meet: `publish` gives an event the room's next `seq` and delivers it to every
 * subscriber, on every instance in scale-out mode, in `seq` order.
 */
export interface RoomBus {
  publish(roomId: string, event: RoomEventInput): Promise<RoomEvent>;
  subscribe(handler: RoomEventHandler): void;
  /** The room's last `seq` (0 before any event). */
  currentSeq(roomId: string): Promise<number>;
  /** Events after `since`, oldest first; null when some of them are no longer kept. */
  since(roomId: string, since: number): Promise<RoomEvent[] | null>;
  close(): Promise<void>;
}

export const ROOM_BUS = Symbol('ROOM_BUS');
