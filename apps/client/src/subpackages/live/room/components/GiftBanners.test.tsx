import { act, render } from '@testing-library/react';
import { roomGift } from '@/test/live-fixtures';
import { GIFT_BANNER_MS, GiftBanners } from './GiftBanners';

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

describe('GiftBanners', () => {
  it('announces "<nickname> 送出 <gift>" and lets each banner go after its time', () => {
    const onDone = jest.fn();
    const first = roomGift(1);
    const { container, rerender } = render(<GiftBanners gifts={[first]} onDone={onDone} />);
    expect(container.querySelector('.gift-banner')?.textContent).toBe('观众1 送出 鲜花');

    act(() => void jest.advanceTimersByTime(GIFT_BANNER_MS / 2));
    const second = roomGift(2, { giftName: '火箭', giftId: 'rocket' });
    rerender(<GiftBanners gifts={[first, second]} onDone={onDone} />);
    act(() => void jest.advanceTimersByTime(GIFT_BANNER_MS / 2));
    // Each banner has its own clock: the second one is not cut short by the first.
    expect(onDone.mock.calls).toEqual([[first.id]]);
    act(() => void jest.advanceTimersByTime(GIFT_BANNER_MS / 2));
    expect(onDone.mock.calls).toEqual([[first.id], [second.id]]);
  });
});
