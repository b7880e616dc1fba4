import { useEffect, useState } from 'react';
import { createRoomConnection } from '@/services/realtime/room-connection';
import { roomSocketUrl } from '@/services/realtime/room-url';
import { taroSocketFactory } from '@/services/realtime/taro-socket';
import { wsOrigin } from '@/services/realtime/ws-origin';
import { useSession } from '@/stores/session';
import { whenSessionSettled } from '@/stores/session-settled';
import { createRoomStore, type RoomStore } from '@/subpackages/live/room/room-store';

/**
 * The console joins the room's socket like a viewer: the same store shows it the comments (to
 * moderate), the online count and the lottery as the room sees them.
 */
export function useHostSocket(roomId: string): RoomStore {
  const [store] = useState(createRoomStore);
  useEffect(() => {
    let cancelled = false;
    let close: (() => void) | null = null;
    void whenSessionSettled().then(() => {
      if (cancelled) return;
      const connection = createRoomConnection({
        url: (since) => roomSocketUrl(wsOrigin(), roomId, useSession.getState().accessToken, since),
        connect: taroSocketFactory,
        onSnapshot: (snapshot) => store.getState().applySnapshot(snapshot),
        onEvents: (events) => store.getState().applyEvents(events),
        onStatus: (status) => store.getState().setConnection(status),
      });
      close = () => connection.close();
    });
    return () => {
      cancelled = true;
      close?.();
    };
  }, [roomId, store]);
  return store;
}
