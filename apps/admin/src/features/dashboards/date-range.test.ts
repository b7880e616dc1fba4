import { lastDays, rangeDays, rangeProblem, shanghaiToday } from './date-range';

describe('the dashboard date range', () => {
  it('counts days in Beijing, so just after Beijing midnight it is already the next day', () => {
    const now = new Date('2026-12-06T16:30:00Z'); // 00:30 on the 7th in Beijing
    expect(shanghaiToday(now)).toBe('2026-12-07');
    expect(lastDays(7, now)).toEqual({ from: '2026-12-01', to: '2026-12-07' });
    expect(lastDays(7, new Date('2026-12-06T15:59:00Z'))).toEqual({ from: '2026-11-30', to: '2026-12-06' });
  });

  it('crosses months and leap days', () => {
    expect(lastDays(3, new Date('2028-03-01T04:00:00Z'))).toEqual({ from: '2028-02-28', to: '2028-03-01' });
    expect(rangeDays({ from: '2028-01-01', to: '2028-12-31' })).toBe(366);
  });

  it('allows 366 days, refuses 367 and a reversed range in words', () => {
    expect(rangeProblem({ from: '2028-01-01', to: '2028-12-31' })).toBeNull();
    expect(rangeProblem({ from: '2026-12-07', to: '2026-12-07' })).toBeNull();
    expect(rangeProblem({ from: '2025-01-01', to: '2026-01-02' })).toBe('日期范围最多 366 天，当前选择了 367 天，请缩短范围');
    expect(rangeProblem({ from: '2026-12-08', to: '2026-12-07' })).toBe('开始日期不能晚于结束日期');
  });
});
