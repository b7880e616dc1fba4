import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { roomSocketQuerySchema, type WsServerEvent, wsClientEventSchema } from '@livemall/shared';
import { type RawData, type WebSocket, WebSocketServer } from 'ws';
import { badTextPath } from '../../../common/contract/bad-text-path';
import { AppException } from '../../../common/errors/app-exception';
import { toErrorBody } from '../../../common/errors/to-error-body';
import { TokensService } from '../../auth/tokens.service';
import { CommentsService } from './comments.service';
import { LikesService } from './likes.service';
import { ROOM_BUS, type RoomBus } from './room-bus';
import { RoomActivity } from './room-activity';
import { RoomHub, TICK_MS } from './room-hub';
import { RoomRepository } from './room.repository';
import { RoomService } from './room.service';
import { Viewer } from './viewer';

const PATH = /^\/ws\/rooms\/([0-9a-f-]{36})$/i;
/** A frame bigger than this is not a comment or a like: refuse it without reading it as JSON. */
const MAX_FRAME_BYTES = 4096;

/** Close code for a viewer the merchant banned (4000–4999 are the application's). */
export const BANNED_CLOSE_CODE = 4403;

const send = (socket: WebSocket, frame: WsServerEvent) => socket.send(JSON.stringify(frame));

/**
 * `GET /ws/rooms/:roomId?token=…&since=…` upgraded to a WebSocket: one per viewer. The token is optional
 * (a guest watches read-only); `since` resumes after the last event a reconnecting client saw.
 */
