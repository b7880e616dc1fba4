import { useCallback, useEffect, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { api, commentTextSchema } from '@livemall/shared';
import { errorText } from '@/services/error-text';
import { createRoomConnection, type RoomConnection } from '@/services/realtime/room-connection';
import { roomSocketUrl } from '@/services/realtime/room-url';
import { taroSocketFactory } from '@/services/realtime/taro-socket';
import { wsOrigin } from '@/services/realtime/ws-origin';
import { call } from '@/services/request';
import { track } from '@/services/tracker';
import { useSession } from '@/stores/session';
import { whenSessionSettled } from '@/stores/session-settled';
import { commentErrorText, NOT_CONNECTED_TEXT } from './comment-error';
import { createRoomStore, type RoomState, type RoomStore } from './room-store';

export interface LiveRoom {
  store: RoomStore;
  /** Set when the room could not be loaded at all. */
  loadError: string | null;
  /** Why the last comment did not go out; cleared by the next one that does. */
  commentError: string | null;
  /** True when the comment went out (the input can be cleared). */
  sendComment(text: string): boolean;
  sendLikes(count: number): boolean;
  reload(): void;
}

/** At most one token check per this long while the socket keeps failing. */
const TOKEN_CHECK_MS = 30_000;
let lastTokenCheck = 0;

/**
 * The socket cannot tell us its upgrade was refused as 401 (H5 drops the status), so a failing reconnect
 * asks the HTTP layer, which refreshes an expired access token; the next attempt picks the new one up.
 */
function refreshTokenSoon(): void {
  if (!useSession.getState().accessToken || Date.now() - lastTokenCheck < TOKEN_CHECK_MS) return;
  lastTokenCheck = Date.now();
  void call(api.me).catch(() => undefined);
}

/** The room page's state and I/O: the HTTP detail for a quick first paint, then the room socket. */
export function useLiveRoom(roomId: string): LiveRoom {
  const [store] = useState(createRoomStore);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [commentError, setCommentError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const connection = useRef<RoomConnection | null>(null);
  const pendingComments = useRef(new Set<string>());
  const nextId = useRef(0);
  // Logging in (guest → user) changes what the socket may do: it reconnects as the new user.
  const userId = useSession((s) => s.user?.id ?? null);

  useEffect(() => {
    setLoadError(null);
    call(api.liveRoom, { params: { roomId } })
      .then((room) => {
        // The socket's snapshot is newer if it already came.
        if (!store.getState().room) store.getState().setRoom(room);
      })
      .catch((error: unknown) => {
        if (!store.getState().room) setLoadError(errorText(error));
      });
  }, [roomId, store, attempt]);

  // A room that goes live while watched had no pull URLs in its detail: fetch them once it is live.
  useEffect(
    () =>
      store.subscribe((state, previous) => {
        const room = state.room;
        if (!room || room.status !== 'live' || previous.room?.status === 'live' || room.playUrls) return;
        call(api.liveRoom, { params: { roomId } }).then((fresh) => store.getState().setRoom(fresh), () => undefined);
      }),
    [roomId, store],
  );

  useEffect(() => {
    let cancelled = false;
    let own: RoomConnection | null = null;
    void whenSessionSettled().then(() => {
      if (cancelled) return;
      own = createRoomConnection({
        // Read at every reconnect: the request layer may have refreshed the token meanwhile.
        url: (since) => roomSocketUrl(wsOrigin(), roomId, useSession.getState().accessToken, since),
        connect: taroSocketFactory,
        onSnapshot: (snapshot) => store.getState().applySnapshot(snapshot),
        onEvents(events) {
          store.getState().applyEvents(events);
          // Banned: the server closes the socket and refuses it again, so reconnecting would only spin.
          if (store.getState().banned) own?.close();
        },
        onStatus(status) {
          store.getState().setConnection(status);
          if (status === 'reconnecting') refreshTokenSoon();
        },
        onReply(reply) {
          if (reply.type === 'pong' || !reply.id || !pendingComments.current.delete(reply.id)) return;
          setCommentError(reply.type === 'error' ? commentErrorText(reply.code) : null);
        },
      });
      connection.current = own;
    });
    return () => {
      cancelled = true;
      own?.close();
      connection.current = null;
      pendingComments.current.clear();
    };
  }, [roomId, store, userId, attempt]);

  const sendComment = useCallback(
    (text: string) => {
      const parsed = commentTextSchema.safeParse(text);
      if (!parsed.success) return fail(commentErrorText('VALIDATION_FAILED'));
      const id = `c${++nextId.current}`;
      if (!connection.current?.send({ type: 'comment', id, text: parsed.data })) return fail(NOT_CONNECTED_TEXT);
      pendingComments.current.add(id);
      setCommentError(null);
      track({ type: 'comment', roomId });
      return true;

      function fail(message: string): false {
        setCommentError(message);
        return false;
      }
    },
    [roomId],
  );

  const sendLikes = useCallback(
    (count: number) => {
      const sent = connection.current?.send({ type: 'like', count }) ?? false;
      if (sent) track({ type: 'like', roomId, count: Math.min(count, 1_000) });
      return sent;
    },
    [roomId],
  );
  const reload = useCallback(() => setAttempt((n) => n + 1), []);

  return { store, loadError, commentError, sendComment, sendLikes, reload };
}

export function useRoom<T>(store: RoomStore, select: (state: RoomState) => T): T {
  return useStore(store, select);
}
