import { z } from 'zod';
import { instantWithOffsetSchema } from './instant';

/**
 * Event tracking: what the client reports about what a viewer saw and did. The tracker queues events and
 * sends them in batches; the server validates each event on its own, stores the good ones and counts the
 * bad ones, so one broken event never costs the rest of its batch.
 */

/** What an impression, click or share is about. */
export const trackTargetSchema = z.enum(['goods', 'room', 'content', 'coupon', 'red_packet', 'group_buy', 'flash_sale', 'bargain']);
export type TrackTarget = z.infer<typeof trackTargetSchema>;

const common = {
  /** The client's own id for the event: a batch sent twice (retry, beacon on page hide) is stored once. */
  id: z.string().uuid(),
  /** When it happened on the device; the server keeps it only within the last 7 days to 5 minutes ahead. */
  at: instantWithOffsetSchema,
  /** The page it happened on, e.g. `subpackages/mall/goods/index` (no query string). */
  path: z.string().min(1).max(200).optional(),
};

const targeted = { target: trackTargetSchema, targetId: z.string().uuid() };

export const trackEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('page_view'), ...common, path: common.path.unwrap() }),
  z.object({ type: z.literal('impression'), ...common, ...targeted, position: z.number().int().min(0).max(9_999).optional() }),
  z.object({ type: z.literal('click'), ...common, ...targeted }),
  z.object({ type: z.literal('share'), ...common, ...targeted }),
  z.object({ type: z.literal('live_enter'), ...common, roomId: z.string().uuid() }),
  /** Dwell time of the visit that `live_enter` opened, in milliseconds (at most a day). */
  z.object({ type: z.literal('live_leave'), ...common, roomId: z.string().uuid(), dwellMs: z.number().int().min(0).max(86_400_000) }),
  z.object({ type: z.literal('like'), ...common, roomId: z.string().uuid(), count: z.number().int().min(1).max(1_000) }),
  z.object({ type: z.literal('comment'), ...common, roomId: z.string().uuid() }),
  z.object({
    type: z.literal('add_to_cart'),
    ...common,
    goodsId: z.string().uuid(),
    skuId: z.string().uuid(),
    quantity: z.number().int().min(1).max(999),
    /** The live room the goods was added from, when it was. */
    roomId: z.string().uuid().optional(),
  }),
  z.object({ type: z.literal('order'), ...common, orderId: z.string().uuid() }),
  z.object({ type: z.literal('pay'), ...common, orderId: z.string().uuid() }),
]);
export type TrackEvent = z.infer<typeof trackEventSchema>;
export type TrackEventType = TrackEvent['type'];
export const trackEventTypes = trackEventSchema.options.map((o) => o.shape.type.value) as TrackEventType[];

/** At most this many events in one batch. */
export const TRACK_BATCH_MAX = 100;

/**
 * A batch. Each element is checked against `trackEventSchema` by itself (hence `unknown` here): good ones
 * are stored, bad ones dropped and counted.
 */
export const trackBatchRequestSchema = z.object({
  /** One per app launch (or H5 tab): ties a viewer's events into a visit. */
  sessionId: z.string().min(8).max(64).regex(/^[A-Za-z0-9_-]+$/),
  events: z.array(z.unknown()).min(1).max(TRACK_BATCH_MAX),
});
export type TrackBatchRequest = z.infer<typeof trackBatchRequestSchema>;

export const trackBatchResultSchema = z.object({
  /** Valid events taken (a repeat of an already stored id counts here too: it is not an error). */
  accepted: z.number().int().nonnegative(),
  /** Events that failed their schema or fell outside the time window. */
  dropped: z.number().int().nonnegative(),
});
export type TrackBatchResult = z.infer<typeof trackBatchResultSchema>;
