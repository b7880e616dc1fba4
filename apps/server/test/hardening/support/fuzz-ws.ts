import { COMMENT_MAX_CHARS, LIKES_PER_FRAME_MAX, wsClientEventSchema } from '@livemall/shared';
import WebSocket from 'ws';
import { badTextPath } from '../../../src/common/contract/bad-text-path';
import type { Rng } from './fuzz-rng';
import { hostileNumbers, numberLikeStrings, unicodeEdges } from './fuzz-values';

/** The server's own frame limit (room-socket-server.ts): bigger text frames are refused unread. */
const MAX_FRAME_BYTES = 4096;

export interface WsFrame {
  data: string | Buffer;
  binary: boolean;
  label: string;
  /** The zod oracle says the server must refuse it (an `error` frame) and change nothing. */
  mustReject: boolean;
  /** Over the socket's maxPayload: the server closes the socket (1009) instead of answering. */
  closes: boolean;
}

const deep = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;

/** Invalid and boundary frames for the room socket; each is classified by the shared frame schema. */
export function wsFrames(count: number, rng: Rng): WsFrame[] {
  const frames: WsFrame[] = [];
  const id = () => `f${rng.int(0, 1e9)}`;
  type Gen = () => { data: string | Buffer; binary?: boolean; label: string };
  const generators: Gen[] = [
    () => ({ data: rng.pick(['hello', '{', '', 'null', '[]', '1', '"comment"', '{"type":', 'undefined', '\u0000', '{"type":"like","count":1,}']), label: 'not JSON or not an object' }),
    () => ({ data: Buffer.from(Array.from({ length: rng.int(1, 64) }, () => rng.int(0, 255))), binary: true, label: 'binary frame' }),
    () => ({ data: JSON.stringify({ type: 'comment', id: id(), text: 'x'.repeat(MAX_FRAME_BYTES) }), label: 'over 4096 bytes' }),
    () => ({ data: deep(rng.int(500, 2_000)), label: 'deep JSON array' }),
    () => ({ data: `{"type":"like","id":"${id()}","count":1,"x":${'{"a":'.repeat(600)}1${'}'.repeat(600)}}`, label: 'deep JSON object' }),
    () => ({ data: JSON.stringify({ type: rng.pick(['hack', 'COMMENT', 'ack', 'snapshot', 'events', 'error', '', 'ping ', null, 1]), id: id() }), label: 'unknown type' }),
    () => ({ data: JSON.stringify({ type: 'comment', id: id(), text: rng.pick<unknown>([null, 1, true, [], {}, '', '   ', 'x'.repeat(COMMENT_MAX_CHARS + 1), `${rng.pick(unicodeEdges)}`.repeat(COMMENT_MAX_CHARS + 1)]) }), label: 'comment text wrong' }),
    () => ({ data: JSON.stringify({ type: 'comment', id: id() }), label: 'comment without text' }),
    () => ({ data: JSON.stringify({ type: 'like', id: id(), count: rng.pick<unknown>([0, -1, 0.5, LIKES_PER_FRAME_MAX + 1, ...hostileNumbers, ...numberLikeStrings, null, [], {}]) }), label: 'like count out of range' }),
    () => ({ data: `{"type":"like","id":"${id()}","count":${rng.pick(['1e309', '9007199254740993', '-0.0', '51', '1.5'])}}`, label: 'like count raw number' }),
    () => ({ data: JSON.stringify({ type: 'ping', id: rng.pick<unknown>([1, null, {}, 'x'.repeat(65)]) }), label: 'id wrong' }),
    () => ({ data: JSON.stringify({ type: 'comment', id: id(), text: rng.pick(unicodeEdges) }), label: 'comment unicode edge' }),
    () => ({ data: JSON.stringify({ type: 'like', id: id(), count: rng.int(1, LIKES_PER_FRAME_MAX) }), label: 'valid like' }),
    () => ({ data: `{"type":"like","id":"${id()}","count":1,"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}`, label: 'prototype keys' }),
    () => ({ data: 'x'.repeat(MAX_FRAME_BYTES * 4 + 1), label: 'over maxPayload' }),
  ];
  for (let i = 0; i < count; i++) {
    // The socket-closing frame is rare: it costs a reconnect.
    const g = rng.chance(0.01) ? (generators.at(-1) as Gen) : rng.pick(generators.slice(0, -1));
    const f = g();
    const binary = f.binary ?? false;
    const text = typeof f.data === 'string' ? f.data : '';
    let accepted = false;
    if (!binary && Buffer.byteLength(text) <= MAX_FRAME_BYTES) {
      try {
        const parsed = wsClientEventSchema.safeParse(JSON.parse(text));
        accepted = parsed.success && !badTextPath(parsed.data);
      } catch {
        accepted = false;
      }
    }
    frames.push({ data: f.data, binary, label: f.label, mustReject: !accepted, closes: Buffer.byteLength(f.data) > MAX_FRAME_BYTES * 4 });
  }
  return frames;
}

/** One viewer socket that keeps every frame the server sent and how it closed. */
export class FuzzSocket {
  readonly received: Array<{ type: string; id?: string; code?: string }> = [];
  closeCode: number | undefined;
  private constructor(readonly ws: WebSocket) {
    ws.on('message', (data) => this.received.push(JSON.parse(data.toString()) as { type: string }));
    ws.on('close', (code) => {
      this.closeCode = code;
    });
    ws.on('error', () => undefined);
  }

  static open(baseUrl: string, roomId: string, token: string | undefined): Promise<FuzzSocket> {
    const url = new URL(`/ws/rooms/${roomId}`, baseUrl.replace(/^http/, 'ws'));
    if (token) url.searchParams.set('token', token);
    const ws = new WebSocket(url);
    const socket = new FuzzSocket(ws);
    return new Promise((resolve, reject) => {
      ws.once('open', () => resolve(socket));
      ws.once('unexpected-response', (_req, res) => reject(new Error(`upgrade refused: ${res.statusCode}`)));
      ws.once('error', reject);
    });
  }

  get open(): boolean {
    return this.ws.readyState === WebSocket.OPEN;
  }

  send(frame: WsFrame): Promise<void> {
    return new Promise((resolve, reject) => this.ws.send(frame.data, { binary: frame.binary }, (err) => (err ? reject(err) : resolve())));
  }

  replies(): number {
    return this.received.filter((f) => f.type === 'error' || f.type === 'ack' || f.type === 'pong').length;
  }

  /** Waits (bounded) until the server answered `n` frames or closed the socket. */
  async answered(n: number, ms = 15_000): Promise<void> {
    const end = Date.now() + ms;
    // Until fully closed, not only no longer open: the close code arrives after the CLOSING state.
    while (this.replies() < n && this.ws.readyState !== WebSocket.CLOSED) {
      if (Date.now() > end) throw new Error(`socket answered ${this.replies()} of ${n} frames within ${ms} ms`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  close(): void {
    this.ws.terminate();
  }
}
