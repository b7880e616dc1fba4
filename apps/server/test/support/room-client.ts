import { type RoomEvent, type WsServerEvent, wsServerEventSchema } from '@livemall/shared';
import WebSocket from 'ws';

/** A real WebSocket viewer for the e2e tests: keeps every frame and every room event it received. */
export class RoomClient {
  readonly frames: WsServerEvent[] = [];
  readonly events: RoomEvent[] = [];
  private constructor(readonly ws: WebSocket) {
    ws.on('message', (data) => {
      const frame = wsServerEventSchema.parse(JSON.parse(data.toString()));
      this.frames.push(frame);
      if (frame.type === 'events') this.events.push(...frame.events);
    });
  }

  static open(baseUrl: string, roomId: string, token?: string, since?: number): Promise<RoomClient> {
    const url = new URL(`/ws/rooms/${roomId}`, baseUrl.replace(/^http/, 'ws'));
    if (token) url.searchParams.set('token', token);
    if (since !== undefined) url.searchParams.set('since', String(since));
    const ws = new WebSocket(url);
    const client = new RoomClient(ws);
    return new Promise((resolve, reject) => {
      ws.once('open', () => resolve(client));
      ws.once('unexpected-response', (_req, res) => reject(new Error(`upgrade refused: ${res.statusCode}`)));
      ws.once('error', reject);
    });
  }

  send(frame: unknown): void {
    this.ws.send(typeof frame === 'string' ? frame : JSON.stringify(frame));
  }

  /** Waits until `predicate` holds over what was received, or fails after `ms`. */
  async until<T>(predicate: (c: RoomClient) => T | undefined | false, ms = 5000): Promise<T> {
    const end = Date.now() + ms;
    for (;;) {
      const got = predicate(this);
      if (got) return got;
      if (Date.now() > end) throw new Error(`timed out; frames: ${JSON.stringify(this.frames.slice(-5))}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  reply(id: string): Promise<WsServerEvent> {
    return this.until((c) => c.frames.find((f) => (f.type === 'ack' || f.type === 'error') && f.id === id));
  }

  snapshot() {
    return this.until((c) => c.frames.find((f): f is Extract<WsServerEvent, { type: 'snapshot' }> => f.type === 'snapshot')).then((f) => f.snapshot);
  }

  comments(): string[] {
    return this.events.flatMap((e) => (e.type === 'comment' ? [e.comment.text] : []));
  }

  close(): void {
    this.ws.terminate();
  }
}
