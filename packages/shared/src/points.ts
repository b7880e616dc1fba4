import { z } from 'zod';
import { instantSchema } from './instant';
import { ledgerReasonSchema } from './wallet';

/**
 * Points (积分). A user's balance is their `points` wallet; every credit is also a lot that expires
 * `expiryMonths` after it was earned, and every spend takes the lots that expire first. Days are China days
 * (UTC+8): a check-in, a share cap and "today" all count from Beijing midnight.
 *
 * Earning: a daily check-in (base points plus a bonus on the streak days listed), sharing a goods (capped per
 * day), if the merchant turns them on the first live comment of the day and watching a room long enough, and a completed order (`floor(paidFen × purchasePointsPerYuan / 100)` on what is still paid when the
 * buyer confirms receipt). A refund after that takes back the same share of those points, at most what the
 * order earned and at most what the user still has (never below 0; what is missing is forgiven).
 */

/** On the day a streak reaches `day`, the check-in earns `points` more (day 3 +5, day 7 +20…). */
export const streakBonusSchema = z.object({
  day: z.number().int().min(2).max(366),
  points: z.number().int().min(1).max(100_000),
});
export type StreakBonus = z.infer<typeof streakBonusSchema>;

/** The platform's points rules, editable by the merchant (one row). */
export const pointsRulesSchema = z.object({
  /** Points for any day's check-in. */
  checkinBasePoints: z.number().int().min(0).max(100_000),
  /** Extra points on the listed streak days, at most one entry per day. */
  streakBonuses: z
    .array(streakBonusSchema)
    .max(31)
    .refine((b) => new Set(b.map((x) => x.day)).size === b.length, { message: 'one bonus per streak day' }),
  /** Points for each share of a goods… */
  sharePoints: z.number().int().min(0).max(100_000),
  /** …up to this many points from shares per China day. */
  shareDailyCapPoints: z.number().int().min(0).max(1_000_000),
  /** Points per yuan paid on a completed order (floored). */
  purchasePointsPerYuan: z.number().int().min(0).max(1_000),
  /** A lot expires this many calendar months after it was earned. */
  expiryMonths: z.number().int().min(1).max(120),
  /** Checkout deduction: this many points make one yuan off (0 turns deduction off). */
  deductionPointsPerYuan: z.number().int().min(0).max(100_000),
  /** Points may pay at most this percent of an order. */
  deductionCapPercent: z.number().int().min(0).max(100),
  /**
   * Live-room actions (0 turns each off). Defaulted so rules saved before they existed still parse.
   * The first accepted comment of a China day earns this many points.
   */
  liveFirstCommentPoints: z.number().int().min(0).max(100_000).default(0),
  /** Staying this many minutes in one room (one connection) earns `liveWatchPoints`, once per China day. */
  liveWatchMinutes: z.number().int().min(0).max(24 * 60).default(0),
  liveWatchPoints: z.number().int().min(0).max(100_000).default(0),
});
export type PointsRules = z.infer<typeof pointsRulesSchema>;

/** The rules a new platform starts with. */
export const DEFAULT_POINTS_RULES: PointsRules = {
  checkinBasePoints: 5,
  streakBonuses: [
    { day: 3, points: 5 },
    { day: 7, points: 20 },
  ],
  sharePoints: 2,
  shareDailyCapPoints: 10,
  purchasePointsPerYuan: 1,
  expiryMonths: 12,
  deductionPointsPerYuan: 100,
  deductionCapPercent: 20,
  liveFirstCommentPoints: 0,
  liveWatchMinutes: 0,
  liveWatchPoints: 0,
};

/** A China calendar day, `YYYY-MM-DD`. */
export const chinaDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const checkinStateSchema = z.object({
  /** Whether today (China time) is checked in. */
  checkedInToday: z.boolean(),
  /** Consecutive days up to today, or up to yesterday if today is not checked in yet (0: broken). */
  streak: z.number().int().nonnegative(),
  /** What checking in now would earn (0 once checked in today). */
  nextPoints: z.number().int().nonnegative(),
});
export type CheckinState = z.infer<typeof checkinStateSchema>;

export const pointsSummarySchema = z.object({
  balance: z.number().int().nonnegative(),
  /** Points that expire within the next 30 days, and the first of those expiry moments; null if none. */
  expiringSoon: z.object({ points: z.number().int().positive(), firstAt: instantSchema }).nullable(),
  checkin: checkinStateSchema,
  rules: pointsRulesSchema,
});
export type PointsSummary = z.infer<typeof pointsSummarySchema>;

/** Why points moved: the ledger reasons that touch a points wallet. */
export const pointsReasonSchema = ledgerReasonSchema;

export const pointsHistoryEntrySchema = z.object({
  id: z.string(),
  /** Positive: earned; negative: spent, taken back or expired. */
  delta: z.number().int(),
  reason: pointsReasonSchema,
  /** What it is about: the order, gift, goods, lot or day. */
  reference: z.string(),
  balanceAfter: z.number().int().nonnegative(),
  createdAt: instantSchema,
});
export type PointsHistoryEntry = z.infer<typeof pointsHistoryEntrySchema>;

export const checkinResultSchema = z.object({
  date: chinaDateSchema,
  /** False when today was already checked in (this call earned nothing). */
  fresh: z.boolean(),
  /** Points today's check-in earned (base + streak bonus). */
  points: z.number().int().nonnegative(),
  streak: z.number().int().positive(),
  balance: z.number().int().nonnegative(),
});
export type CheckinResult = z.infer<typeof checkinResultSchema>;

export const shareGoodsRequestSchema = z.object({ goodsId: z.string().uuid() });
export type ShareGoodsRequest = z.infer<typeof shareGoodsRequestSchema>;

export const shareResultSchema = z.object({
  /** Points this share earned (0 once today's cap is reached). */
  points: z.number().int().nonnegative(),
  /** Points earned from shares today, and the cap. */
  todayPoints: z.number().int().nonnegative(),
  dailyCapPoints: z.number().int().nonnegative(),
  balance: z.number().int().nonnegative(),
});
export type ShareResult = z.infer<typeof shareResultSchema>;
