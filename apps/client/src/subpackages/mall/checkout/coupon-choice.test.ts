import type { CheckoutQuote } from '@livemall/shared';
import { myCoupon } from '@/test/marketing-fixtures';
import { couponField, couponForOrder, couponOptions, couponSummary } from './coupon-choice';

const coupon = (n: number, name: string) => myCoupon(n, { name });
const big = coupon(1, '满100减10');
const small = coupon(2, '满100减5');
const quote = (appliedCouponId: string | null): Pick<CheckoutQuote, 'coupons' | 'appliedCouponId' | 'suggestedCouponId' | 'discounts'> => ({
  coupons: [
    { coupon: big, discountFen: 1000 },
    { coupon: small, discountFen: 500 },
  ],
  suggestedCouponId: big.id,
  appliedCouponId,
  discounts: [],
});

describe('coupon choice at checkout', () => {
  it('lists the usable coupons with what each takes off, then 不使用优惠券, marking the applied one', () => {
    const rows = couponOptions(quote(big.id));
    expect(rows.map((r) => [r.title, r.discountText, r.selected, r.suggested])).toEqual([
      ['满100减10', '减¥10.00', true, true],
      ['满100减5', '减¥5.00', false, false],
      ['不使用优惠券', null, false, false],
    ]);
    expect(rows[0]!.detail).toContain('满¥100.00减¥10.00');
    expect(couponOptions(quote(null)).at(-1)!.selected).toBe(true);
  });

  it('sums up the coupon row', () => {
    expect(couponSummary(quote(small.id))).toBe('-¥5.00');
    expect(couponSummary(quote(null))).toBe('2 张可用');
    expect(couponSummary({ coupons: [], appliedCouponId: null, discounts: [] })).toBe('暂无可用');
  });

  it('leaves the choice to the server until the buyer picks, and orders with what the figures include', () => {
    expect(couponField(undefined)).toEqual({});
    expect(couponField(null)).toEqual({ couponId: null });
    expect(couponField(small.id)).toEqual({ couponId: small.id });
    expect(couponForOrder(quote(big.id), undefined)).toBe(big.id);
    expect(couponForOrder(quote(null), small.id)).toBeNull();
    expect(couponForOrder(null, small.id)).toBe(small.id);
  });
});