@Injectable()
export class RoomSocketServer implements OnModuleDestroy {
  private readonly wss = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES * 4 });
  private readonly log = new Logger('RoomSocketServer');

  constructor(
    private readonly hub: RoomHub,
    private readonly room: RoomService,
    private readonly rooms: RoomRepository,
    private readonly comments: CommentsService,
    private readonly likes: LikesService,
    private readonly tokens: TokensService,
    private readonly activity: RoomActivity,
    @Inject(ROOM_BUS) private readonly bus: RoomBus,
  ) {
    bus.subscribe((roomId, event) => {
      hub.deliver(roomId, event);
      // After the next tick, so the banned viewer's client receives the event and can say why it was closed.
      if (event.type === 'viewer_banned') setTimeout(() => hub.kick(roomId, event.userId, BANNED_CLOSE_CODE, 'banned'), TICK_MS * 2).unref();
    });
    hub.start();
  }

  /** Wires the upgrade handler into the HTTP server; other upgrade paths are refused. */
  attach(server: { on(event: 'upgrade', listener: (req: IncomingMessage, socket: Duplex, head: Buffer) => void): unknown }): void {
    server.on('upgrade', (req, socket, head) => void this.upgrade(req, socket, head));
  }

  private async upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://x');
    const roomId = PATH.exec(url.pathname)?.[1]?.toLowerCase();
    const query = roomSocketQuerySchema.safeParse(Object.fromEntries(url.searchParams));
    const refuse = (status: number, text: string) => {
      socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
    };
    if (!roomId) return refuse(404, 'Not Found');
    if (!query.success) return refuse(400, 'Bad Request');
    let user: { id: string; nickname: string } | null = null;
    let banned = false;
    try {
      if (query.data.token) {
        const auth = await this.tokens.verifyAccess(query.data.token);
        user = { id: auth.id, nickname: (await this.rooms.nickname(auth.id)) ?? '观众' };
        banned = (await this.comments.restriction(roomId, auth.id))?.banned ?? false;
      }
      if (!(await this.rooms.detail(roomId))) return refuse(404, 'Not Found');
    } catch (error) {
      if (error instanceof AppException) return refuse(401, 'Unauthorized');
      this.log.error(`upgrade failed: ${String(error)}`);
      return refuse(500, 'Internal Server Error');
    }
    // A banned viewer is told why in a frame (a browser cannot read an upgrade's HTTP status) and put out,
    // so its client stops reconnecting.
    if (banned) {
      return this.wss.handleUpgrade(req, socket, head, (ws) => {
        send(ws, { type: 'error', code: 'USER_BANNED', message: 'You have been removed from this room' });
        ws.close(BANNED_CLOSE_CODE, 'banned');
      });
    }
    this.wss.handleUpgrade(req, socket, head, (ws) => void this.join(ws, roomId, user, query.data.since));
  }

  private async join(ws: WebSocket, roomId: string, user: Viewer['user'], since: number | undefined): Promise<void> {
    const viewer = new Viewer(ws, roomId, user);
    // Joined to the hub before reading the state, so nothing published meanwhile is missed, but held until
    // the state is sent: a tick in between would put newer events first, and the client, which drops
    // anything at or below the newest seq it has, would then drop the missed events.
    viewer.hold();
    this.hub.join(viewer);
    const joinedAt = new Date();
    ws.on('close', () => {
      this.hub.leave(viewer);
      if (user) this.activity.left(roomId, user, joinedAt);
    });
    if (user) this.activity.joined(roomId, user);
    ws.on('error', () => ws.terminate());
    // One frame at a time per viewer: a sender's comments reach the room in the order they were sent.
    let queue = Promise.resolve();
    ws.on('message', (data, isBinary) => {
      queue = queue.then(() => this.onFrame(viewer, data, isBinary));
    });
    try {
      const missed = since === undefined ? null : await this.bus.since(roomId, since);
      let covered: number;
      if (missed) {
        if (missed.length > 0) send(ws, { type: 'events', events: missed });
        covered = missed.at(-1)?.seq ?? (since as number);
      } else {
        const snapshot = await this.room.snapshot(roomId, user);
        send(ws, { type: 'snapshot', snapshot });
        covered = snapshot.seq;
      }
      const later = viewer.release(covered);
      if (later.length > 0) send(ws, { type: 'events', events: later });
    } catch (error) {
      this.log.error(`join failed: ${String(error)}`);
      ws.close(1011, 'join failed');
    }
  }

  private async onFrame(viewer: Viewer, data: RawData, isBinary: boolean): Promise<void> {
    const ws = viewer.socket;
    const raw = isBinary ? null : data.toString();
    let json: unknown;
    try {
      json = raw && raw.length <= MAX_FRAME_BYTES ? JSON.parse(raw) : undefined;
    } catch {
      json = undefined;
    }
    const parsed = wsClientEventSchema.safeParse(json);
    const id = typeof (json as { id?: unknown })?.id === 'string' ? ((json as { id: string }).id.slice(0, 64)) : undefined;
    if (!parsed.success || badTextPath(parsed.data)) {
      const message = parsed.success ? 'a NUL character or a lone surrogate' : (parsed.error.issues[0]?.message ?? 'not a valid frame');
      send(ws, { type: 'error', id, code: 'VALIDATION_FAILED', message: `Invalid frame: ${message}` });
      return;
    }
    const frame = parsed.data;
    try {
      if (frame.type === 'ping') send(ws, { type: 'pong', id: frame.id, serverTime: Date.now() });
      else if (frame.type === 'like') {
        this.likes.add(viewer.roomId, frame.count);
        if (frame.id) send(ws, { type: 'ack', id: frame.id });
      } else if (frame.type === 'comment') {
        const comment = await this.comments.post(viewer.roomId, viewer.user, frame.text);
        if (frame.id) send(ws, { type: 'ack', id: frame.id, text: comment.text });
      }
    } catch (error) {
      if (error instanceof AppException) send(ws, { type: 'error', id: frame.id, code: error.code, message: error.message });
      else {
        // Redis or PostgreSQL down answers SERVICE_UNAVAILABLE (try again), as over HTTP.
        const { body, unexpected } = toErrorBody(error, 'ws');
        if (unexpected) this.log.error(`frame failed: ${String(error)}`);
        send(ws, { type: 'error', id: frame.id, code: body.code, message: body.message });
      }
    }
  }

  async onModuleDestroy(): Promise<void> {
    this.hub.stop();
    for (const client of this.wss.clients) client.terminate();
    this.wss.close();
    await this.bus.close();
  }
}
