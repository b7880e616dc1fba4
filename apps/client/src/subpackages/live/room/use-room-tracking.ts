import { useEffect, useRef } from 'react';
import Taro, { useDidHide, useDidShow, useShareAppMessage } from '@tarojs/taro';
import { track } from '@/services/tracker';

/**
 * A live visit: `live_enter` when the room comes on screen, `live_leave` with the time watched when it
 * goes (another page over it, the app to the background, the page closed). Also the room's share card,
 * which counts a `share`. `title` is the room's, once loaded.
 */
export function useRoomTracking(roomId: string, title: string | undefined): void {
  const enteredAt = useRef<number | null>(null);
  const enter = () => {
    if (enteredAt.current !== null) return;
    enteredAt.current = Date.now();
    track({ type: 'live_enter', roomId });
  };
  const leave = () => {
    if (enteredAt.current === null) return;
    track({ type: 'live_leave', roomId, dwellMs: Math.min(Date.now() - enteredAt.current, 86_400_000) });
    enteredAt.current = null;
  };
  const handlers = useRef({ enter, leave });
  handlers.current = { enter, leave };

  useEffect(() => {
    const onShow = () => handlers.current.enter();
    const onHide = () => handlers.current.leave();
    onShow();
    Taro.onAppShow(onShow);
    Taro.onAppHide(onHide);
    return () => {
      Taro.offAppShow(onShow);
      Taro.offAppHide(onHide);
      onHide();
    };
  }, [roomId]);
  useDidShow(enter);
  useDidHide(leave);

  useShareAppMessage(() => {
    track({ type: 'share', target: 'room', targetId: roomId });
    return { title: title ?? '直播间', path: `/subpackages/live/room/index?roomId=${roomId}` };
  });
}
