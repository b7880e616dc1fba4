import type { MemberLevel } from '@livemall/shared';

/**
 * The pure membership rules: which level a growth value reaches, what the next one needs, how much growth
 * an order earns, which month a monthly coupon is for, and how a phone is shown.
 */

/** One point of growth per whole yuan paid (paid fen / 100, rounded down). */
export function growthForPaid(paidFen: number): number {
  return Math.max(0, Math.floor(paidFen / 100));
}

/**
 * The highest level whose threshold the growth reaches. `levels` in rank order; the entry level starts
 * at 0 so every growth has one (an empty table, which the contract forbids, still answers the first).
 */
export function levelFor<L extends Pick<MemberLevel, 'growthFrom'>>(levels: readonly L[], growth: number): L {
  let found = levels[0];
  for (const l of levels) if (growth >= l.growthFrom) found = l;
  if (!found) throw new RangeError('no member levels');
  return found;
}

/** The level after the one the growth reaches, and the growth still missing; null at the top. */
export function nextLevel<L extends Pick<MemberLevel, 'growthFrom'>>(levels: readonly L[], growth: number): { level: L; growthNeeded: number } | null {
  const next = levels.find((l) => l.growthFrom > growth);
  return next ? { level: next, growthNeeded: next.growthFrom - growth } : null;
}

/** `yyyy-mm` in China time (UTC+8): the month a monthly level coupon belongs to. */
export function chinaYearMonth(at: Date): string {
  const local = new Date(at.getTime() + 8 * 3_600_000);
  return `${local.getUTCFullYear()}-${String(local.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** The grant key of a level's coupon for a month: once per user, level and month. */
export function monthlyCouponKey(rank: number, yearMonth: string): string {
  return `level:${rank}:${yearMonth}`;
}

/** 13800138000 → 138****8000; shorter numbers keep only their last two digits. */
export function maskPhone(phone: string): string {
  if (phone.length >= 11) return `${phone.slice(0, 3)}****${phone.slice(-4)}`;
  return `${'*'.repeat(Math.max(0, phone.length - 2))}${phone.slice(-2)}`;
}

/** 98 → `9.8折`, 90 → `9折`: how a Chinese price tag says the share paid. */
export function zhe(percent: number): string {
  return `${percent % 10 === 0 ? percent / 10 : (percent / 10).toFixed(1)}折`;
}
