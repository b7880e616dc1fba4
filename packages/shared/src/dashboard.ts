import { z } from 'zod';
import { instantWithOffsetSchema } from './instant';

/**
 * Merchant dashboards: a live room's figures over its window, and a shop's over a date range. Every figure
 * is an integer: money in fen, rates in basis points (1/100 of a percent, floored), times in milliseconds.
 * The definitions are in docs/dashboards.md.
 */

const count = z.number().int().nonnegative();
const fen = z.number().int();
const bps = z.number().int().min(0).max(10_000);

/** Longest room window (one series point a minute): a longer one must be asked for in parts. */
export const ROOM_DASHBOARD_MAX_HOURS = 24;
/** Longest shop range, both ends included. */
export const SHOP_DASHBOARD_MAX_DAYS = 366;
/** Shop dates are calendar days in this zone. */
export const DASHBOARD_TIME_ZONE = 'Asia/Shanghai';

export const roomDashboardParamsSchema = z.object({ roomId: z.string().uuid() });
export type RoomDashboardParams = z.infer<typeof roomDashboardParamsSchema>;

/** Either end left out: the room's start, and its end (or now while it is live). */
export const roomDashboardQuerySchema = z.object({
  from: instantWithOffsetSchema.optional(),
  to: instantWithOffsetSchema.optional(),
});
export type RoomDashboardQuery = z.infer<typeof roomDashboardQuerySchema>;

/** A real calendar date written YYYY-MM-DD (2026-02-30 is refused). */
export const dashboardDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'not a calendar date');

export const shopDashboardQuerySchema = z.object({ from: dashboardDateSchema, to: dashboardDateSchema });
export type ShopDashboardQuery = z.infer<typeof shopDashboardQuerySchema>;

export const roomMinuteSchema = z.object({
  /** Start of the minute (ISO); the minute covers [minute, minute + 60 s) within the window. */
  minute: z.string(),
  /** Distinct viewers with a visit overlapping this minute. */
  online: count,
  enters: count,
  comments: count,
  likes: count,
  /** Attributed paid orders, by the minute they were paid. */
  orders: count,
  gmvFen: fen,
});
export type RoomMinute = z.infer<typeof roomMinuteSchema>;

export const roomDashboardSchema = z.object({
  roomId: z.string().uuid(),
  /** The window the figures cover: [from, to). Equal ends (a room never started) give zeros. */
  from: z.string(),
  to: z.string(),
  viewers: count,
  peakOnline: count,
  /** Mean of the per-minute online counts, floored. */
  avgOnline: count,
  /** Watch time inside the window, summed over visits. */
  totalWatchMs: count,
  /** totalWatchMs / viewers, floored. */
  avgWatchMs: count,
  commenters: count,
  comments: count,
  likers: count,
  likes: count,
  /** Viewers who commented or liked (each once). */
  interactors: count,
  interactionRateBps: bps,
  productClicks: count,
  productClickers: count,
  cartAdds: count,
  cartUnits: count,
  /** Orders of this shop created in the window by viewers (paid or not). */
  ordersCreated: count,
  /** Orders of this shop paid in the window by viewers. */
  orders: count,
  gmvFen: fen,
  /** Refunded so far on those paid orders. */
  refundedFen: fen,
  payingViewers: count,
  conversionRateBps: bps,
  redPackets: z.object({
    sent: count,
    amountFen: fen,
    grabs: count,
    grabbedFen: fen,
    grabbers: count,
    /** What went back to the shop from packets that expired with money left. */
    refundedFen: fen,
  }),
  coupons: z.object({
    /** Coupons of this shop claimed in the window by viewers. */
    claimed: count,
    /** Coupons of this shop used on the attributed paid orders. */
    used: count,
  }),
  series: z.array(roomMinuteSchema),
});
export type RoomDashboard = z.infer<typeof roomDashboardSchema>;

export const shopDaySchema = z.object({
  date: z.string(),
  orders: count,
  gmvFen: fen,
  buyers: count,
});
export type ShopDay = z.infer<typeof shopDaySchema>;

export const topGoodsSchema = z.object({
  goodsId: z.string().uuid(),
  title: z.string(),
  units: count,
  /** Lines' price × quantity less their share of the discounts; no shipping. */
  gmvFen: fen,
});
export type TopGoods = z.infer<typeof topGoodsSchema>;

export const shopDashboardSchema = z.object({
  from: z.string(),
  to: z.string(),
  timeZone: z.string(),
  orders: count,
  gmvFen: fen,
  refundedFen: fen,
  /** gmvFen − refundedFen. */
  netFen: fen,
  avgOrderFen: fen,
  buyers: count,
  repeatBuyers: count,
  repurchaseRateBps: bps,
  /** Buyers whose first paid order of this shop ever is in the range. */
  newBuyers: count,
  returningBuyers: count,
  /** Up to 10, by GMV then units. */
  topGoods: z.array(topGoodsSchema),
  /** Distinct users at each step, each counted on its own (see docs/dashboards.md). */
  funnel: z.object({ viewed: count, carted: count, ordered: count, paid: count }),
  days: z.array(shopDaySchema),
});
export type ShopDashboard = z.infer<typeof shopDashboardSchema>;
