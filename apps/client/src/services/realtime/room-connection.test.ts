import type { RoomEvent, RoomSnapshot } from '@livemall/shared';
import { commentEvent, snapshot } from '@/test/live-fixtures';
import { createRoomConnection, type RoomConnectionOptions } from './room-connection';
import type { SocketHandlers, Timers } from './socket';

/** A socket the test drives by hand, recording what the client sent. */
class FakeSocket {
  sent: unknown[] = [];
  closed = false;
  constructor(readonly url: string, readonly handlers: SocketHandlers) {}
  send(data: string) {
    this.sent.push(JSON.parse(data));
  }
  close() {
    this.closed = true;
  }
  open() {
    this.handlers.onOpen();
  }
  frame(value: unknown) {
    this.handlers.onMessage(typeof value === 'string' ? value : JSON.stringify(value));
  }
  drop() {
    this.handlers.onClose();
  }
}

/** Timers that only fire when the test says so, with the delays they were set for. */
class ManualTimers implements Timers {
  private next = 1;
  pending = new Map<number, { fn: () => void; ms: number }>();
  setTimeout(fn: () => void, ms: number) {
    const id = this.next++;
    this.pending.set(id, { fn, ms });
    return id;
  }
  clearTimeout(handle: unknown) {
    this.pending.delete(handle as number);
  }
  /** Fires the earliest-set timer with exactly `ms`. */
  fire(ms: number) {
    const entry = [...this.pending].find(([, t]) => t.ms === ms);
    if (!entry) throw new Error(`no timer of ${ms} ms; pending: ${[...this.pending.values()].map((t) => t.ms).join(', ')}`);
    this.pending.delete(entry[0]);
    entry[1].fn();
  }
  delays() {
    return [...this.pending.values()].map((t) => t.ms);
  }
}

const HEARTBEAT = 25_000;

function setup(overrides: Partial<RoomConnectionOptions> = {}) {
  const sockets: FakeSocket[] = [];
  const timers = new ManualTimers();
  const snapshots: RoomSnapshot[] = [];
  const events: RoomEvent[][] = [];
  const log = jest.fn();
  const connection = createRoomConnection({
    url: (since) => `ws://test/ws/rooms/r1${since === null ? '' : `?since=${since}`}`,
    connect: (url, handlers) => {
      const socket = new FakeSocket(url, handlers);
      sockets.push(socket);
      return socket;
    },
    onSnapshot: (s) => snapshots.push(s),
    onEvents: (e) => events.push(e),
    timers,
    // Jitter at its midpoint: delays are exactly 3/4 of the exponential ceiling.
    random: () => 0.5,
    backoff: { baseMs: 1000, maxMs: 8000 },
    heartbeatMs: HEARTBEAT,
    log,
    ...overrides,
  });
  const last = () => sockets[sockets.length - 1]!;
  return { connection, sockets, last, timers, snapshots, events, log };
}

const seqs = (batches: RoomEvent[][]) => batches.flat().map((e) => e.seq);

