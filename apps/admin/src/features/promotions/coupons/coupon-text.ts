import { formatFen, type CouponRule, type CouponScope, type CouponValidity } from '@livemall/shared';
import { shortTime } from '../common/window';

/** "满 ¥99.90 减 ¥5.00", "8.5 折，最多减 ¥20.00", "无门槛减 ¥3.00". */
export function ruleText(r: CouponRule): string {
  const from = r.thresholdFen > 0 ? `满 ${formatFen(r.thresholdFen)} ` : '无门槛';
  if (r.kind === 'amount_off') return `${from}减 ${formatFen(r.amountFen)}`;
  return `${from}${r.payPercent / 10} 折，最多减 ${formatFen(r.capFen)}`;
}

export const validityText = (v: CouponValidity) =>
  v.kind === 'relative' ? `领取后 ${v.validDays} 天内` : `${shortTime(v.validFrom)} 至 ${shortTime(v.validTo)}`;

export const scopeText = (s: CouponScope) =>
  s.kind === 'all' ? '全店' : s.kind === 'goods' ? `指定 ${s.ids.length} 件商品` : `指定 ${s.ids.length} 个分类`;
