import { SHOP_DASHBOARD_MAX_DAYS } from '@livemall/shared';

export interface DateRange {
  from: string;
  to: string;
}

const DAY_MS = 86_400_000;
const SHANGHAI_OFFSET_MS = 8 * 3600_000;

const dayNumber = (date: string) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
const dateOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** Today's date in Beijing (the shop's calendar), whatever zone the browser is in. */
export const shanghaiToday = (now: Date = new Date()) => new Date(now.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);

/** The last `days` Beijing days up to today, both ends included. */
export function lastDays(days: number, now: Date = new Date()): DateRange {
  const to = shanghaiToday(now);
  return { from: dateOf(dayNumber(to) - (days - 1)), to };
}

/** Days in the range, both ends included. */
export const rangeDays = (r: DateRange) => dayNumber(r.to) - dayNumber(r.from) + 1;

/** Why the API would refuse this range (in words), or null: checked here so a bad range never becomes a request. */
export function rangeProblem(r: DateRange): string | null {
  const days = rangeDays(r);
  if (days < 1) return '开始日期不能晚于结束日期';
  if (days > SHOP_DASHBOARD_MAX_DAYS) return `日期范围最多 ${SHOP_DASHBOARD_MAX_DAYS} 天，当前选择了 ${days} 天，请缩短范围`;
  return null;
}
