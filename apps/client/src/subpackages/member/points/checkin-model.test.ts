import type { PointsHistoryEntry } from '@livemall/shared';
import { addDays, checkinDates, chinaDate, daysInMonth, monthGrid, signedPoints, streakDates } from './checkin-model';

describe('checkin-model', () => {
  it('counts days by China time (UTC+8)', () => {
    expect(chinaDate('2026-11-21T15:59:59.000Z')).toBe('2026-11-21');
    expect(chinaDate('2026-11-21T16:00:00.000Z')).toBe('2026-11-22');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
  });

  it('knows month lengths, leap years included', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2026, m))).toEqual([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
  });

  it('lays a month out in Monday-first weeks with blanks around it', () => {
    // 1 Nov 2026 is a Sunday: six blanks, then 30 days, then five blanks.
    const weeks = monthGrid('2026-11-22', []);
    expect(weeks).toHaveLength(6);
    expect(weeks[0]!.slice(0, 6)).toEqual([null, null, null, null, null, null]);
    expect(weeks[0]![6]!.date).toBe('2026-11-01');
    const days = weeks.flat().filter((c) => c !== null);
    expect(days).toHaveLength(30);
    expect(days.at(-1)!.date).toBe('2026-11-30');
    expect(weeks.every((w) => w.length === 7)).toBe(true);
    expect(days.filter((c) => c.today).map((c) => c.day)).toEqual([22]);
    expect(days.filter((c) => c.future)).toHaveLength(8);
    // February 2021 starts on a Monday and has exactly four weeks.
    expect(monthGrid('2021-02-10', [])).toHaveLength(4);
    expect(monthGrid('2024-02-10', []).flat().filter(Boolean)).toHaveLength(29);
  });

  it('marks the streak ending today once checked in, else ending yesterday', () => {
    expect(streakDates('2026-11-02', 3, true)).toEqual(['2026-11-02', '2026-11-01', '2026-10-31']);
    expect(streakDates('2026-11-02', 2, false)).toEqual(['2026-11-01', '2026-10-31']);
    expect(streakDates('2026-11-02', 0, false)).toEqual([]);
    const marked = monthGrid('2026-11-02', streakDates('2026-11-02', 3, true)).flat().filter((c) => c?.checked);
    // October's day is not in November's grid.
    expect(marked.map((c) => c!.day)).toEqual([1, 2]);
  });

  it('finds check-in days in the history by their China day', () => {
    const entry = (reason: PointsHistoryEntry['reason'], createdAt: string, delta = 5): PointsHistoryEntry => ({ id: createdAt, delta, reason, reference: 'x', balanceAfter: 10, createdAt });
    expect(checkinDates([entry('checkin', '2026-11-09T17:00:00.000Z'), entry('gift', '2026-11-10T01:00:00.000Z', -5), entry('checkin', '2026-11-12T01:00:00.000Z')])).toEqual(['2026-11-10', '2026-11-12']);
  });

  it('signs points', () => {
    expect([signedPoints(5), signedPoints(-100), signedPoints(0)]).toEqual(['+5', '-100', '0']);
  });
});
