import type { Lottery } from '@livemall/shared';

/** The open lotteries of each room as this instance knows them, to enter viewers without a query per comment. */
export class OpenLotteries {
  private readonly byRoom = new Map<string, Map<string, Lottery>>();

  add(lottery: Lottery): void {
    if (lottery.status !== 'open') return;
    const room = this.byRoom.get(lottery.roomId) ?? new Map<string, Lottery>();
    room.set(lottery.id, lottery);
    this.byRoom.set(lottery.roomId, room);
  }

  remove(lottery: Lottery): void {
    const room = this.byRoom.get(lottery.roomId);
    room?.delete(lottery.id);
    if (room?.size === 0) this.byRoom.delete(lottery.roomId);
  }

  /** Open "everyone watching" lotteries of a room whose window still runs. */
  watching(roomId: string, now = Date.now()): Lottery[] {
    return this.running(roomId, now).filter((l) => l.participation.kind === 'viewers');
  }

  /** Open keyword lotteries of a room whose keyword the comment contains (letters compared case-blind). */
  keywordIn(roomId: string, text: string, now = Date.now()): Lottery[] {
    const said = text.toLowerCase();
    return this.running(roomId, now).filter((l) => l.participation.kind === 'keyword' && said.includes(l.participation.keyword.toLowerCase()));
  }

  private running(roomId: string, now: number): Lottery[] {
    const room = this.byRoom.get(roomId);
    if (!room) return [];
    const live: Lottery[] = [];
    for (const l of room.values()) {
      // A window that ended is forgotten here; the database refuses late entries anyway.
      if (Date.parse(l.endsAt) > now) live.push(l);
      else room.delete(l.id);
    }
    return live;
  }
}
