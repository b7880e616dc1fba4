import { z } from 'zod';
import { instantSchema } from './instant';
import { goodsSummarySchema, liveRoomSummarySchema } from './catalog';
import { roomCouponCardSchema } from './coupon';
import { roomGiftSchema } from './gift';
import { lotterySchema } from './lottery';
import { redPacketStatusSchema, redPacketTypeSchema } from './red-packet';

/** A comment (弹幕) is at most this many characters after trimming. */
export const COMMENT_MAX_CHARS = 100;
/** How many recent comments a viewer gets on joining. */
export const RECENT_COMMENTS_ON_JOIN = 50;
/** Likes a client may batch into one frame (it taps fast; it sends at most a few frames a second). */
export const LIKES_PER_FRAME_MAX = 50;

/** A room as its page shows it: the card plus what the player needs. */
export const liveRoomDetailSchema = liveRoomSummarySchema.extend({
  /** Pull URLs for viewers; null when the room has no stream (the demo) or is not live. */
  playUrls: z.object({ flv: z.string().nullable(), hls: z.string().nullable() }).nullable(),
  startedAt: instantSchema.nullable(),
  endedAt: instantSchema.nullable(),
  /** Viewers who asked to be reminded when it starts. */
  reminders: z.number().int().nonnegative(),
});
export type LiveRoomDetail = z.infer<typeof liveRoomDetailSchema>;

export const liveCommentSchema = z.object({
  id: z.string(),
  userId: z.string().uuid(),
  nickname: z.string(),
  /** The author's member level name (shown beside the nickname); absent when unknown. */
  level: z.string().optional(),
  text: z.string(),
  /** Epoch milliseconds on the server. */
  at: z.number().int(),
});
export type LiveComment = z.infer<typeof liveCommentSchema>;

/** The bubble a live red packet shows in the room; tapping it opens the red-packet page. */
export const roomRedPacketSchema = z.object({
  id: z.string().uuid(),
  type: redPacketTypeSchema,
  slogan: z.string(),
  anchorName: z.string(),
  status: redPacketStatusSchema,
});
export type RoomRedPacket = z.infer<typeof roomRedPacketSchema>;

/**
 * Everything that happens in a room, as the room's viewers receive it. `seq` is the room's own order
 * (the same on every instance in scale-out mode); a reconnecting client resumes after the last `seq` it
 * saw and never sees an event twice. Low-priority events (comments, likes, online) may be dropped for a
 * slow client; high-priority ones (product pushes, red packets, room state, lottery) never are.
 */
export const roomEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('comment'), seq: z.number().int(), comment: liveCommentSchema }),
  z.object({ type: z.literal('comment_deleted'), seq: z.number().int(), commentId: z.string() }),
  z.object({ type: z.literal('likes'), seq: z.number().int(), total: z.number().int().nonnegative() }),
  z.object({ type: z.literal('online'), seq: z.number().int(), count: z.number().int().nonnegative() }),
  z.object({ type: z.literal('product_push'), seq: z.number().int(), goods: goodsSummarySchema }),
  z.object({ type: z.literal('red_packet'), seq: z.number().int(), redPacket: roomRedPacketSchema }),
  z.object({ type: z.literal('room_state'), seq: z.number().int(), status: liveRoomSummarySchema.shape.status }),
  z.object({ type: z.literal('gift'), seq: z.number().int(), gift: roomGiftSchema }),
  z.object({ type: z.literal('lottery_started'), seq: z.number().int(), lottery: lotterySchema }),
  z.object({ type: z.literal('lottery_result'), seq: z.number().int(), lottery: lotterySchema }),
  /** The merchant banned a viewer: their socket is closed by the server and their comments leave the screen. */
  /** The merchant (or an assistant) pushed a coupon: viewers claim it with `POST /coupons/templates/:id/claim`. */
  z.object({ type: z.literal('coupon_card'), seq: z.number().int(), coupon: roomCouponCardSchema }),
  z.object({ type: z.literal('viewer_banned'), seq: z.number().int(), userId: z.string().uuid() }),
]);
export type RoomEvent = z.infer<typeof roomEventSchema>;
export type RoomEventType = RoomEvent['type'];

/** What a client may drop under pressure; everything else is delivered or the connection is closed. */
export const LOW_PRIORITY_ROOM_EVENTS: ReadonlySet<RoomEventType> = new Set(['comment', 'likes', 'online']);

/** Sent once on joining a room (and on resuming when the missed events are no longer kept). */
export const roomSnapshotSchema = z.object({
  room: liveRoomDetailSchema,
  online: z.number().int().nonnegative(),
  likes: z.number().int().nonnegative(),
  recentComments: z.array(liveCommentSchema).max(RECENT_COMMENTS_ON_JOIN),
  pinned: goodsSummarySchema.nullable(),
  redPackets: z.array(roomRedPacketSchema),
  /** The open lottery, or the last one drawn in the past few minutes. */
  lottery: lotterySchema.nullable(),
  /** The room's `seq` this snapshot is current to. */
  seq: z.number().int(),
  /** Null for a guest, who watches read-only. */
  you: z.object({ userId: z.string().uuid(), canComment: z.boolean() }).nullable(),
});
export type RoomSnapshot = z.infer<typeof roomSnapshotSchema>;

/** Query of the room socket's URL: `/ws/rooms/:roomId?token=…&since=…` (Taro's H5 socket drops headers). */
export const roomSocketQuerySchema = z.object({
  token: z.string().max(2048).optional(),
  since: z.coerce.number().int().nonnegative().optional(),
});

export const commentTextSchema = z
  .string()
  .trim()
  .min(1, 'say something')
  .max(COMMENT_MAX_CHARS, `at most ${COMMENT_MAX_CHARS} characters`);

export const pushProductRequestSchema = z.object({ goodsId: z.string().uuid(), pin: z.boolean().default(true) });
export type PushProductRequest = z.infer<typeof pushProductRequestSchema>;

/** Mute a viewer in a room; a ban is a long mute (the longest is a year). */
export const muteViewerRequestSchema = z.object({ userId: z.string().uuid(), minutes: z.number().int().min(1).max(525_600) });
export type MuteViewerRequest = z.infer<typeof muteViewerRequestSchema>;
