import { act, fireEvent, render } from '@testing-library/react';
import { LIKE_BATCH_MS } from '../like-batcher';
import { LikeButton } from './LikeButton';

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

describe('LikeButton', () => {
  it('shows a heart per tap at once but sends the taps as one frame', () => {
    const onSend = jest.fn(() => true);
    const onTap = jest.fn();
    const { container } = render(<LikeButton onSend={onSend} onTap={onTap} />);
    const button = container.querySelector('#live-like')!;
    for (let i = 0; i < 5; i++) fireEvent.click(button);

    expect(onTap).toHaveBeenCalledTimes(5);
    expect(container.querySelectorAll('.like-button__heart')).toHaveLength(5);
    expect(onSend).not.toHaveBeenCalled();

    act(() => void jest.advanceTimersByTime(LIKE_BATCH_MS));
    expect(onSend.mock.calls).toEqual([[5]]);

    // The hearts float away.
    act(() => void jest.advanceTimersByTime(2000));
    expect(container.querySelectorAll('.like-button__heart')).toHaveLength(0);
  });

  it('keeps the number of hearts on screen bounded under a tap storm', () => {
    const { container } = render(<LikeButton onSend={() => true} />);
    const button = container.querySelector('#live-like')!;
    for (let i = 0; i < 100; i++) fireEvent.click(button);
    expect(container.querySelectorAll('.like-button__heart').length).toBeLessThanOrEqual(12);
  });

  it('sends taps not yet sent when the page closes', () => {
    const onSend = jest.fn(() => true);
    const { container, unmount } = render(<LikeButton onSend={onSend} />);
    fireEvent.click(container.querySelector('#live-like')!);
    fireEvent.click(container.querySelector('#live-like')!);
    unmount();
    expect(onSend.mock.calls).toEqual([[2]]);
  });
});
