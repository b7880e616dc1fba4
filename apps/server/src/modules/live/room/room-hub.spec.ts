import type { RoomEvent } from '@livemall/shared';
import type { WebSocket } from 'ws';
import { RoomHub, TICK_MS, VIEWERS_PER_LOW_PRIORITY_TICK } from './room-hub';
import { Viewer } from './viewer';

const ROOM = '6f1c2a52-5d1e-4c8e-9a51-0d6a1f0c0101';
const USER = '6f1c2a52-5d1e-4c8e-9a51-0d6a1f0c0001';

/** A viewer whose socket keeps what it was sent. */
function viewer(): Viewer & { sent: Buffer[] } {
  const sent: Buffer[] = [];
  const socket = { bufferedAmount: 0, send: (data: Buffer) => sent.push(data), terminate: () => undefined };
  return Object.assign(new Viewer(socket as unknown as WebSocket, ROOM, null), { sent });
}

let seq = 0;
const comment = (): RoomEvent => ({ type: 'comment', seq: ++seq, comment: { id: `c${seq}`, userId: USER, nickname: 'n', text: `#${seq}`, at: 0 } });
const push = (): RoomEvent => ({
  type: 'product_push', seq: ++seq, goods: { id: USER, merchantId: USER, title: 'g', coverUrl: null, priceFen: 1, stock: 1 },
});
const seqs = (frame: Buffer | undefined) => (JSON.parse(String(frame)) as { events: RoomEvent[] }).events.map((e) => e.seq);

describe('RoomHub', () => {
  it('sends the newest low-priority events a viewer may have and every high-priority one, one shared frame for viewers in step', () => {
    const hub = new RoomHub();
    const [a, b] = [viewer(), viewer()];
    hub.join(a);
    hub.join(b);
    const t = Date.now() + 1000;
    const events = [...Array.from({ length: 10 }, comment), push(), ...Array.from({ length: 15 }, comment)];
    for (const e of events) hub.deliver(ROOM, e);
    hub.flush(t);

    // 25 comments against a budget of 20: the 5 oldest are left out, the push is kept in its place.
    const expected = events.filter((e, i) => e.type === 'product_push' || i >= 5).map((e) => e.seq);
    expect(seqs(a.sent[0])).toEqual(expected);
    expect(b.sent[0]).toBe(a.sent[0]);
    expect(hub.stats.droppedLow).toBe(10);

    // A second later the budget is back: everything goes.
    const later = [comment(), comment()];
    for (const e of later) hub.deliver(ROOM, e);
    hub.flush(t + 1000);
    expect(seqs(a.sent[1])).toEqual(later.map((e) => e.seq));
  });

  it("holds a big room's low-priority-only batches for a few ticks, but not a batch with a high-priority event", () => {
    const hub = new RoomHub();
    const probe = viewer();
    hub.join(probe);
    // Over twice the viewers of one tick: low-priority batches every 3 ticks.
    for (let i = 0; i < 2 * VIEWERS_PER_LOW_PRIORITY_TICK; i++) hub.join(viewer());
    const t = Date.now() + 1000;
    const tick = (n: number, ...events: RoomEvent[]) => {
      for (const e of events) hub.deliver(ROOM, e);
      hub.flush(t + n * TICK_MS);
      return probe.sent.length;
    };

    expect(tick(0, comment())).toBe(1);
    const held = [comment(), comment()];
    expect(tick(1, held[0]!)).toBe(1);
    expect(tick(2, held[1]!)).toBe(1);
    expect(tick(3)).toBe(2);
    expect(seqs(probe.sent[1])).toEqual(held.map((e) => e.seq));

    const withPush = [comment(), push()];
    expect(tick(4, withPush[0]!)).toBe(2);
    expect(tick(5, withPush[1]!)).toBe(3);
    expect(seqs(probe.sent[2])).toEqual(withPush.map((e) => e.seq));
  });

  it('sends a small room every tick', () => {
    const hub = new RoomHub();
    const probe = viewer();
    hub.join(probe);
    const t = Date.now() + 1000;
    for (let n = 0; n < 3; n++) {
      hub.deliver(ROOM, comment());
      hub.flush(t + n * TICK_MS);
    }
    expect(probe.sent).toHaveLength(3);
  });
});
