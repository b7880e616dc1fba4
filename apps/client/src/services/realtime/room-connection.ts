import { wsServerEventSchema, type RoomEvent, type RoomSnapshot, type WsClientEvent, type WsServerEvent } from '@livemall/shared';
import { backoffDelay, defaultBackoff, type BackoffOptions } from './backoff';
import { realTimers, type RealtimeSocket, type SocketFactory, type Timers } from './socket';

export type ConnectionStatus = 'connecting' | 'open' | 'reconnecting' | 'stopped';
export type ServerReply = Extract<WsServerEvent, { type: 'ack' | 'error' | 'pong' }>;

export interface RoomConnectionOptions {
  /** The socket URL for a (re)connect; `since` is the last room `seq` seen, null before the first. */
  url(since: number | null): string;
  connect: SocketFactory;
  onSnapshot(snapshot: RoomSnapshot): void;
  /** Only events newer than any seen before, in order; never called with an empty list. */
  onEvents(events: RoomEvent[]): void;
  onReply?(reply: ServerReply): void;
  onStatus?(status: ConnectionStatus): void;
  timers?: Timers;
  random?: () => number;
  backoff?: BackoffOptions;
  /** A ping goes out this often; a socket that stayed silent for a whole interval is replaced. */
  heartbeatMs?: number;
  log?(message: string, detail?: unknown): void;
}

export interface RoomConnection {
  /** False when the socket is not open: the frame is not queued, the caller decides what to tell. */
  send(frame: WsClientEvent): boolean;
  close(): void;
  lastSeq(): number | null;
}

/** Errors that no retry will fix: the room itself is gone, or its anchor put this viewer out. */
const FATAL_CODES = new Set(['ROOM_NOT_FOUND', 'USER_BANNED']);

/**
 * One room's live feed over one socket at a time: reconnects with backoff, resumes after the last `seq`
 * it saw and drops anything at or below it, so a viewer never sees an event twice across reconnects.
 */
export function createRoomConnection(options: RoomConnectionOptions): RoomConnection {
  const timers = options.timers ?? realTimers;
  const random = options.random ?? Math.random;
  const backoff = options.backoff ?? defaultBackoff;
  const heartbeatMs = options.heartbeatMs ?? 25_000;
  const log = options.log ?? ((message: string, detail?: unknown) => console.warn(`[room] ${message}`, detail));

  let socket: RealtimeSocket | null = null;
  let open = false;
  let stopped = false;
  let attempt = 0;
  let lastSeq: number | null = null;
  let heardSincePing = false;
  let retryTimer: unknown = null;
  let heartbeatTimer: unknown = null;
  /** Closes the current socket without its late close event scheduling a reconnect. */
  let retire: () => void = () => undefined;

  const setStatus = (status: ConnectionStatus) => options.onStatus?.(status);

  function connect(): void {
    // Handlers of a replaced socket may still fire (H5 reports its close late): they must not count.
    let current = true;
    open = false;
    const own = options.connect(options.url(lastSeq), {
      onOpen() {
        if (!current) return;
        open = true;
        heardSincePing = true;
        setStatus('open');
        scheduleHeartbeat();
      },
      onMessage(data) {
        if (current) receive(data);
      },
      onClose() {
        if (!current) return;
        current = false;
        dropSocket();
        scheduleReconnect();
      },
    });
    socket = own;
    retire = () => {
      current = false;
      own.close();
    };
  }

  function dropSocket(): void {
    open = false;
    socket = null;
    if (heartbeatTimer !== null) timers.clearTimeout(heartbeatTimer);
    heartbeatTimer = null;
  }

  function scheduleReconnect(): void {
    if (stopped) return;
    setStatus('reconnecting');
    const delay = backoffDelay(attempt, random, backoff);
    attempt += 1;
    retryTimer = timers.setTimeout(() => {
      retryTimer = null;
      if (!stopped) connect();
    }, delay);
  }

  function scheduleHeartbeat(): void {
    heartbeatTimer = timers.setTimeout(() => {
      heartbeatTimer = null;
      if (!heardSincePing) {
        log('socket silent, replacing it');
        retire();
        dropSocket();
        scheduleReconnect();
        return;
      }
      heardSincePing = false;
      socket?.send(JSON.stringify({ type: 'ping' } satisfies WsClientEvent));
      scheduleHeartbeat();
    }, heartbeatMs);
  }

  function receive(data: string): void {
    heardSincePing = true;
    let json: unknown;
    try {
      json = JSON.parse(data);
    } catch {
      return log('frame is not JSON, ignored', data.slice(0, 200));
    }
    const parsed = wsServerEventSchema.safeParse(json);
    if (!parsed.success) return log('frame breaks the contract, ignored', parsed.error.issues);
    // A frame that parses proves the link works end to end: only now is the backoff forgiven.
    attempt = 0;
    const frame = parsed.data;
    switch (frame.type) {
      case 'snapshot':
        lastSeq = frame.snapshot.seq;
        return options.onSnapshot(frame.snapshot);
      case 'events': {
        const fresh: RoomEvent[] = [];
        for (const event of frame.events) {
          if (lastSeq !== null && event.seq <= lastSeq) continue;
          lastSeq = event.seq;
          fresh.push(event);
        }
        if (fresh.length) options.onEvents(fresh);
        return;
      }
      default:
        if (frame.type === 'error' && !frame.id && FATAL_CODES.has(frame.code)) stop();
        return options.onReply?.(frame);
    }
  }

  function stop(): void {
    stopped = true;
    if (retryTimer !== null) timers.clearTimeout(retryTimer);
    retryTimer = null;
    retire();
    dropSocket();
    setStatus('stopped');
  }

  setStatus('connecting');
  connect();

  return {
    send(frame) {
      if (!open || !socket) return false;
      socket.send(JSON.stringify(frame));
      return true;
    },
    close: stop,
    lastSeq: () => lastSeq,
  };
}
