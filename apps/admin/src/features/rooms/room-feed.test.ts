import type { LiveComment, RoomEvent, RoomSnapshot } from '@livemall/shared';
import { FEED_MAX, initialFeed, roomFeedReducer, type RoomFeed } from './room-feed';

const ROOM = '6f1c2a52-5d1e-4c8e-9a51-0d6a1f0c0101';
const U1 = '11111111-1111-4111-8111-111111111111';
const U2 = '22222222-2222-4222-8222-222222222222';
const comment = (id: string, userId = U1, text = `c${id}`): LiveComment => ({ id, userId, nickname: `n${id}`, text, at: 1_700_000_000_000 });

const snapshot = (over: Partial<RoomSnapshot> = {}): RoomSnapshot => ({
  room: { id: ROOM, merchantId: U2, title: 't', coverUrl: null, anchorName: 'a', status: 'live', scheduledAt: null, playUrls: null, startedAt: null, endedAt: null, reminders: 0 },
  online: 3,
  likes: 10,
  recentComments: [comment('a'), comment('b', U2)],
  pinned: null,
  redPackets: [],
  lottery: null,
  seq: 5,
  you: null,
  ...over,
});

const joined = (): RoomFeed => roomFeedReducer(initialFeed, { type: 'snapshot', snapshot: snapshot() });
const events = (feed: RoomFeed, list: RoomEvent[]) => roomFeedReducer(feed, { type: 'events', events: list });

describe('roomFeedReducer', () => {
  it('takes counts, comments and seq from the snapshot', () => {
    const feed = joined();
    expect(feed).toMatchObject({ seq: 5, status: 'live', online: 3, likes: 10 });
    expect(feed.comments.map((c) => c.id)).toEqual(['a', 'b']);
  });

  it('appends new comments in order and updates online and likes', () => {
    const feed = events(joined(), [
      { type: 'comment', seq: 6, comment: comment('c') },
      { type: 'online', seq: 7, count: 42 },
      { type: 'likes', seq: 8, total: 99 },
      { type: 'comment', seq: 9, comment: comment('d') },
    ]);
    expect(feed.comments.map((c) => c.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(feed).toMatchObject({ online: 42, likes: 99, seq: 9 });
  });

  it('removes a deleted comment and every comment of a banned viewer', () => {
    let feed = events(joined(), [{ type: 'comment', seq: 6, comment: comment('c', U2) }]);
    feed = events(feed, [{ type: 'comment_deleted', seq: 7, commentId: 'a' }]);
    expect(feed.comments.map((c) => c.id)).toEqual(['b', 'c']);
    feed = events(feed, [{ type: 'viewer_banned', seq: 8, userId: U2 }]);
    expect(feed.comments).toEqual([]);
  });

  it('ignores events at or below the last seq (a resume that repeats, a late frame)', () => {
    const feed = events(joined(), [
      { type: 'comment', seq: 5, comment: comment('old') },
      { type: 'online', seq: 4, count: 1 },
      { type: 'comment', seq: 6, comment: comment('new') },
      { type: 'comment', seq: 6, comment: comment('dup') },
    ]);
    expect(feed.comments.map((c) => c.id)).toEqual(['a', 'b', 'new']);
    expect(feed.online).toBe(3);
  });

  it('shows a comment once when it is both in the snapshot and an event just after it', () => {
    // The snapshot's recent comments are read after its seq, so a comment posted in between is in both.
    const feed = events(joined(), [{ type: 'comment', seq: 6, comment: comment('b', U2) }, { type: 'comment', seq: 7, comment: comment('c') }]);
    expect(feed.comments.map((c) => c.id)).toEqual(['a', 'b', 'c']);
    expect(feed.seq).toBe(7);
  });

  it('follows the room state and the pushed goods', () => {
    const goods = { id: U1, merchantId: U2, title: '橙', coverUrl: null, priceFen: 3990, stock: 5 };
    const feed = events(joined(), [
      { type: 'product_push', seq: 6, goods },
      { type: 'room_state', seq: 7, status: 'ended' },
    ]);
    expect(feed.pinned).toEqual(goods);
    expect(feed.status).toBe('ended');
  });

  it(`keeps only the last ${FEED_MAX} comments`, () => {
    const many: RoomEvent[] = Array.from({ length: FEED_MAX + 5 }, (_, i) => ({ type: 'comment', seq: 6 + i, comment: comment(`m${i}`) }));
    const feed = events(joined(), many);
    expect(feed.comments).toHaveLength(FEED_MAX);
    expect(feed.comments[FEED_MAX - 1]!.id).toBe(`m${FEED_MAX + 4}`);
  });

  it('tracks the socket status', () => {
    expect(roomFeedReducer(joined(), { type: 'socket', status: 'reconnecting' }).socket).toBe('reconnecting');
  });
});
