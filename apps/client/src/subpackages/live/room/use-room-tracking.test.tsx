import { renderHook } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { useRoomTracking } from './use-room-tracking';

const mockTrack = jest.fn();
jest.mock('@/services/tracker', () => ({ track: (e: unknown) => mockTrack(e) }));

const ROOM = '6f1c2a52-5d1e-4c8e-9a51-0d6a1f0c0101';

beforeEach(() => mockTrack.mockReset());

describe('useRoomTracking', () => {
  it('enters on mount, leaves with the time watched on going to the background and on leaving, re-enters on coming back', () => {
    jest.useFakeTimers({ now: Date.parse('2026-12-07T02:00:00Z') });
    const hide: Array<() => void> = [];
    const show: Array<() => void> = [];
    jest.spyOn(Taro, 'onAppHide').mockImplementation((cb) => void hide.push(cb as () => void));
    jest.spyOn(Taro, 'onAppShow').mockImplementation((cb) => void show.push(cb as () => void));
    const { unmount } = renderHook(() => useRoomTracking(ROOM, '直播间'));
    jest.advanceTimersByTime(42_000);
    hide.forEach((cb) => cb());
    hide.forEach((cb) => cb()); // twice: one visit, one leave
    jest.advanceTimersByTime(60_000); // in the background: not watched
    show.forEach((cb) => cb());
    jest.advanceTimersByTime(5_000);
    unmount();
    expect(mockTrack.mock.calls.map((c) => c[0])).toEqual([
      { type: 'live_enter', roomId: ROOM },
      { type: 'live_leave', roomId: ROOM, dwellMs: 42_000 },
      { type: 'live_enter', roomId: ROOM },
      { type: 'live_leave', roomId: ROOM, dwellMs: 5_000 },
    ]);
    jest.useRealTimers();
  });
});
