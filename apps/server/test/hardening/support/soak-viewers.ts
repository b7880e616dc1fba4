import WebSocket from 'ws';
import type { SoakKind, SoakMeter } from './soak-meter';
import type { SoakSession } from './soak-session';

export const ACK_TIMEOUT_MS = 10_000;
const JOIN_TIMEOUT_MS = 15_000;
const RECONNECT_AFTER_MS = 1000;
const PHRASES = ['主播好', '这个多少钱', '已下单', '好看', '来了来了', '求链接', '发货快吗', '支持一下', '红包来了', '甜不甜'];

// Frames are `{"type":"…",…}` as the server's JSON.stringify writes them: bytes 9 and 10 tell the type
// without parsing the (many) event frames a viewer only has to read off the socket.
const [A, E, R, S] = ['a', 'e', 'r', 's'].map((c) => c.charCodeAt(0));

/**
 * A logged-in viewer in one room over a real WebSocket: comments and likes frames with ids, each timed
 * from send to its `ack` (or counted by its `error` code). A socket the server cuts off is an unexpected
 * error; the viewer joins again, as the app does.
 */
export class SoakViewer {
  private ws: WebSocket | null = null;
  private readonly pending = new Map<string, { kind: SoakKind; at: number }>();
  private next = 0;
  private stopped = false;
  private reconnecting = false;

  constructor(
    readonly session: SoakSession,
    readonly roomId: string,
    private readonly meter: SoakMeter,
  ) {}

  /** Frames sent and not answered yet. */
  get waiting(): number {
    return this.pending.size;
  }

  get open(): boolean {
    return this.ws?.readyState === WebSocket.OPEN;
  }

  /** Connects and waits for the room's snapshot; counted as a `join`. */
  async join(): Promise<void> {
    const token = await this.session.token();
    const url = `${this.session.base.replace(/^http/, 'ws')}/ws/rooms/${this.roomId}?token=${token}`;
    const t0 = performance.now();
    const ws = new WebSocket(url, { perMessageDeflate: false, skipUTF8Validation: true, handshakeTimeout: JOIN_TIMEOUT_MS });
    this.ws = ws;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => fail(`no snapshot within ${JOIN_TIMEOUT_MS} ms`), JOIN_TIMEOUT_MS);
      let joined = false;
      const fail = (what: string) => {
        if (joined) return;
        joined = true;
        clearTimeout(timer);
        this.meter.unexpected('join', what);
        ws.terminate();
        resolve();
      };
      ws.on('message', (data: Buffer) => {
        if (!joined && data[9] === S) {
          joined = true;
          clearTimeout(timer);
          this.meter.ok('join', performance.now() - t0);
          resolve();
        } else this.onFrame(data);
      });
      ws.once('unexpected-response', (_req, res) => fail(`upgrade refused: ${res.statusCode}`));
      ws.on('error', (error) => fail(`socket error: ${error.message}`));
      ws.on('close', (code) => {
        if (!joined) return fail(`closed before the snapshot: ${code}`);
        if (this.ws === ws && !this.stopped) {
          this.meter.unexpected('join', `socket closed by the server: ${code}`);
          this.rejoin();
        }
      });
    });
    if (!this.open && !this.stopped) this.rejoin();
  }

  comment(): void {
    const phrase = PHRASES[Math.floor(Math.random() * PHRASES.length)] as string;
    this.send('comment', { type: 'comment', text: `${phrase} ${this.next}` });
  }

  like(): void {
    this.send('like', { type: 'like', count: 1 + Math.floor(Math.random() * 5) });
  }

  /** Frames waiting longer than the ack timeout are counted as hangs and forgotten. */
  sweep(now = performance.now()): void {
    for (const [id, p] of this.pending) {
      if (now - p.at > ACK_TIMEOUT_MS) {
        this.pending.delete(id);
        this.meter.unexpected(p.kind, `no ack within ${ACK_TIMEOUT_MS} ms`);
      }
    }
  }

  close(): void {
    this.stopped = true;
    this.ws?.terminate();
  }

  private send(kind: SoakKind, frame: Record<string, unknown>): void {
    if (!this.open) return;
    const id = String(this.next++);
    this.pending.set(id, { kind, at: performance.now() });
    this.ws?.send(JSON.stringify({ ...frame, id }));
  }

  private onFrame(data: Buffer): void {
    const isAck = data[9] === A;
    if (!isAck && !(data[9] === E && data[10] === R)) return;
    const frame = JSON.parse(data.toString()) as { id?: string; code?: string };
    const p = frame.id === undefined ? undefined : this.pending.get(frame.id);
    if (!p) return;
    this.pending.delete(frame.id as string);
    const ms = performance.now() - p.at;
    if (isAck) this.meter.ok(p.kind, ms);
    else this.meter.answered(p.kind, 400, frame.code, ms);
  }

  private rejoin(): void {
    if (this.reconnecting || this.stopped) return;
    this.reconnecting = true;
    // Frames sent on the dead socket will never be answered: they were counted with the close.
    this.pending.clear();
    setTimeout(() => {
      this.reconnecting = false;
      if (!this.stopped) void this.join();
    }, RECONNECT_AFTER_MS);
  }
}
