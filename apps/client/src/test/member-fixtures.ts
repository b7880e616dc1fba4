import type { FavouriteGoods, GoodsSummary, MemberCard, Notification, PointsHistoryEntry, PointsSummary, Profile } from '@livemall/shared';
import { DEFAULT_POINTS_RULES } from '@livemall/shared';
import { uuid } from './marketing-fixtures';

/** Contract-valid member objects for component tests (every response the fake serves is parsed). */
export function memberCard(over: Partial<MemberCard> = {}): MemberCard {
  return {
    growth: 300,
    level: { rank: 1, name: '银卡', growthFrom: 100, discountPercent: 98, freeShippingFromFen: 9900, monthlyCouponTemplateId: null },
    next: { rank: 2, name: '金卡', growthFrom: 500, growthNeeded: 200 },
    benefits: { discountPercent: 98, freeShippingFromFen: 9900, monthlyCoupon: null },
    ...over,
  };
}

export function pointsSummary(over: Partial<PointsSummary> = {}): PointsSummary {
  return {
    balance: 120,
    expiringSoon: null,
    checkin: { checkedInToday: false, streak: 2, nextPoints: 10 },
    rules: DEFAULT_POINTS_RULES,
    ...over,
  };
}

export function historyEntry(n: number, over: Partial<PointsHistoryEntry> = {}): PointsHistoryEntry {
  return { id: `h${n}`, delta: 5, reason: 'checkin', reference: '2026-11-20', balanceAfter: 100 + n, createdAt: '2026-11-20T01:00:00.000Z', ...over };
}

export function notification(n: number, over: Partial<Notification> = {}): Notification {
  return {
    id: uuid(500 + n),
    kind: 'order_shipped',
    title: `订单已发货${n}`,
    body: '顺丰 SF100',
    link: null,
    createdAt: '2026-11-21T02:00:00.000Z',
    readAt: null,
    ...over,
  };
}

export function goodsSummary(n: number, over: Partial<GoodsSummary> = {}): GoodsSummary {
  return { id: uuid(300 + n), merchantId: uuid(900), title: `好物${n}`, coverUrl: null, priceFen: 1000 * n, stock: 5, ...over };
}

export function favourite(n: number): FavouriteGoods {
  return { goods: goodsSummary(n), at: '2026-11-21T02:00:00.000Z' };
}

export function profile(over: Partial<Profile> = {}): Profile {
  return { id: uuid(1), nickname: '小明', avatarUrl: null, phoneMasked: null, birthday: null, levelName: '银卡', ...over };
}
