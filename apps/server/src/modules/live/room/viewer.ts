import type { RoomEvent } from '@livemall/shared';
import type { WebSocket } from 'ws';

/** Low-priority events a viewer is sent per second at most (NetEase Yunxin caps a viewer at 20). */
export const LOW_PRIORITY_PER_SECOND = 20;
/** Past this much unsent data a viewer gets no low-priority events until the socket drains. */
export const SLOW_CLIENT_BYTES = 256 * 1024;
/** Past this much the viewer is cut off (it reconnects and resumes): memory must not grow without bound. */
export const STUCK_CLIENT_BYTES = 4 * 1024 * 1024;

/** One connected viewer of one room on this instance. */
export class Viewer {
  private budget = LOW_PRIORITY_PER_SECOND;
  private refilledAt = Date.now();
  dropped = 0;
  /** What the room's ticks gave while this viewer's first frame was still being read; null once it went. */
  private held: RoomEvent[] | null = null;

  constructor(
    readonly socket: WebSocket,
    readonly roomId: string,
    /** Null for a guest. */
    readonly user: { id: string; nickname: string } | null,
  ) {}

  /** Takes `n` low-priority sends from this second's budget; how many it may send. */
  takeLowPriority(n: number, now = Date.now()): number {
    this.budget = Math.min(LOW_PRIORITY_PER_SECOND, this.budget + ((now - this.refilledAt) / 1000) * LOW_PRIORITY_PER_SECOND);
    this.refilledAt = now;
    const granted = Math.max(0, Math.min(n, Math.floor(this.budget)));
    this.budget -= granted;
    return granted;
  }

  /** Live events wait until the first frame (snapshot or missed events) is sent: nothing may overtake it. */
  hold(): void {
    this.held = [];
  }

  get holding(): boolean {
    return this.held !== null;
  }

  keep(events: RoomEvent[]): void {
    this.held?.push(...events);
  }

  /** Ends the hold: the held events newer than what the first frame covered, oldest first. */
  release(coveredSeq: number): RoomEvent[] {
    const held = this.held ?? [];
    this.held = null;
    return held.filter((e) => e.seq > coveredSeq);
  }

  get backlog(): number {
    return this.socket.bufferedAmount;
  }
}
