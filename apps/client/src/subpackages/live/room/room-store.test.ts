import { goods, user } from '@/test/fixtures';
import { comment, commentEvent, drawnLottery, giftEvent, openLottery, roomDetail, roomGift, roomPacket, snapshot } from '@/test/live-fixtures';
import { createRoomStore, MAX_COMMENTS, MAX_GIFTS } from './room-store';

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

  it('shows a comment once when it is both in the snapshot and an event just after it', () => {
    // The snapshot's recent comments are read after its seq, so a comment posted in between is in both.
    const store = createRoomStore();
    store.getState().applySnapshot(snapshot(5, { recentComments: [comment(1), comment(6)] }));
    store.getState().applyEvents([commentEvent(6), commentEvent(7), commentEvent(8, 7)]);
    expect(store.getState().comments.map((c) => c.id)).toEqual(['c1', 'c6', 'c7']);
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

  it('takes a deleted comment down, whether it came in an earlier frame or the same one', () => {
    const store = createRoomStore();
    store.getState().applySnapshot(snapshot(0, { recentComments: [comment(1), comment(2)] }));
    store.getState().applyEvents([commentEvent(3), { type: 'comment_deleted', seq: 4, commentId: 'c3' }]);
    store.getState().applyEvents([{ type: 'comment_deleted', seq: 5, commentId: 'c1' }]);
    expect(store.getState().comments.map((c) => c.id)).toEqual(['c2']);
    // Deleting what is no longer (or never was) on screen changes nothing.
    store.getState().applyEvents([{ type: 'comment_deleted', seq: 6, commentId: 'nope' }]);
    expect(store.getState().comments.map((c) => c.id)).toEqual(['c2']);
  });

  it('follows the room state: live, then ended', () => {
    const store = createRoomStore();
    store.getState().applySnapshot(snapshot(0, { room: { ...roomDetail, status: 'scheduled', playUrls: null } }));
    store.getState().applyEvents([{ type: 'room_state', seq: 1, status: 'live' }]);
    expect(store.getState().room?.status).toBe('live');
    // The refetched detail brings the pull URLs but must not turn the state back.
    store.getState().setRoom({ ...roomDetail, status: 'scheduled' });
    expect(store.getState().room).toMatchObject({ status: 'live', playUrls: roomDetail.playUrls });
    store.getState().applyEvents([{ type: 'room_state', seq: 2, status: 'ended' }]);
    expect(store.getState().room?.status).toBe('ended');
  });

  it('queues gift banners, newest last, at most a few, and drops one once shown', () => {
    const store = createRoomStore();
    store.getState().applyEvents([giftEvent(1), giftEvent(2)]);
    expect(store.getState().gifts.map((g) => g.sender.nickname)).toEqual(['观众1', '观众2']);
    store.getState().applyEvents(Array.from({ length: 5 }, (_, i) => giftEvent(i + 3)));
    const gifts = store.getState().gifts;
    expect(gifts).toHaveLength(MAX_GIFTS);
    expect(gifts[gifts.length - 1]).toEqual(roomGift(7));
    store.getState().dismissGift(roomGift(7).id);
    expect(store.getState().gifts.map((g) => g.sender.nickname)).toEqual(['观众5', '观众6']);
  });

  it('shows the lottery of the snapshot, then a new one, then its result', () => {
    const store = createRoomStore();
    store.getState().applySnapshot(snapshot(0, { lottery: drawnLottery }));
    expect(store.getState().lottery).toEqual(drawnLottery);
    const next = { ...openLottery, id: '4c1d2e3f-5a6b-4c7d-8e9f-0a1b2c3d4e60' };
    store.getState().applyEvents([{ type: 'lottery_started', seq: 1, lottery: next }]);
    expect(store.getState().lottery).toEqual(next);
    const result = { ...drawnLottery, id: next.id };
    store.getState().applyEvents([{ type: 'lottery_result', seq: 2, lottery: result }]);
    expect(store.getState().lottery).toEqual(result);
  });

  it('takes a banned viewer’s comments off the screen, and knows when the banned viewer is you', () => {
    const other = '11111111-1111-4111-8111-111111111111';
    const store = createRoomStore();
    store.getState().applySnapshot(snapshot(0, { recentComments: [comment(1), { ...comment(2), userId: other }] }));
    store.getState().applyEvents([{ type: 'comment', seq: 1, comment: { ...comment(3), userId: other } }, { type: 'viewer_banned', seq: 2, userId: other }]);
    expect(store.getState().comments.map((c) => c.id)).toEqual(['c1']);
    expect(store.getState().banned).toBe(false);
    store.getState().applyEvents([{ type: 'viewer_banned', seq: 3, userId: user.id }]);
    expect(store.getState()).toMatchObject({ banned: true, comments: [] });
  });

  it('shows the latest coupon card until the viewer closes it', () => {
    const store = createRoomStore();
    const rule = { kind: 'amount_off', thresholdFen: 0, amountFen: 500 } as const;
    const first = { templateId: 'a'.repeat(8), name: '券一', rule, remaining: 10 };
    const second = { templateId: 'b'.repeat(8), name: '券二', rule, remaining: 3 };
    store.getState().applyEvents([
      { type: 'coupon_card', seq: 1, coupon: first },
      { type: 'coupon_card', seq: 2, coupon: second },
    ]);
    expect(store.getState().couponCard).toEqual(second);
    store.getState().dismissCouponCard();
    expect(store.getState().couponCard).toBeNull();
  });
});
