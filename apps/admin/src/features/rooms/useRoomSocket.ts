import { useEffect, useReducer } from 'react';
import { api, wsServerEventSchema, type WsServerEvent } from '@livemall/shared';
import { call } from '../../api/call';
import { useSession } from '../../auth/session';
import { initialFeed, roomFeedReducer, type FeedAction, type RoomFeed } from './room-feed';

/** The part of a browser WebSocket the hook uses, so a test can hand in a fake. */
export interface PanelSocket {
  onopen: (() => void) | null;
  onmessage: ((e: { data: unknown }) => void) | null;
  onclose: (() => void) | null;
  send(data: string): void;
  close(): void;
}
export type OpenSocket = (url: string) => PanelSocket;

const HEARTBEAT_MS = 25_000;
/** Errors no retry fixes: the room is gone. */
const FATAL = new Set(['ROOM_NOT_FOUND', 'USER_BANNED']);

/** `/ws/rooms/:roomId?token=…&since=…` on the console's own origin (the server serves both). */
export function roomSocketUrl(origin: string, roomId: string, token: string | null, since: number | null): string {
  const query = new URLSearchParams();
  if (token) query.set('token', token);
  if (since !== null) query.set('since', String(since));
  const qs = query.toString();
  return `${origin.replace(/^http/i, 'ws')}/ws/rooms/${encodeURIComponent(roomId)}${qs ? `?${qs}` : ''}`;
}

const browserSocket: OpenSocket = (url) => new WebSocket(url) as unknown as PanelSocket;

/** Exponential, capped at 30 s, half of it random so panels dropped together do not return together. */
const delayFor = (attempt: number) => {
  const ceiling = Math.min(30_000, 500 * 2 ** Math.min(attempt, 10));
  return ceiling / 2 + Math.random() * (ceiling / 2);
};

/**
 * The room's live feed for the control panel, over the same socket viewers use (`/ws/rooms/:roomId`),
 * authenticated with the staff's access token in the URL. It reconnects with backoff and resumes after
 * the last `seq` it saw; a socket that never opened may mean an expired token, so one cheap call lets
 * `call()` refresh it before the next try.
 */
export function useRoomSocket(roomId: string, open: OpenSocket = browserSocket): RoomFeed {
  const [feed, dispatch] = useReducer(roomFeedReducer, initialFeed);
  useEffect(() => {
    let stopped = false;
    let attempt = 0;
    let lastSeq: number | null = null;
    let socket: PanelSocket | null = null;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let heartbeat: ReturnType<typeof setInterval> | undefined;
    const send = (action: FeedAction) => {
      if (!stopped) dispatch(action);
    };

    const receive = (frame: WsServerEvent) => {
      if (frame.type === 'snapshot') {
        lastSeq = frame.snapshot.seq;
        send({ type: 'snapshot', snapshot: frame.snapshot });
      } else if (frame.type === 'events') {
        for (const e of frame.events) lastSeq = Math.max(lastSeq ?? e.seq, e.seq);
        send({ type: 'events', events: frame.events });
      } else if (frame.type === 'error' && !frame.id && FATAL.has(frame.code)) {
        send({ type: 'socket', status: 'stopped' });
        stop();
      }
    };

    const connect = () => {
      const token = useSession.getState().tokens?.accessToken ?? null;
      const ws = open(roomSocketUrl(window.location.origin, roomId, token, lastSeq));
      socket = ws;
      let opened = false;
      let heard = true;
      ws.onopen = () => {
        opened = true;
        send({ type: 'socket', status: 'open' });
        heartbeat = setInterval(() => {
          // Nothing since the last ping: the link is dead without having said so.
          if (!heard) return ws.close();
          heard = false;
          ws.send(JSON.stringify({ type: 'ping' }));
        }, HEARTBEAT_MS);
      };
      ws.onmessage = (e) => {
        heard = true;
        let parsed;
        try {
          parsed = wsServerEventSchema.safeParse(JSON.parse(String(e.data)));
        } catch {
          return;
        }
        if (!parsed.success) return;
        attempt = 0;
        receive(parsed.data);
      };
      ws.onclose = () => {
        clearInterval(heartbeat);
        if (stopped || socket !== ws) return;
        socket = null;
        send({ type: 'socket', status: 'reconnecting' });
        const wait = opened ? Promise.resolve() : call(api.me).then(
          () => undefined,
          () => undefined,
        );
        const delay = delayFor(attempt++);
        void wait.then(() => {
          if (!stopped) retry = setTimeout(connect, delay);
        });
      };
    };

    const stop = () => {
      stopped = true;
      clearTimeout(retry);
      clearInterval(heartbeat);
      const ws = socket;
      socket = null;
      ws?.close();
    };

    dispatch({ type: 'socket', status: 'connecting' });
    connect();
    return stop;
  }, [roomId, open]);
  return feed;
}
