import type { PointsHistoryEntry } from '@livemall/shared';

/** China is UTC+8 all year: check-ins, streaks and "today" count from Beijing midnight (see points.ts). */
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** `YYYY-MM-DD` of the China day an instant falls on. */
export function chinaDate(at: Date | number | string): string {
  const ms = typeof at === 'number' ? at : new Date(at).getTime();
  return new Date(ms + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** The `YYYY-MM-DD` `days` after (or before, when negative) `date`. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Days in a month (`month` 1–12): February knows leap years (2024: 29, 2100: 28). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export interface CalendarCell {
  /** `YYYY-MM-DD`. */
  date: string;
  day: number;
  checked: boolean;
  today: boolean;
  future: boolean;
}

/** One week row; `null` pads the days before the 1st and after the last day (weeks start on Monday). */
export type CalendarWeek = (CalendarCell | null)[];

/**
 * The days a streak covers: `streak` days ending today when today is checked in, or ending yesterday when
 * it is not yet (the summary's streak then counts up to yesterday).
 */
export function streakDates(today: string, streak: number, checkedInToday: boolean): string[] {
  const last = checkedInToday ? today : addDays(today, -1);
  return Array.from({ length: Math.max(0, streak) }, (_, i) => addDays(last, -i));
}

/** The China days of the check-ins in a points history (its createdAt is when the check-in happened). */
export function checkinDates(entries: readonly PointsHistoryEntry[]): string[] {
  return entries.filter((e) => e.reason === 'checkin' && e.delta > 0).map((e) => chinaDate(e.createdAt));
}

/** The month of `today` as week rows, each checked day marked. */
export function monthGrid(today: string, checked: Iterable<string>): CalendarWeek[] {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const marks = new Set(checked);
  const days = daysInMonth(year, month);
  // getUTCDay: 0 = Sunday; Monday-first puts Sunday last.
  const lead = (new Date(Date.UTC(year, month - 1, 1)).getUTCDay() + 6) % 7;
  const cells: (CalendarCell | null)[] = Array.from({ length: lead }, () => null);
  for (let day = 1; day <= days; day++) {
    const date = `${today.slice(0, 8)}${String(day).padStart(2, '0')}`;
    cells.push({ date, day, checked: marks.has(date), today: date === today, future: date > today });
  }
  while (cells.length % 7) cells.push(null);
  const weeks: CalendarWeek[] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

export const WEEKDAY_LABELS = ['一', '二', '三', '四', '五', '六', '日'] as const;

/** `+5` / `-100`: a points line says which way the points went. */
export function signedPoints(delta: number): string {
  return delta > 0 ? `+${delta}` : String(delta);
}
