import { createStore, type StoreApi } from 'zustand/vanilla';
import type { GoodsSummary, LiveComment, LiveRoomDetail, Lottery, RoomCouponCard, RoomEvent, RoomGift, RoomRedPacket, RoomSnapshot } from '@livemall/shared';
import type { ConnectionStatus } from '@/services/realtime/room-connection';

/** Comments kept in memory; the overlay shows fewer still. */
export const MAX_COMMENTS = 200;
/** Pushed cards kept for the product bag, newest first. */
export const MAX_PUSHES = 10;
/** Gift banners kept at once, newest last; a burst of gifts shows the latest few. */
export const MAX_GIFTS = 3;

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
  /** Gifts to announce in the banner, newest last. */
  gifts: RoomGift[];
  /** The open lottery, or the last one drawn. */
  lottery: Lottery | null;
  /** The coupon card the anchor pushed last, until the viewer closes it. */
  couponCard: RoomCouponCard | null;
  /** Null for a guest, who watches read-only. */
  you: RoomSnapshot['you'];
  /** The anchor banned this viewer: the server has closed the room to them. */
  banned: boolean;
  connection: ConnectionStatus;
  setRoom(room: LiveRoomDetail): void;
  applySnapshot(snapshot: RoomSnapshot): void;
  /** One `set` per frame: a tick of 50 comments is one render, not 50. */
  applyEvents(events: RoomEvent[]): void;
  /** Takes a comment off at once (the host who deleted it; the room's event follows). */
  removeComment(id: string): void;
  /** The banner of this gift has been shown long enough. */
  dismissGift(id: string): void;
  dismissCouponCard(): void;
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
    gifts: [],
    lottery: null,
    couponCard: null,
    you: null,
    banned: false,
    connection: 'connecting',

    // The HTTP detail may come after the socket's snapshot (e.g. refetched for new pull URLs): the
    // socket's status is the newer one.
    setRoom: (room) => {
      const current = get().room;
      set({ room: current && current.id === room.id ? { ...room, status: current.status } : room });
    },

    applySnapshot: (s) =>
      set({
        room: s.room,
        online: s.online,
        likes: s.likes,
        comments: s.recentComments.slice(-MAX_COMMENTS),
        pinned: s.pinned,
        redPackets: s.redPackets.filter(grabbable),
        lottery: s.lottery,
        you: s.you,
      }),

    applyEvents(events) {
      let { room, online, likes, comments, pushes, redPackets, gifts, lottery, couponCard, banned } = get();
      const you = get().you;
      const added: LiveComment[] = [];
      let onScreen: Set<string> | null = null;
      for (const event of events) {
        switch (event.type) {
          case 'comment':
            // A snapshot reads its recent comments after its seq: one posted in between comes again as an event.
            onScreen ??= new Set(comments.map((c) => c.id));
            if (onScreen.has(event.comment.id)) break;
            onScreen.add(event.comment.id);
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
          case 'gift':
            gifts = [...gifts.filter((g) => g.id !== event.gift.id), event.gift].slice(-MAX_GIFTS);
            break;
          case 'lottery_started':
          case 'lottery_result':
            lottery = event.lottery;
            break;
          case 'coupon_card':
            couponCard = event.coupon;
            break;
          case 'viewer_banned': {
            // The banned viewer's comments leave everyone's screen.
            const keep = (c: LiveComment) => c.userId !== event.userId;
            comments = comments.filter(keep);
            added.splice(0, added.length, ...added.filter(keep));
            if (you && you.userId === event.userId) banned = true;
            break;
          }
        }
      }
      if (added.length) comments = [...comments, ...added].slice(-MAX_COMMENTS);
      set({ room, online, likes, comments, pushes, redPackets, gifts, lottery, couponCard, banned });
    },

    removeComment: (id) => set({ comments: get().comments.filter((c) => c.id !== id) }),

    dismissGift: (id) => set({ gifts: get().gifts.filter((g) => g.id !== id) }),
    dismissCouponCard: () => set({ couponCard: null }),

    setConnection: (connection) => set({ connection }),
  }));
}

function removeById(list: LiveComment[], id: string): void {
  const at = list.findIndex((c) => c.id === id);
  if (at >= 0) list.splice(at, 1);
}
