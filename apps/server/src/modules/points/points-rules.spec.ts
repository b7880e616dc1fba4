import { DEFAULT_POINTS_RULES } from '@livemall/shared';
import { addMonths, checkinPoints, pointsDeduction, chinaDate, clawbackTarget, dayBefore, purchasePoints, sharePoints, streakBonus, takeFromLots } from './points-rules';

describe('points rules', () => {
  const bonuses = [
    { day: 3, points: 5 },
    { day: 7, points: 20 },
  ];

  it('adds the streak bonus on exactly the listed days', () => {
    expect([1, 2, 3, 4, 6, 7, 8, 14].map((d) => streakBonus(d, bonuses))).toEqual([0, 0, 5, 0, 0, 20, 0, 0]);
    expect(checkinPoints(3, { checkinBasePoints: 5, streakBonuses: bonuses })).toBe(10);
    expect(checkinPoints(7, { checkinBasePoints: 0, streakBonuses: bonuses })).toBe(20);
    expect(checkinPoints(1, { checkinBasePoints: 5, streakBonuses: [] })).toBe(5);
  });

  it('counts days in China time (UTC+8)', () => {
    expect(chinaDate(new Date('2026-01-31T15:59:59Z'))).toBe('2026-01-31');
    expect(chinaDate(new Date('2026-01-31T16:00:00Z'))).toBe('2026-02-01');
    expect(dayBefore('2026-03-01')).toBe('2026-02-28');
    expect(dayBefore('2024-03-01')).toBe('2024-02-29');
  });

  it('purchase points: floor(paid fen / 100 × rate), never negative', () => {
    expect(purchasePoints(12_345, 1)).toBe(123);
    expect(purchasePoints(99, 1)).toBe(0);
    expect(purchasePoints(12_345, 3)).toBe(370);
    expect(purchasePoints(0, 5)).toBe(0);
    expect(purchasePoints(-100, 5)).toBe(0);
  });

  it('refunds take back a cumulative share of what the order earned, all of it once refunded in full', () => {
    expect(clawbackTarget(60, 6_000, 2_000)).toBe(20);
    expect(clawbackTarget(61, 6_000, 2_000)).toBe(20);
    expect(clawbackTarget(61, 6_000, 6_000)).toBe(61);
    expect(clawbackTarget(61, 6_000, 9_000)).toBe(61);
    expect(clawbackTarget(10, 0, 0)).toBe(10);
    // Three partial refunds of a third each add up to everything.
    const steps = [2_000, 4_000, 6_000].map((r) => clawbackTarget(61, 6_000, r));
    expect(steps).toEqual([20, 40, 61]);
  });

  it('share points stop at the daily cap', () => {
    const rules = { sharePoints: 3, shareDailyCapPoints: 10 };
    expect([0, 3, 6, 9, 10, 12].map((earned) => sharePoints(earned, rules))).toEqual([3, 3, 3, 1, 0, 0]);
    expect(sharePoints(0, DEFAULT_POINTS_RULES)).toBe(DEFAULT_POINTS_RULES.sharePoints);
  });

  it('adds calendar months, clamping to the month’s last day', () => {
    expect(addMonths(new Date('2026-01-31T10:00:00Z'), 1).toISOString()).toBe('2026-02-28T10:00:00.000Z');
    expect(addMonths(new Date('2026-01-15T00:00:00Z'), 12).toISOString()).toBe('2027-01-15T00:00:00.000Z');
    expect(addMonths(new Date('2026-11-30T00:00:00Z'), 3).toISOString()).toBe('2027-02-28T00:00:00.000Z');
  });

  it('checkout deduction: converts at the rate, capped by the percent, the room and the balance', () => {
    const rules = { deductionPointsPerYuan: 100, deductionCapPercent: 20 };
    expect(pointsDeduction(5_000, 1_100, 3_000, 2_999, rules)).toEqual({ maxPoints: 600, points: 600, fen: 600 });
    expect(pointsDeduction(250, 1_100, 3_000, 2_999, rules)).toEqual({ maxPoints: 600, points: 250, fen: 250 });
    expect(pointsDeduction(5_000, 100, 3_000, 2_999, rules)).toEqual({ maxPoints: 100, points: 100, fen: 100 });
    expect(pointsDeduction(5_000, 1_100, 3_000, 40, rules)).toEqual({ maxPoints: 40, points: 40, fen: 40 });
    // 10 points a yuan: 25 points buy 250 fen; 7 points buy 70 fen; the cap 600 fen costs 60 points.
    const ten = { deductionPointsPerYuan: 10, deductionCapPercent: 20 };
    expect(pointsDeduction(25, 1_000, 3_000, 2_999, ten)).toEqual({ maxPoints: 60, points: 25, fen: 250 });
    // 150 points a yuan: 100 points buy 66 fen, which cost 99 points (never more than asked).
    const odd = { deductionPointsPerYuan: 150, deductionCapPercent: 100 };
    expect(pointsDeduction(100, 1_000, 3_000, 2_999, odd)).toEqual({ maxPoints: 999, points: 99, fen: 66 });
    expect(pointsDeduction(100, 1_000, 3_000, 2_999, { deductionPointsPerYuan: 0, deductionCapPercent: 20 })).toEqual({ maxPoints: 0, points: 0, fen: 0 });
    expect(pointsDeduction(100, 1_000, 3_000, 2_999, { deductionPointsPerYuan: 100, deductionCapPercent: 0 })).toEqual({ maxPoints: 0, points: 0, fen: 0 });
  });

  it('spends from the lots in the order given, each giving all it has before the next', () => {
    const lots = [
      { id: '1', remaining: 5 },
      { id: '2', remaining: 10 },
      { id: '3', remaining: 7 },
    ];
    expect(takeFromLots(lots, 12)).toEqual([
      { id: '1', take: 5 },
      { id: '2', take: 7 },
    ]);
    expect(takeFromLots(lots, 22)).toHaveLength(3);
    expect(() => takeFromLots(lots, 23)).toThrow(/short by 1/);
  });
});
