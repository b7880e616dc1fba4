import type { TrackBatchRequest } from '@livemall/shared';
import { FLUSH_AT, FLUSH_EVERY_MS, QUEUE_MAX, type SendOutcome, type TrackerDeps, createTracker } from './tracker-core';

const ROOM = '6f1c2a52-5d1e-4c8e-9a51-0d6a1f0c0101';

/** A device: storage that outlives tracker instances, a clock, ids, and a server whose answers the test picks. */
function device() {
  let stored: string | null = null;
  let seq = 0;
  const d = {
    now: Date.parse('2026-12-07T02:00:00Z'),
    loggedIn: true,
    answer: 'stored' as SendOutcome,
    sent: [] as Array<{ exit: boolean; body: TrackBatchRequest }>,
    deps(): TrackerDeps {
      const send = (exit: boolean) => async (body: TrackBatchRequest) => {
        d.sent.push({ exit, body: JSON.parse(JSON.stringify(body)) as TrackBatchRequest });
        return d.answer;
      };
      return {
        send: send(false), sendOnExit: send(true), loggedIn: () => d.loggedIn,
        load: () => stored, save: (v) => (stored = v), currentPath: () => 'subpackages/live/room/index',
        now: () => d.now, newId: () => `00000000-0000-4000-8000-${String(++seq).padStart(12, '0')}`,
      };
    },
  };
  return d;
}

const like = { type: 'like', roomId: ROOM, count: 1 } as const;
const ids = (body: TrackBatchRequest) => body.events.map((e) => (e as { id: string }).id);

describe('tracker', () => {
  it('fills id, time and page path, and sends one batch when asked', async () => {
    const d = device();
    const t = createTracker(d.deps(), 'session-a');
    t.track(like);
    t.track({ type: 'page_view', path: 'pages/mall/index' });
    expect(d.sent).toEqual([]);
    await t.flush();
    expect(d.sent).toHaveLength(1);
    expect(d.sent[0]!.body).toEqual({
      sessionId: 'session-a',
      events: [
        { ...like, id: '00000000-0000-4000-8000-000000000001', at: '2026-12-07T02:00:00.000Z', path: 'subpackages/live/room/index' },
        { type: 'page_view', id: '00000000-0000-4000-8000-000000000002', at: '2026-12-07T02:00:00.000Z', path: 'pages/mall/index' },
      ],
    });
    expect(t.queued()).toEqual([]);
  });

  it(`sends by itself once ${FLUSH_AT} are queued`, async () => {
    const d = device();
    const t = createTracker(d.deps(), 'session-a');
    for (let i = 0; i < FLUSH_AT - 1; i++) t.track(like);
    expect(d.sent).toHaveLength(0);
    t.track(like);
    await Promise.resolve();
    expect(d.sent).toHaveLength(1);
    expect(d.sent[0]!.body.events).toHaveLength(FLUSH_AT);
  });

  it('a new instance over the same storage (a reload, a killed app) still has the queue, under the old session', async () => {
    const d = device();
    createTracker(d.deps(), 'session-a').track(like);
    const reloaded = createTracker(d.deps(), 'session-b');
    reloaded.track({ type: 'comment', roomId: ROOM });
    expect(reloaded.queued()).toHaveLength(2);
    await reloaded.flush();
    // A batch carries one session: the old launch's event goes alone, then this launch's.
    expect(d.sent.map((s) => [s.body.sessionId, s.body.events.length])).toEqual([['session-a', 1], ['session-b', 1]]);
    expect(createTracker(d.deps(), 'session-c').queued()).toEqual([]);
  });

  it('keeps a failed batch, waits before retrying, and re-sends the same ids', async () => {
    const d = device();
    const t = createTracker(d.deps(), 'session-a');
    t.track(like);
    d.answer = 'failed';
    await t.flush();
    expect(t.queued()).toHaveLength(1);
    await t.flush(); // too soon: backing off
    expect(d.sent).toHaveLength(1);
    d.answer = 'stored';
    d.now += FLUSH_EVERY_MS;
    await t.flush();
    expect(d.sent).toHaveLength(2);
    expect(ids(d.sent[1]!.body)).toEqual(ids(d.sent[0]!.body));
    expect(t.queued()).toEqual([]);
  });

  it('backs off longer after each failure, up to a ceiling', async () => {
    const d = device();
    const t = createTracker(d.deps(), 'session-a');
    t.track(like);
    d.answer = 'failed';
    const waits: number[] = [];
    for (let i = 0; i < 8; i++) {
      const before = d.sent.length;
      let waited = 0;
      while (d.sent.length === before) {
        await t.flush();
        if (d.sent.length === before) {
          d.now += 1_000;
          waited += 1_000;
        }
      }
      waits.push(waited);
    }
    expect(waits).toEqual([0, 10_000, 20_000, 40_000, 80_000, 160_000, 300_000, 300_000]);
  });

  it('drops a batch the server refuses as invalid (it would never pass)', async () => {
    const d = device();
    const t = createTracker(d.deps(), 'session-a');
    t.track(like);
    d.answer = 'rejected';
    await t.flush();
    expect(t.queued()).toEqual([]);
  });

  it('sends nothing while logged out, and everything once logged in', async () => {
    const d = device();
    d.loggedIn = false;
    const t = createTracker(d.deps(), 'session-a');
    t.track(like);
    await t.flush();
    await t.flushOnExit();
    expect(d.sent).toEqual([]);
    d.loggedIn = true;
    await t.flush();
    expect(d.sent).toHaveLength(1);
  });

  it(`keeps the newest ${QUEUE_MAX} when the server is away, and drains them in batches of 100`, async () => {
    const d = device();
    d.answer = 'failed';
    const t = createTracker(d.deps(), 'session-a');
    for (let i = 0; i < QUEUE_MAX + 30; i++) t.track(like);
    expect(t.queued()).toHaveLength(QUEUE_MAX);
    expect(t.lost()).toBe(30);
    expect(t.queued()[0]!.id).toBe('00000000-0000-4000-8000-000000000031');
    await new Promise((resolve) => setTimeout(resolve, 0)); // the failed flush the 20th event started has settled
    d.answer = 'stored';
    d.now += 3_600_000;
    const before = d.sent.length;
    await t.flush();
    expect(d.sent.slice(before).map((s) => s.body.events.length)).toEqual([100, 100, 100, 100, 100]);
    expect(new Set(d.sent.slice(before).flatMap((s) => ids(s.body))).size).toBe(QUEUE_MAX);
  });

  it('on going to the background sends over the exit request; a racing timer flush repeats ids, never loses them', async () => {
    const d = device();
    const t = createTracker(d.deps(), 'session-a');
    t.track(like);
    t.track(like);
    await Promise.all([t.flushOnExit(), t.flush()]);
    expect(d.sent.map((s) => s.exit).sort()).toEqual([false, true]);
    expect(ids(d.sent[0]!.body)).toEqual(ids(d.sent[1]!.body));
    expect(t.queued()).toEqual([]);
  });

  it('leaves out an invalid event (a page bug) and never queues one id twice', () => {
    jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const d = device();
    const deps = d.deps();
    const t = createTracker({ ...deps, newId: () => '00000000-0000-4000-8000-000000000001' }, 'session-a');
    t.track({ type: 'like', roomId: 'not-a-uuid', count: 1 });
    t.track(like);
    t.track(like);
    expect(t.queued()).toHaveLength(1);
    expect(t.lost()).toBe(1);
  });
});
