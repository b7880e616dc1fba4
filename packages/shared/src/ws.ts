import { z } from 'zod';
import { errorCodeSchema } from './errors';
import { commentTextSchema, LIKES_PER_FRAME_MAX, roomEventSchema, roomSnapshotSchema } from './live';

/**
 * WebSocket frames. Every frame, in both directions, is one of these unions. `id` lets a client match a
 * server reply (`ack` or `error`) to the frame that caused it.
 */
export const wsClientEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ping'), id: z.string().max(64).optional() }),
  z.object({ type: z.literal('comment'), id: z.string().max(64).optional(), text: commentTextSchema }),
  z.object({ type: z.literal('like'), id: z.string().max(64).optional(), count: z.number().int().min(1).max(LIKES_PER_FRAME_MAX) }),
]);
export type WsClientEvent = z.infer<typeof wsClientEventSchema>;

export const wsServerEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('pong'), id: z.string().optional(), serverTime: z.number().int() }),
  z.object({
    type: z.literal('error'),
    id: z.string().optional(),
    code: errorCodeSchema,
    message: z.string(),
  }),
  /** The frame `id` was accepted (a comment may have been masked: `text` is what the room saw). */
  z.object({ type: z.literal('ack'), id: z.string(), text: z.string().optional() }),
  z.object({ type: z.literal('snapshot'), snapshot: roomSnapshotSchema }),
  /**
   * The room's events since the last frame, in `seq` order: one frame per room tick (100 ms). In a big room
   * (over 2,500 viewers on one instance) a batch of only comments, likes and online counts may wait up to
   * 4 ticks; anything high-priority goes at the next tick.
   */
  z.object({ type: z.literal('events'), events: z.array(roomEventSchema) }),
]);
export type WsServerEvent = z.infer<typeof wsServerEventSchema>;