describe('room connection', () => {
  it('hands over the snapshot and then each new event once, in order', () => {
    const t = setup();
    t.last().open();
    t.last().frame({ type: 'snapshot', snapshot: snapshot(10) });
    t.last().frame({ type: 'events', events: [commentEvent(11), commentEvent(12)] });
    expect(t.snapshots.map((s) => s.seq)).toEqual([10]);
    expect(seqs(t.events)).toEqual([11, 12]);
    expect(t.connection.lastSeq()).toBe(12);
  });

  it('reconnects with growing, capped delays and resumes after the last seq it saw', () => {
    const t = setup();
    expect(t.last().url).toBe('ws://test/ws/rooms/r1');
    t.last().open();
    t.last().frame({ type: 'snapshot', snapshot: snapshot(10) });
    t.last().frame({ type: 'events', events: [commentEvent(11)] });

    const delays: number[] = [];
    for (let i = 0; i < 5; i++) {
      t.last().drop();
      const retry = t.timers.delays().find((ms) => ms !== HEARTBEAT)!;
      delays.push(retry);
      t.timers.fire(retry);
      expect(t.last().url).toBe('ws://test/ws/rooms/r1?since=11');
    }
    expect(delays).toEqual([750, 1500, 3000, 6000, 6000]);
    expect(t.sockets).toHaveLength(6);
  });

  it('forgets the backoff once a reconnected socket delivers a valid frame', () => {
    const t = setup();
    t.last().drop();
    t.timers.fire(750);
    t.last().drop();
    t.timers.fire(1500);
    t.last().open();
    t.last().frame({ type: 'snapshot', snapshot: snapshot(3) });
    t.last().drop();
    expect(t.timers.delays()).toEqual([750]);
  });

  it('drops events at or below the last seq after a resume, so none shows twice', () => {
    const t = setup();
    t.last().open();
    t.last().frame({ type: 'snapshot', snapshot: snapshot(10) });
    t.last().frame({ type: 'events', events: [commentEvent(11), commentEvent(12)] });
    t.last().drop();
    t.timers.fire(750);
    t.last().open();
    // The server resends from an older point (it cannot know what arrived before the drop).
    t.last().frame({ type: 'events', events: [commentEvent(9), commentEvent(11), commentEvent(12), commentEvent(13)] });
    t.last().frame({ type: 'events', events: [commentEvent(13), commentEvent(14)] });
    t.last().frame({ type: 'events', events: [commentEvent(12)] });
    expect(seqs(t.events)).toEqual([11, 12, 13, 14]);
  });

  it('takes a snapshot as the new starting point', () => {
    const t = setup();
    t.last().open();
    t.last().frame({ type: 'snapshot', snapshot: snapshot(10) });
    t.last().drop();
    t.timers.fire(750);
    t.last().open();
    // Too much was missed: the server starts over with a fresh snapshot.
    t.last().frame({ type: 'snapshot', snapshot: snapshot(50) });
    t.last().frame({ type: 'events', events: [commentEvent(45), commentEvent(51)] });
    expect(t.snapshots.map((s) => s.seq)).toEqual([10, 50]);
    expect(seqs(t.events)).toEqual([51]);
  });

  it('ignores and logs frames that are not JSON or break the contract, and keeps the socket', () => {
    const t = setup();
    t.last().open();
    t.last().frame('not json');
    t.last().frame({ type: 'events', events: [{ type: 'comment', seq: 'x' }] });
    t.last().frame({ type: 'gift', seq: 3 });
    t.last().frame({ type: 'events', events: [commentEvent(1)] });
    expect(seqs(t.events)).toEqual([1]);
    expect(t.log).toHaveBeenCalledTimes(3);
    expect(t.sockets).toHaveLength(1);
    expect(t.last().closed).toBe(false);
  });

  it('ignores a replaced socket that reports late', () => {
    const t = setup();
    const first = t.last();
    first.open();
    first.frame({ type: 'snapshot', snapshot: snapshot(1) });
    first.drop();
    t.timers.fire(750);
    first.frame({ type: 'events', events: [commentEvent(2)] });
    first.drop();
    expect(t.events).toEqual([]);
    expect(t.timers.delays()).toEqual([]);
  });

  it('sends frames only while open', () => {
    const t = setup();
    expect(t.connection.send({ type: 'like', count: 3 })).toBe(false);
    t.last().open();
    expect(t.connection.send({ type: 'like', count: 3 })).toBe(true);
    expect(t.last().sent).toEqual([{ type: 'like', count: 3 }]);
  });

  it('pings, and replaces a socket that stayed silent for a whole interval', () => {
    const t = setup();
    t.last().open();
    t.timers.fire(HEARTBEAT);
    expect(t.last().sent).toEqual([{ type: 'ping' }]);
    t.timers.fire(HEARTBEAT);
    expect(t.sockets[0]!.closed).toBe(true);
    t.timers.fire(750);
    expect(t.sockets).toHaveLength(2);
  });

  it('stops for good on close and when the room does not exist', () => {
    const a = setup();
    a.last().open();
    a.connection.close();
    expect(a.last().closed).toBe(true);
    a.last().drop();
    expect(a.timers.delays()).toEqual([]);

    const b = setup();
    b.last().open();
    b.last().frame({ type: 'error', code: 'ROOM_NOT_FOUND', message: 'no such room' });
    expect(b.last().closed).toBe(true);
    expect(b.timers.delays()).toEqual([]);
  });
});
