import type { PointsRules, StreakBonus } from '@livemall/shared';

/** The pure arithmetic of points: no clock, no database (tests in points-rules.spec.ts). */

const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The China (UTC+8, no daylight saving) calendar day of a moment, `YYYY-MM-DD`. */
export function chinaDate(at: Date): string {
  return new Date(at.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** The calendar day before `day` (`YYYY-MM-DD`). */
export function dayBefore(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

/** The bonus on the exact streak day listed (day 3 +5, day 7 +20: day 8 earns only the base). */
export function streakBonus(streak: number, bonuses: readonly StreakBonus[]): number {
  return bonuses.find((b) => b.day === streak)?.points ?? 0;
}

/** What the check-in that makes a streak of `streak` days earns. */
export function checkinPoints(streak: number, rules: Pick<PointsRules, 'checkinBasePoints' | 'streakBonuses'>): number {
  return rules.checkinBasePoints + streakBonus(streak, rules.streakBonuses);
}

/** A share earns its points, cut to what is left of the day's cap. */
export function sharePoints(earnedToday: number, rules: Pick<PointsRules, 'sharePoints' | 'shareDailyCapPoints'>): number {
  return Math.max(0, Math.min(rules.sharePoints, rules.shareDailyCapPoints - earnedToday));
}

/** `floor(paidFen / 100 × perYuan)`, in integers (no float rounding). */
export function purchasePoints(paidFen: number, perYuan: number): number {
  return paidFen <= 0 ? 0 : Math.floor((paidFen * perYuan) / 100);
}

/**
 * How many of an order's `earned` points its refunds so far account for: the refunded share of what was
 * paid, floored, all of them once everything is refunded. Cumulative, so partial refunds never add up to
 * more (or, in the end, less) than the order earned.
 */
export function clawbackTarget(earned: number, paidFen: number, refundedFen: number): number {
  if (paidFen <= 0 || refundedFen >= paidFen) return earned;
  return Math.floor((earned * Math.max(0, refundedFen)) / paidFen);
}

/** `months` calendar months later (Jan 31 + 1 → Feb 28/29, like PostgreSQL's interval arithmetic). */
export function addMonths(at: Date, months: number): Date {
  const d = new Date(at.getTime());
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d;
}

export interface LotLeft {
  id: string;
  remaining: number;
}

/**
 * Which lots a spend of `amount` empties, in the order given (the caller sorts them by expiry, then id):
 * each lot gives all it has until the amount is covered. Throws if the lots do not cover it (the lots
 * and the wallet disagree: a bug, never a user error).
 */
export function takeFromLots(lots: readonly LotLeft[], amount: number): Array<{ id: string; take: number }> {
  const takes: Array<{ id: string; take: number }> = [];
  let left = amount;
  for (const lot of lots) {
    if (left === 0) break;
    const take = Math.min(lot.remaining, left);
    if (take > 0) takes.push({ id: lot.id, take });
    left -= take;
  }
  if (left > 0) throw new Error(`point lots short by ${left} for a spend of ${amount}`);
  return takes;
}

export interface Deduction {
  /** The most points the order can take. */
  maxPoints: number;
  /** What is used of the points asked for, and the fen they take off. */
  points: number;
  fen: number;
}

/**
 * Points at checkout: `rate` points make one yuan, so p points take `floor(p × 100 / rate)` fen off and
 * f fen cost `ceil(f × rate / 100)` points (never more than asked). The fen off are at most `capPercent`
 * of `goodsFen` (the goods after 满减 and the coupon), at most `roomFen` (every unit keeps one fen) and at
 * most what the balance buys. Asking for more than allowed uses the most allowed.
 */
export function pointsDeduction(asked: number, balance: number, goodsFen: number, roomFen: number, rules: Pick<PointsRules, 'deductionPointsPerYuan' | 'deductionCapPercent'>): Deduction {
  const rate = rules.deductionPointsPerYuan;
  if (rate <= 0) return { maxPoints: 0, points: 0, fen: 0 };
  const toFen = (p: number) => Math.floor((Math.max(0, p) * 100) / rate);
  const toPoints = (f: number) => Math.ceil((f * rate) / 100);
  const maxFen = Math.max(0, Math.min(Math.floor((goodsFen * rules.deductionCapPercent) / 100), roomFen, toFen(balance)));
  const fen = Math.min(toFen(asked), maxFen);
  return { maxPoints: toPoints(maxFen), points: toPoints(fen), fen };
}
