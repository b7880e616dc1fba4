import { tierProblem, tiersInFen } from './tiers';

describe('满减 tiers', () => {
  it('accepts ascending tiers and converts them to exact fen', () => {
    const tiers = [
      { threshold: '99.9', off: '10' },
      { threshold: '199.99', off: '25.5' },
    ];
    expect(tierProblem(tiers)).toBeNull();
    expect(tiersInFen(tiers)).toEqual([
      { thresholdFen: 9990, amountFen: 1000 },
      { thresholdFen: 19999, amountFen: 2550 },
    ]);
  });

  it.each([
    [[], '请至少添加一档满减'],
    [[{ threshold: '', off: '1' }], '第 1 档：请填写门槛金额（元，最多两位小数）'],
    [[{ threshold: '100', off: '1.001' }], '第 1 档：请填写减免金额（元，最多两位小数）'],
    [[{ threshold: '100', off: '100' }], '第 1 档：减免金额须低于门槛金额'],
    [[{ threshold: '200', off: '20' }, { threshold: '100', off: '30' }], '第 2 档：门槛须高于上一档（请按从低到高填写）'],
    [[{ threshold: '100', off: '20' }, { threshold: '100', off: '30' }], '第 2 档：门槛须高于上一档（请按从低到高填写）'],
    [[{ threshold: '100', off: '20' }, { threshold: '200', off: '20' }], '第 2 档：减免须多于上一档'],
    [Array.from({ length: 6 }, (_, i) => ({ threshold: String((i + 1) * 100), off: String(i + 1) })), '最多 5 档'],
  ])('refuses %j in words', (tiers, words) => {
    expect(tierProblem(tiers)).toBe(words);
  });
});
