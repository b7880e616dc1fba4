import { chinaYearMonth, growthForPaid, levelFor, maskPhone, monthlyCouponKey, nextLevel, zhe } from './level-rules';

const levels = [
  { rank: 0, name: '普通', growthFrom: 0 },
  { rank: 1, name: '白银', growthFrom: 500 },
  { rank: 2, name: '黄金', growthFrom: 2000 },
];

describe('member level rules', () => {
  it('earns one growth per whole yuan paid', () => {
    expect([growthForPaid(0), growthForPaid(99), growthForPaid(100), growthForPaid(12_345), growthForPaid(-5)]).toEqual([0, 0, 1, 123, 0]);
  });

  it('places a growth at the highest level it reaches, thresholds inclusive', () => {
    expect([0, 499, 500, 1999, 2000, 99_999].map((g) => levelFor(levels, g).name)).toEqual(['普通', '普通', '白银', '白银', '黄金', '黄金']);
  });

  it('names the next level and the growth missing, none at the top', () => {
    expect(nextLevel(levels, 0)).toEqual({ level: levels[1], growthNeeded: 500 });
    expect(nextLevel(levels, 1_999)).toEqual({ level: levels[2], growthNeeded: 1 });
    expect(nextLevel(levels, 2_000)).toBeNull();
  });

  it('keys the monthly coupon by level and China-time month', () => {
    // 2026-11-30 16:30 UTC is already 1 December in China.
    expect(chinaYearMonth(new Date('2026-11-30T15:59:00Z'))).toBe('2026-11');
    expect(chinaYearMonth(new Date('2026-11-30T16:30:00Z'))).toBe('2026-12');
    expect(monthlyCouponKey(2, '2026-12')).toBe('level:2:2026-12');
  });

  it('masks a phone number', () => {
    expect([maskPhone('13800138000'), maskPhone('85291234')]).toEqual(['138****8000', '******34']);
  });

  it('says a discount the way a price tag does', () => {
    expect([zhe(98), zhe(95), zhe(90), zhe(100)]).toEqual(['9.8折', '9.5折', '9折', '10折']);
  });
});
