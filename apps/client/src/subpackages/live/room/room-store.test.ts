import { goods } from '@/test/fixtures';
import { comment, commentEvent, roomPacket, snapshot } from '@/test/live-fixtures';
import { createRoomStore, MAX_COMMENTS } from './room-store';

describe('room store', () => {
  it('starts from a snapshot and applies a frame of events', () => {
    const store = createRoomStore();
    store.getState().applySnapshot(snapshot(5, { redPackets: [roomPacket] }));
    store.getState().applyEvents([
      commentEvent(6),
      { type: 'likes', seq: 7, total: 999 },
      { type: 'online', seq: 8, count: 40 },
      { type: 'comment_deleted', seq: 9, commentId: 'c1' },
      { type: 'product_push', seq: 10, goods: { ...goods, id: 'x'.repeat(8) } },
      { type: 'red_packet', seq: 11, redPacket: { ...roomPacket, status: 'finished' } },
      { type: 'room_state', seq: 12, status: 'ended' },
    ]);
    const s = store.getState();
    expect(s.comments.map((c) => c.id)).toEqual(['c6']);
    expect(s).toMatchObject({ likes: 999, online: 40, redPackets: [], room: { status: 'ended' }, pinned: goods });
    expect(s.pushes.map((g) => g.id)).toEqual(['x'.repeat(8)]);
  });

  it('keeps only the newest comments', () => {
    const store = createRoomStore();
    store.getState().applySnapshot(snapshot(0, { recentComments: [comment(0)] }));
    store.getState().applyEvents(Array.from({ length: 250 }, (_, i) => commentEvent(i + 1)));
    const { comments } = store.getState();
    expect(comments).toHaveLength(MAX_COMMENTS);
    expect(comments[comments.length - 1]!.id).toBe('c250');
    expect(comments[0]!.id).toBe(`c${250 - MAX_COMMENTS + 1}`);
  });

  it('lists a pushed goods once, newest first', () => {
    const store = createRoomStore();
    const other = { ...goods, id: 'other' };
    store.getState().applyEvents([
      { type: 'product_push', seq: 1, goods },
      { type: 'product_push', seq: 2, goods: other },
      { type: 'product_push', seq: 3, goods },
    ]);
    expect(store.getState().pushes.map((g) => g.id)).toEqual([goods.id, 'other']);
  });
});
