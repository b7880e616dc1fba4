import type { GoodsSummary, LiveComment, LiveRoomStatus, Lottery, RoomEvent, RoomSnapshot } from '@livemall/shared';

export type SocketStatus = 'connecting' | 'open' | 'reconnecting' | 'stopped';

/** What the control panel shows of a room, as its socket tells it. */
export interface RoomFeed {
  socket: SocketStatus;
  /** The last room `seq` applied; a reconnect resumes after it. Null before the first snapshot. */
  seq: number | null;
  status: LiveRoomStatus | null;
  online: number;
  likes: number;
  /** Oldest first, at most `FEED_MAX`. */
  comments: LiveComment[];
  pinned: GoodsSummary | null;
  lottery: Lottery | null;
}

export type FeedAction =
  | { type: 'socket'; status: SocketStatus }
  | { type: 'snapshot'; snapshot: RoomSnapshot }
  | { type: 'events'; events: RoomEvent[] };

/** The panel keeps a moderator's window of the chat, not the whole history. */
export const FEED_MAX = 200;

export const initialFeed: RoomFeed = { socket: 'connecting', seq: null, status: null, online: 0, likes: 0, comments: [], pinned: null, lottery: null };

const keepLast = (comments: LiveComment[]) => (comments.length > FEED_MAX ? comments.slice(comments.length - FEED_MAX) : comments);

function apply(feed: RoomFeed, event: RoomEvent): RoomFeed {
  switch (event.type) {
    case 'comment':
      // A snapshot reads its recent comments after its seq: one posted in between comes again as an event.
      if (feed.comments.some((c) => c.id === event.comment.id)) return feed;
      return { ...feed, comments: keepLast([...feed.comments, event.comment]) };
    case 'comment_deleted':
      return { ...feed, comments: feed.comments.filter((c) => c.id !== event.commentId) };
    case 'viewer_banned':
      return { ...feed, comments: feed.comments.filter((c) => c.userId !== event.userId) };
    case 'online':
      return { ...feed, online: event.count };
    case 'likes':
      return { ...feed, likes: event.total };
    case 'room_state':
      return { ...feed, status: event.status };
    case 'product_push':
      return { ...feed, pinned: event.goods };
    case 'lottery_started':
    case 'lottery_result':
      return { ...feed, lottery: event.lottery };
    default:
      // Gifts, coupons and red packets have panels of their own.
      return feed;
  }
}

/**
 * Folds the room socket's frames into the panel's state. Events at or below the last applied `seq` are
 * dropped, so a resume that repeats events (or a late frame from a replaced socket) changes nothing.
 */
export function roomFeedReducer(feed: RoomFeed, action: FeedAction): RoomFeed {
  switch (action.type) {
    case 'socket':
      return feed.socket === action.status ? feed : { ...feed, socket: action.status };
    case 'snapshot': {
      const s = action.snapshot;
      return {
        ...feed,
        seq: s.seq,
        status: s.room.status,
        online: s.online,
        likes: s.likes,
        comments: keepLast(s.recentComments),
        pinned: s.pinned,
        lottery: s.lottery,
      };
    }
    case 'events': {
      let next = feed;
      for (const event of action.events) {
        if (next.seq !== null && event.seq <= next.seq) continue;
        next = { ...apply(next, event), seq: event.seq };
      }
      return next;
    }
  }
}
