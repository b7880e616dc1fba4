import { formatFen, type MemberCard } from '@livemall/shared';

export interface GrowthProgress {
  /** 0–100, floored: the bar never shows full before the level is reached. */
  percent: number;
  text: string;
}

/** How far the growth is from this level's threshold to the next one's; the top level is full. */
export function growthProgress(card: MemberCard): GrowthProgress {
  if (!card.next) return { percent: 100, text: `成长值 ${card.growth} · 已是最高等级` };
  const span = card.next.growthFrom - card.level.growthFrom;
  const done = card.growth - card.level.growthFrom;
  const percent = span > 0 ? Math.min(100, Math.max(0, Math.floor((done * 100) / span))) : 0;
  return { percent, text: `成长值 ${card.growth} · 再得 ${card.next.growthNeeded} 升级${card.next.name}` };
}

/** `98` → `9.8折`, `90` → `9折`; 100 is no discount. */
export function discountText(percent: number): string | null {
  if (percent >= 100) return null;
  return `${percent % 10 === 0 ? percent / 10 : (percent / 10).toFixed(1)}折`;
}

/** The card's benefits in words, the ones this level has. */
export function benefitTexts(card: MemberCard): string[] {
  const out: string[] = [];
  const discount = discountText(card.benefits.discountPercent);
  if (discount) out.push(`会员价 ${discount}`);
  const free = card.benefits.freeShippingFromFen;
  if (free !== null) out.push(free === 0 ? '包邮' : `满${formatFen(free)}包邮`);
  const coupon = card.benefits.monthlyCoupon;
  if (coupon) out.push(coupon.grantedThisMonth ? '每月礼券 · 本月已发放' : '每月礼券');
  return out;
}

/** The inbox badge: nothing at 0, the count up to 99, then `99+`. */
export function unreadBadge(count: number): string | null {
  if (count <= 0) return null;
  return count > 99 ? '99+' : String(count);
}
