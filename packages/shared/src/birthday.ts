import { z } from 'zod';
import { instantSchema } from './instant';

/**
 * A user's birthday: month and day only (no year, nothing to leak). It grants birthday coupons once a year in
 * its month, so it may be set once and then changed at most once every 12 months: moving it around cannot
 * collect a birthday coupon twice (the grant key also names the year).
 */

/** Days of each month; February has 29 so that people born on 2/29 can say so. */
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

export function isRealMonthDay(month: number, day: number): boolean {
  return Number.isInteger(month) && Number.isInteger(day) && month >= 1 && month <= 12 && day >= 1 && day <= (DAYS_IN_MONTH[month - 1] ?? 0);
}

const monthDaySchema = z.object({ month: z.number().int().min(1).max(12), day: z.number().int().min(1).max(31) });

/** `PUT /me/birthday`. A day the month does not have (2/30, 4/31) is `400 BIRTHDAY_INVALID`. */
export const setBirthdayRequestSchema = monthDaySchema.refine((b) => isRealMonthDay(b.month, b.day), {
  message: 'this month has no such day',
  path: ['day'],
  params: { code: 'BIRTHDAY_INVALID' },
});
export type SetBirthdayRequest = z.infer<typeof setBirthdayRequestSchema>;

export const myBirthdaySchema = z.object({
  birthday: monthDaySchema.nullable(),
  /** When it may be changed again; null: now (never set, or the last change is a year old). */
  changeableFrom: instantSchema.nullable(),
});
export type MyBirthday = z.infer<typeof myBirthdaySchema>;
