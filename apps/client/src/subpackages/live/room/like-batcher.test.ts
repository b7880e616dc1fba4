import { createLikeBatcher } from './like-batcher';

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

describe('like batcher', () => {
  it('sends a burst of taps as one frame per interval', () => {
    const send = jest.fn(() => true);
    const batcher = createLikeBatcher({ send, intervalMs: 400 });
    for (let i = 0; i < 7; i++) batcher.tap();
    jest.advanceTimersByTime(399);
    expect(send).not.toHaveBeenCalled();
    jest.advanceTimersByTime(1);
    expect(send.mock.calls).toEqual([[7]]);
    batcher.tap();
    jest.advanceTimersByTime(400);
    expect(send.mock.calls).toEqual([[7], [1]]);
    jest.advanceTimersByTime(4000);
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('splits taps beyond the per-frame cap over the next frames', () => {
    const send = jest.fn(() => true);
    const batcher = createLikeBatcher({ send, intervalMs: 400 });
    for (let i = 0; i < 120; i++) batcher.tap();
    jest.advanceTimersByTime(1200);
    expect(send.mock.calls).toEqual([[50], [50], [20]]);
  });

  it('drops taps that could not be sent instead of piling them up', () => {
    const send = jest.fn(() => false);
    const batcher = createLikeBatcher({ send, intervalMs: 400 });
    for (let i = 0; i < 3; i++) batcher.tap();
    jest.advanceTimersByTime(400);
    send.mockReturnValue(true);
    batcher.tap();
    jest.advanceTimersByTime(400);
    expect(send.mock.calls).toEqual([[3], [1]]);
  });

  it('sends what is left on flush and nothing after dispose', () => {
    const send = jest.fn(() => true);
    const batcher = createLikeBatcher({ send, intervalMs: 400 });
    batcher.tap();
    batcher.tap();
    batcher.flush();
    batcher.dispose();
    batcher.tap();
    batcher.dispose();
    jest.advanceTimersByTime(1000);
    expect(send.mock.calls).toEqual([[2]]);
  });
});
