import type { MemberCard } from '@livemall/shared';
import { benefitTexts, discountText, growthProgress, unreadBadge } from './member-model';

const level = (rank: number, growthFrom: number, discountPercent = 100) => ({ rank, name: `L${rank}`, growthFrom, discountPercent, freeShippingFromFen: null, monthlyCouponTemplateId: null });

const card = (growth: number, over: Partial<MemberCard> = {}): MemberCard => ({
  growth,
  level: level(1, 100),
  next: { rank: 2, name: '金卡', growthFrom: 500, growthNeeded: 500 - growth },
  benefits: { discountPercent: 100, freeShippingFromFen: null, monthlyCoupon: null },
  ...over,
});

describe('member-model', () => {
  it('measures growth from this level to the next, floored', () => {
    expect(growthProgress(card(100)).percent).toBe(0);
    expect(growthProgress(card(300)).percent).toBe(50);
    expect(growthProgress(card(499)).percent).toBe(99);
    expect(growthProgress(card(233)).text).toBe('成长值 233 · 再得 267 升级金卡');
  });

  it('shows the top level full', () => {
    expect(growthProgress(card(9000, { next: null }))).toEqual({ percent: 100, text: '成长值 9000 · 已是最高等级' });
  });

  it('words the benefits the level has', () => {
    expect(discountText(98)).toBe('9.8折');
    expect(discountText(90)).toBe('9折');
    expect(discountText(100)).toBeNull();
    expect(benefitTexts(card(0))).toEqual([]);
    expect(
      benefitTexts(card(0, { benefits: { discountPercent: 95, freeShippingFromFen: 9900, monthlyCoupon: { templateId: '00000000-0000-4000-8000-000000000001', grantedThisMonth: true } } })),
    ).toEqual(['会员价 9.5折', '满¥99.00包邮', '每月礼券 · 本月已发放']);
  });

  it('badges unread counts, capped at 99+', () => {
    expect([unreadBadge(0), unreadBadge(1), unreadBadge(99), unreadBadge(100)]).toEqual([null, '1', '99', '99+']);
  });
});
