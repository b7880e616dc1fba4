import { LIKES_PER_FRAME_MAX } from '@livemall/shared';
import { realTimers, type Timers } from '@/services/realtime/socket';

export const LIKE_BATCH_MS = 400;

export interface LikeBatcherOptions {
  /** Sends one `like` frame; false when it could not go out. */
  send(count: number): boolean;
  timers?: Timers;
  intervalMs?: number;
}

export interface LikeBatcher {
  tap(): void;
  /** Sends what is counted now (on leaving the page). */
  flush(): void;
  dispose(): void;
}

/**
 * Counts taps and sends them as one frame per interval: a viewer drumming on the heart sends a few
 * frames a second, not one per tap. Taps beyond the per-frame cap go in the next frame; taps made while
 * the socket is down are dropped, as likes are low priority everywhere else too.
 */
export function createLikeBatcher({ send, timers = realTimers, intervalMs = LIKE_BATCH_MS }: LikeBatcherOptions): LikeBatcher {
  let pending = 0;
  let timer: unknown = null;

  const schedule = () => {
    if (timer === null) timer = timers.setTimeout(tick, intervalMs);
  };

  function sendSome(): void {
    const count = Math.min(pending, LIKES_PER_FRAME_MAX);
    pending = send(count) ? pending - count : 0;
  }

  function tick(): void {
    timer = null;
    if (pending === 0) return;
    sendSome();
    if (pending > 0) schedule();
  }

  return {
    tap() {
      pending += 1;
      schedule();
    },
    flush() {
      while (pending > 0) sendSome();
    },
    dispose() {
      if (timer !== null) timers.clearTimeout(timer);
      timer = null;
      pending = 0;
    },
  };
}
