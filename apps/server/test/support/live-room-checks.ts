import type { RoomEvent } from '@livemall/shared';
export { authTokensSchema } from '@livemall/shared';

/** Room events as one viewer received them: strictly increasing `seq`, so none twice and none reordered. */
export function verifyRoomEvents(events: readonly RoomEvent[]): void {
  for (let i = 1; i < events.length; i++) {
    if (events[i]!.seq <= events[i - 1]!.seq) throw new Error(`seq ${events[i]!.seq} after ${events[i - 1]!.seq}`);
  }
}
