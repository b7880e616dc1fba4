import { TRACK_BATCH_MAX, type TrackBatchRequest, type TrackEvent, trackEventSchema } from '@livemall/shared';

/** An event as a page reports it: the tracker adds the id and the time, and the page path when it is left out. */
export type TrackInput = TrackEvent extends infer E ? (E extends TrackEvent ? Omit<E, 'id' | 'at' | 'path'> & { path?: string } : never) : never;

/** What became of a sent batch: stored (or already there), refused for good (400), or to be tried again. */
export type SendOutcome = 'stored' | 'rejected' | 'failed';

export interface TrackerDeps {
  /** The normal request (token refresh included). */
  send(body: TrackBatchRequest): Promise<SendOutcome>;
  /** The request made while the app goes to the background: it must outlive the page (H5 `keepalive`). */
  sendOnExit(body: TrackBatchRequest): Promise<SendOutcome>;
  loggedIn(): boolean;
  load(): string | null;
  save(value: string): void;
  currentPath(): string | undefined;
  now(): number;
  newId(): string;
}

/**
 * Flush timer. The room benchmark's 10,000 viewers at one batch per 10 s make 1,000 batches/s, which the
 * ingest sustains on this machine with room to spare (docs/benchmarks.md); 10 s also bounds what a
 * crash of the whole device (not the app: the queue is persisted) can cost.
 */
export const FLUSH_EVERY_MS = 10_000;
/** Send early once this many wait: a busy live room should not sit on a big queue. */
export const FLUSH_AT = 20;
/** Offline for long, keep the newest this many (~100 KB of storage) and drop older ones. */
export const QUEUE_MAX = 500;
/** A failing server is retried after the timer period, doubling per failure up to this. */
export const RETRY_MAX_MS = 5 * 60_000;

/** A batch as the tracker builds it (the contract types its events `unknown`: the server checks each). */
type Batch = { sessionId: string; events: TrackEvent[] };

interface Queued {
  /** The session (app launch) the event belongs to: a queue left from the last launch keeps its own. */
  s: string;
  e: TrackEvent;
}

export interface Tracker {
  track(input: TrackInput): void;
  /** Sends everything queued, in batches of up to 100, unless waiting out a failure or logged out. */
  flush(): Promise<void>;
  /** The app is going to the background: one batch now, over a request that survives the page. */
  flushOnExit(): Promise<void>;
  queued(): TrackEvent[];
  /** Events dropped on this device: over the cap, or invalid as tracked (a bug in the page). */
  lost(): number;
}

/**
 * The tracker: an in-memory queue mirrored to storage on every change, so a page switch, a reload or an
 * app kill loses nothing that was tracked; an event leaves the queue only when the server answered for
 * its batch. A batch may reach the server twice (the exit request racing the timer's, a reply lost): the
 * event ids make the second one a no-op there.
 */
export function createTracker(deps: TrackerDeps, sessionId: string): Tracker {
  let queue: Queued[] = restore(deps.load());
  let sending = false;
  let failures = 0;
  let retryAt = 0;
  let lost = 0;

  const persist = () => deps.save(JSON.stringify(queue));

  const nextBatch = (): Batch | null => {
    const first = queue[0];
    if (!first) return null;
    const events: TrackEvent[] = [];
    for (const q of queue) {
      if (q.s !== first.s || events.length === TRACK_BATCH_MAX) break;
      events.push(q.e);
    }
    return { sessionId: first.s, events };
  };

  const settle = (batch: Batch, outcome: SendOutcome) => {
    if (outcome === 'failed') {
      failures += 1;
      retryAt = deps.now() + Math.min(FLUSH_EVERY_MS * 2 ** (failures - 1), RETRY_MAX_MS);
      return false;
    }
    // 'rejected' (400) will never pass: dropped like a stored batch, or it would block the queue forever.
    const done = new Set(batch.events.map((e) => e.id));
    queue = queue.filter((q) => !done.has(q.e.id));
    persist();
    failures = 0;
    retryAt = 0;
    return true;
  };

  const attempt = async (send: (b: TrackBatchRequest) => Promise<SendOutcome>, batch: Batch) => {
    let outcome: SendOutcome;
    try {
      outcome = await send(batch);
    } catch {
      outcome = 'failed';
    }
    return settle(batch, outcome);
  };

  const tracker: Tracker = {
    track(input) {
      const path = input.path ?? deps.currentPath();
      const parsed = trackEventSchema.safeParse({ ...input, ...(path ? { path } : {}), id: deps.newId(), at: new Date(deps.now()).toISOString() });
      if (!parsed.success) {
        lost += 1;
        console.warn('tracker: invalid event left out', input.type, parsed.error.issues[0]?.message);
        return;
      }
      if (queue.some((q) => q.e.id === parsed.data.id)) return;
      queue.push({ s: sessionId, e: parsed.data });
      if (queue.length > QUEUE_MAX) {
        lost += queue.length - QUEUE_MAX;
        queue = queue.slice(queue.length - QUEUE_MAX);
      }
      persist();
      if (queue.length >= FLUSH_AT) void tracker.flush();
    },

    async flush() {
      if (sending || !deps.loggedIn() || deps.now() < retryAt) return;
      sending = true;
      try {
        // A backlog (offline for a while, or the last launch's leftovers) drains batch after batch.
        for (let batch = nextBatch(); batch; batch = nextBatch()) {
          if (!(await attempt(deps.send, batch))) break;
        }
      } finally {
        sending = false;
      }
    },

    async flushOnExit() {
      const batch = nextBatch();
      if (!batch || !deps.loggedIn()) return;
      await attempt(deps.sendOnExit, batch);
    },

    queued: () => queue.map((q) => q.e),
    lost: () => lost,
  };
  return tracker;
}

function restore(raw: string | null): Queued[] {
  if (!raw) return [];
  try {
    const parsed: unknown = JSON.parse(raw);
    if (!Array.isArray(parsed)) return [];
    return parsed.filter((q): q is Queued => typeof q?.s === 'string' && typeof q?.e?.id === 'string').slice(-QUEUE_MAX);
  } catch {
    return [];
  }
}
