import { createStore, type StoreApi } from 'zustand/vanilla';
import type { GoodsSummary, LiveComment, LiveRoomDetail, RoomEvent, RoomRedPacket, RoomSnapshot } from '@livemall/shared';
import type { ConnectionStatus } from '@/services/realtime/room-connection';

/** Comments kept in memory; the overlay shows fewer still. */
export const MAX_COMMENTS = 200;
/** Pushed cards kept for the product bag, newest first. */
export const MAX_PUSHES = 10;

export interface RoomState {
  room: LiveRoomDetail | null;
  online: number;
  likes: number;
  comments: LiveComment[];
  pinned: GoodsSummary | null;
  /** Goods the anchor pushed during this visit, newest first, each once. */
  pushes: GoodsSummary[];
  /** Packets still open to grab: one bubble each. */
  redPackets: RoomRedPacket[];
  /** Null for a guest, who watches read-only. */
  you: RoomSnapshot['you'];
  connection: ConnectionStatus;
  setRoom(room: LiveRoomDetail): void;
  applySnapshot(snapshot: RoomSnapshot): void;
  /** One `set` per frame: a tick of 50 comments is one render, not 50. */
  applyEvents(events: RoomEvent[]): void;
  setConnection(status: ConnectionStatus): void;
}

export type RoomStore = StoreApi<RoomState>;

const grabbable = (packet: RoomRedPacket) => packet.status === 'active' || packet.status === 'scheduled';

export function createRoomStore(): RoomStore {
  return createStore<RoomState>()((set, get) => ({
    room: null,
    online: 0,
    likes: 0,
    comments: [],
    pinned: null,
    pushes: [],
    redPackets: [],
    you: null,
    connection: 'connecting',

    setRoom: (room) => set({ room }),

    applySnapshot: (s) =>
      set({
        room: s.room,
        online: s.online,
        likes: s.likes,
        comments: s.recentComments.slice(-MAX_COMMENTS),
        pinned: s.pinned,
        redPackets: s.redPackets.filter(grabbable),
        you: s.you,
      }),

    applyEvents(events) {
      let { room, online, likes, comments, pushes, redPackets } = get();
      const added: LiveComment[] = [];
      for (const event of events) {
        switch (event.type) {
          case 'comment':
            added.push(event.comment);
            break;
          case 'comment_deleted':
            comments = comments.filter((c) => c.id !== event.commentId);
            removeById(added, event.commentId);
            break;
          case 'likes':
            likes = event.total;
            break;
          case 'online':
            online = event.count;
            break;
          case 'product_push':
            pushes = [event.goods, ...pushes.filter((g) => g.id !== event.goods.id)].slice(0, MAX_PUSHES);
            break;
          case 'red_packet': {
            const others = redPackets.filter((p) => p.id !== event.redPacket.id);
            redPackets = grabbable(event.redPacket) ? [...others, event.redPacket] : others;
            break;
          }
          case 'room_state':
            if (room) room = { ...room, status: event.status };
            break;
        }
      }
      if (added.length) comments = [...comments, ...added].slice(-MAX_COMMENTS);
      set({ room, online, likes, comments, pushes, redPackets });
    },

    setConnection: (connection) => set({ connection }),
  }));
}

function removeById(list: LiveComment[], id: string): void {
  const at = list.findIndex((c) => c.id === id);
  if (at >= 0) list.splice(at, 1);
}
