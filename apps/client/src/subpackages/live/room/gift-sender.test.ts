import type { SendGiftRequest, SendGiftResult } from '@livemall/shared';
import { ApiError } from '@/services/api-error';
import { roomGift } from '@/test/live-fixtures';
import { createGiftSender } from './gift-sender';

const result: SendGiftResult = { gift: roomGift(1), walletFen: 900, points: 90 };
const ids = () => {
  let n = 0;
  return () => `id-${++n}`;
};

describe('gift sender', () => {
  it('gives every tap its own request id', async () => {
    const post = jest.fn(async (_: SendGiftRequest) => result);
    const sender = createGiftSender({ post, newId: ids() });
    await sender.send('heart', 'points');
    await sender.send('heart', 'points');
    expect(post.mock.calls.map(([b]) => b)).toEqual([
      { requestId: 'id-1', giftId: 'heart', payWith: 'points' },
      { requestId: 'id-2', giftId: 'heart', payWith: 'points' },
    ]);
  });

  it('reuses the id after a network error, on retry or on tapping the same gift again', async () => {
    const post = jest
      .fn<Promise<SendGiftResult>, [SendGiftRequest]>()
      .mockRejectedValueOnce(new ApiError('NETWORK_ERROR', 0, 'timeout'))
      .mockRejectedValueOnce(new ApiError('NETWORK_ERROR', 0, 'timeout'))
      .mockResolvedValue(result);
    const sender = createGiftSender({ post, newId: ids() });

    const first = await sender.send('flower', 'wallet');
    expect(first).toMatchObject({ ok: false, code: 'NETWORK_ERROR', retryable: true });
    expect(await sender.retry()).toMatchObject({ ok: false, retryable: true });
    expect(await sender.send('flower', 'wallet')).toEqual({ ok: true, result });
    expect(post.mock.calls.map(([b]) => b.requestId)).toEqual(['id-1', 'id-1', 'id-1']);
    // Settled: nothing left to retry, and the next tap is a new gift.
    expect(sender.retry()).toBeNull();
    await sender.send('flower', 'wallet');
    expect(post.mock.calls[3]![0].requestId).toBe('id-2');
  });

  it('starts afresh when a different gift is tapped after a network error', async () => {
    const post = jest.fn<Promise<SendGiftResult>, [SendGiftRequest]>().mockRejectedValueOnce(new ApiError('NETWORK_ERROR', 0, 'x')).mockResolvedValue(result);
    const sender = createGiftSender({ post, newId: ids() });
    await sender.send('flower', 'wallet');
    await sender.send('flower', 'points');
    expect(post.mock.calls.map(([b]) => b.requestId)).toEqual(['id-1', 'id-2']);
  });

  it.each([
    ['INSUFFICIENT_BALANCE', 409, '钱包余额不足'],
    ['INSUFFICIENT_POINTS', 409, '积分不足'],
    ['GIFT_NOT_PAYABLE', 400, '不能用积分送'],
    ['ROOM_NOT_LIVE', 409, '直播未开始或已结束'],
    ['USER_BANNED', 403, '移出直播间'],
    ['ROOM_NOT_FOUND', 404, '直播间不存在'],
    ['IDEMPOTENCY_CONFLICT', 409, '冲突'],
  ] as const)('says %s in words and does not offer a retry', async (code, status, words) => {
    const sender = createGiftSender({ post: () => Promise.reject(new ApiError(code, status, 'm')), newId: ids() });
    const outcome = await sender.send('rocket', 'points');
    expect(outcome).toMatchObject({ ok: false, code, retryable: false });
    expect(outcome.ok ? '' : outcome.text).toContain(words);
    expect(sender.retry()).toBeNull();
  });
});
