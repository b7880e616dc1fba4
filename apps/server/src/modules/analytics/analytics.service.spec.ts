import { randomUUID } from 'node:crypto';
import { fixedClock } from '../../common/clock/clock';
import { strictFake } from '../../../test/support/strict-fake';
import { AnalyticsService, TRACK_MAX_AGE_MS, TRACK_MAX_AHEAD_MS } from './analytics.service';
import type { EventRow } from './event-row';
import type { EventWriter } from './event-writer';

const NOW = Date.parse('2026-12-07T02:00:00.000Z');

function service() {
  const stored: EventRow[][] = [];
  const repo = strictFake<EventWriter>('EventWriter', {
    write: async (rows) => {
      stored.push(rows);
    },
  });
  return { svc: new AnalyticsService(repo, fixedClock(NOW)), stored };
}

const view = (at: number) => ({ id: randomUUID(), type: 'page_view', path: 'pages/live/index', at: new Date(at).toISOString() });

describe('AnalyticsService.ingest', () => {
  it('keeps events from 7 days ago up to 5 minutes ahead, inclusive, and drops the rest with a count', async () => {
    const { svc, stored } = service();
    const inside = [view(NOW - TRACK_MAX_AGE_MS), view(NOW), view(NOW + TRACK_MAX_AHEAD_MS)];
    const outside = [view(NOW - TRACK_MAX_AGE_MS - 1), view(NOW + TRACK_MAX_AHEAD_MS + 1)];
    const result = await svc.ingest('u1', { sessionId: 'session-1', events: [...outside, ...inside] });
    expect(result).toEqual({ accepted: 3, dropped: 2 });
    expect(stored).toHaveLength(1);
    expect(stored[0]!.map((r) => r.id)).toEqual(inside.map((e) => e.id));
  });

  it('an offset timestamp is the same instant, and ids are stored lower-case so a re-send in capitals is the same key', async () => {
    const { svc, stored } = service();
    const id = randomUUID().toUpperCase();
    await svc.ingest('u1', { sessionId: 'session-1', events: [{ id, type: 'page_view', path: 'p', at: '2026-12-07T10:00:00+08:00' }] });
    expect(stored[0]![0]).toMatchObject({ id: id.toLowerCase(), occurredAt: new Date(NOW) });
  });

  it('a batch of only bad events stores nothing and still answers', async () => {
    const { svc, stored } = service();
    expect(await svc.ingest('u1', { sessionId: 'session-1', events: [null, 42, { type: 'like' }] })).toEqual({ accepted: 0, dropped: 3 });
    expect(stored).toEqual([]);
  });
});
