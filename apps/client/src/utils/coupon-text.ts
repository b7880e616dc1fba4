import { formatFen, type CouponRule, type CouponScope, type CouponValidity } from '@livemall/shared';
import { formatMonthDayTime } from './format-time';

/** `85` → `8.5折`, `80` → `8折`: integer arithmetic, no floats. */
export function percentText(payPercent: number): string {
  const whole = Math.floor(payPercent / 10);
  const tenth = payPercent % 10;
  return `${whole}${tenth ? `.${tenth}` : ''}折`;
}

/** The big figure of a coupon card: `¥10.00` off, or `8.5折`. */
export function couponValueText(rule: CouponRule): string {
  return rule.kind === 'amount_off' ? formatFen(rule.amountFen) : percentText(rule.payPercent);
}

/** The rule in one line: `满¥100.00减¥10.00`, `无门槛减¥5.00`, `满¥50.00打8.5折，最多减¥20.00`. */
export function couponRuleText(rule: CouponRule): string {
  const threshold = rule.thresholdFen > 0 ? `满${formatFen(rule.thresholdFen)}` : '无门槛';
  if (rule.kind === 'amount_off') return `${threshold}减${formatFen(rule.amountFen)}`;
  return `${threshold}打${percentText(rule.payPercent)}，最多减${formatFen(rule.capFen)}`;
}

export function couponScopeText(scope: CouponScope): string {
  if (scope.kind === 'all') return '全店通用';
  return scope.kind === 'categories' ? '指定分类可用' : '指定商品可用';
}

/** `减¥12.30`: what a coupon takes off this order. */
export function discountText(fen: number): string {
  return `减${formatFen(fen)}`;
}

/** What the activity price saves against the normal price (`省¥20.00`), or '' when it saves nothing. */
export function savingText(normalFen: number, priceFen: number): string {
  return normalFen > priceFen ? `省${formatFen(normalFen - priceFen)}` : '';
}

/** A template's validity: `11月30日 23:59 前有效` or `领取后 7 天内有效`. */
export function validityText(validity: CouponValidity): string {
  return validity.kind === 'absolute' ? `${formatMonthDayTime(validity.validTo)} 前有效` : `领取后 ${validity.validDays} 天内有效`;
}
