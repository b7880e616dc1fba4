import { type RoomEvent, type RoomSnapshot, wsServerEventSchema } from '@livemall/shared';
import WebSocket from 'ws';

/**
 * A viewer that behaves like the app's room connection (`apps/client/src/services/realtime/room-connection.ts`):
 * on a lost socket it reconnects with a short jittered backoff, asks to resume after the last `seq` it
 * applied, and drops anything at or below it. It also models the store's comment list (a snapshot
 * replaces it, a comment event appends) to count a comment shown twice.
 */
export class FailoverViewer {
  lastSeq: number | null = null;
  /** Every room event that came over the wire, repeats included. */
  readonly wire: RoomEvent[] = [];
  /** The events the app would apply, in order. */
  readonly applied: RoomEvent[] = [];
  readonly snapshots: RoomSnapshot[] = [];
  /** Which backend served each connection, in order (from the front's bookkeeping). */
  readonly backends: number[] = [];
  /** Comments on screen at once with the same id (the store would show them twice). */
  readonly shownTwice: string[] = [];
  private shown = new Set<string>();
  private ws: WebSocket | null = null;
  private stopped = false;
  private nextId = 0;
  private readonly replies = new Map<string, (frame: unknown) => void>();
  private opened: () => void = () => undefined;

  constructor(
    private readonly baseUrl: string,
    private readonly roomId: string,
    private readonly token: string,
    private readonly placedBy: (localPort: number) => number | undefined,
  ) {}

  /** Connects and resolves once the first snapshot is applied. */
  start(): Promise<void> {
    const first = new Promise<void>((resolve) => (this.opened = resolve));
    this.connect();
    return first;
  }

  get connected(): boolean {
    return this.ws?.readyState === WebSocket.OPEN;
  }

  /** The backend of the current connection. */
  get backend(): number | undefined {
    return this.backends.at(-1);
  }

  private connect(): void {
    const url = new URL(`/ws/rooms/${this.roomId}`, this.baseUrl.replace(/^http/, 'ws'));
    url.searchParams.set('token', this.token);
    if (this.lastSeq !== null) url.searchParams.set('since', String(this.lastSeq));
    const ws = new WebSocket(url);
    this.ws = ws;
    ws.on('open', () => {
      const port = (ws as unknown as { _socket?: { localPort?: number } })._socket?.localPort;
      this.backends.push(port === undefined ? -1 : (this.placedBy(port) ?? -1));
    });
    ws.on('message', (data) => this.receive(data.toString()));
    ws.on('error', () => undefined);
    ws.on('close', () => {
      if (this.ws !== ws) return;
      this.ws = null;
      if (!this.stopped) setTimeout(() => !this.stopped && this.connect(), 100 + Math.floor(Math.random() * 300));
    });
  }

  private receive(text: string): void {
    const frame = wsServerEventSchema.parse(JSON.parse(text));
    if (frame.type === 'snapshot') {
      this.snapshots.push(frame.snapshot);
      this.lastSeq = frame.snapshot.seq;
      this.shown = new Set();
      for (const c of frame.snapshot.recentComments) this.show(c.id);
      this.opened();
    } else if (frame.type === 'events') {
      this.wire.push(...frame.events);
      for (const event of frame.events) {
        if (this.lastSeq !== null && event.seq <= this.lastSeq) continue;
        this.lastSeq = event.seq;
        this.applied.push(event);
        if (event.type === 'comment') this.show(event.comment.id);
      }
    } else if ((frame.type === 'ack' || frame.type === 'error') && frame.id) {
      this.replies.get(frame.id)?.(frame);
      this.replies.delete(frame.id);
    }
  }

  private show(id: string): void {
    if (this.shown.has(id)) this.shownTwice.push(id);
    this.shown.add(id);
  }

  /** Sends a comment; resolves with the server's reply, or null if the socket went away first. */
  comment(text: string): Promise<{ type: string; code?: string } | null> {
    const ws = this.ws;
    if (!ws || ws.readyState !== WebSocket.OPEN) return Promise.resolve(null);
    const id = `c${++this.nextId}`;
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(null), 5_000);
      this.replies.set(id, (frame) => {
        clearTimeout(timer);
        resolve(frame as { type: string; code?: string });
      });
      ws.once('close', () => resolve(null));
      ws.send(JSON.stringify({ type: 'comment', id, text }));
    });
  }

  like(count: number): void {
    if (this.connected) this.ws?.send(JSON.stringify({ type: 'like', count }));
  }

  /** Waits until `predicate` holds, or fails after `ms` saying what it waited for. */
  async until(what: string, predicate: () => boolean, ms = 20_000): Promise<void> {
    const end = Date.now() + ms;
    while (!predicate()) {
      if (Date.now() > end) throw new Error(`viewer timed out waiting for ${what} (lastSeq ${this.lastSeq}, backends ${this.backends.join(',')})`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  /** Cuts the socket as a network blip would; the viewer reconnects and resumes on its own. */
  drop(): void {
    this.ws?.terminate();
  }

  stop(): void {
    this.stopped = true;
    this.ws?.terminate();
  }
}
