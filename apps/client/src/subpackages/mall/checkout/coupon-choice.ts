import { formatFen, type CheckoutQuote } from '@livemall/shared';
import { couponRuleText, discountText } from '@/utils/coupon-text';
import { formatMonthDayTime } from '@/utils/format-time';

/**
 * The buyer's coupon choice at checkout: `undefined` until they pick (the server applies its suggestion),
 * a coupon id, or `null` for 不使用优惠券. It travels as the quote's and the order's `couponId`.
 */
export type CouponChoice = string | null | undefined;

export interface CouponOption {
  /** null: 不使用优惠券. */
  id: string | null;
  title: string;
  detail: string;
  /** What it takes off this order (null for "none"). */
  discountText: string | null;
  selected: boolean;
  suggested: boolean;
}

/** The picker's rows: every usable coupon, best first as the server ordered them, then 不使用优惠券. */
export function couponOptions(quote: Pick<CheckoutQuote, 'coupons' | 'appliedCouponId' | 'suggestedCouponId'>): CouponOption[] {
  const rows: CouponOption[] = quote.coupons.map(({ coupon, discountFen }) => ({
    id: coupon.id,
    title: coupon.name,
    detail: `${couponRuleText(coupon.rule)} · ${formatMonthDayTime(coupon.validTo)}前有效`,
    discountText: discountText(discountFen),
    selected: coupon.id === quote.appliedCouponId,
    suggested: coupon.id === quote.suggestedCouponId,
  }));
  rows.push({ id: null, title: '不使用优惠券', detail: '', discountText: null, selected: quote.appliedCouponId === null, suggested: false });
  return rows;
}

/** The coupon row of the checkout: `-¥10.00` for the applied one, else how many are usable. */
export function couponSummary(quote: Pick<CheckoutQuote, 'coupons' | 'appliedCouponId' | 'discounts'>): string {
  const applied = quote.coupons.find((c) => c.coupon.id === quote.appliedCouponId);
  if (applied) return `-${formatFen(applied.discountFen)}`;
  if (quote.coupons.length === 0) return '暂无可用';
  return `${quote.coupons.length} 张可用`;
}

/** The `couponId` field of a quote request: absent while the server's suggestion stands. */
export function couponField(choice: CouponChoice): { couponId?: string | null } {
  return choice === undefined ? {} : { couponId: choice };
}

/**
 * The coupon the order uses: the one the figures on screen include, so the order costs what was shown
 * (asking the server to choose again could pick another if my coupons changed meanwhile).
 */
export function couponForOrder(quote: Pick<CheckoutQuote, 'appliedCouponId'> | null, choice: CouponChoice): string | null | undefined {
  if (quote) return quote.appliedCouponId;
  return choice;
}
