import type { Clock } from '../../common/clock/clock';

/**
 * The clock the birthday rules read (when a birthday may change, which month it is for birthday coupons).
 * A token of its own, so a test can move these rules through months and years without moving the clocks
 * that sign payments or stream URLs.
 */
export const BIRTHDAY_CLOCK = Symbol('BIRTHDAY_CLOCK');

export const birthdayClockProvider = { provide: BIRTHDAY_CLOCK, useFactory: (): Clock => ({ now: () => new Date() }) };

/** Calendar month and year in China (UTC+8, no daylight saving): birthdays and their coupons go by them. */
export function chinaMonth(at: Date): { year: number; month: number } {
  const local = new Date(at.getTime() + 8 * 3_600_000);
  return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1 };
}

/** `at` moved by whole years (12 months), for the once-a-year birthday change. */
export function yearsAfter(at: Date, years: number): Date {
  const d = new Date(at);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return d;
}
