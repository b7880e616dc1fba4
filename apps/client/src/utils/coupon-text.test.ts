import type { CouponRule } from '@livemall/shared';
import { couponRuleText, couponScopeText, couponValueText, discountText, percentText, savingText, validityText } from './coupon-text';

const amount = (thresholdFen: number, amountFen: number): CouponRule => ({ kind: 'amount_off', thresholdFen, amountFen });
const percent = (payPercent: number, capFen: number, thresholdFen = 0): CouponRule => ({ kind: 'percent_off', thresholdFen, payPercent, capFen });

describe('coupon text', () => {
  it('writes discounts as 折 without floats', () => {
    expect(percentText(85)).toBe('8.5折');
    expect(percentText(80)).toBe('8折');
    expect(percentText(99)).toBe('9.9折');
    expect(percentText(5)).toBe('0.5折');
  });

  it('writes the big figure and the rule line in fen-exact yuan', () => {
    expect(couponValueText(amount(10000, 1000))).toBe('¥10.00');
    expect(couponValueText(percent(85, 2000))).toBe('8.5折');
    expect(couponRuleText(amount(10000, 1005))).toBe('满¥100.00减¥10.05');
    expect(couponRuleText(amount(0, 500))).toBe('无门槛减¥5.00');
    expect(couponRuleText(percent(85, 2000, 5000))).toBe('满¥50.00打8.5折，最多减¥20.00');
  });

  it('names the scope and the amounts saved', () => {
    expect(couponScopeText({ kind: 'all' })).toBe('全店通用');
    expect(couponScopeText({ kind: 'goods', ids: ['x'] })).toBe('指定商品可用');
    expect(discountText(1)).toBe('减¥0.01');
    expect(savingText(9900, 5900)).toBe('省¥40.00');
    expect(savingText(5900, 5900)).toBe('');
    expect(validityText({ kind: 'relative', validDays: 7 })).toBe('领取后 7 天内有效');
    expect(validityText({ kind: 'absolute', validFrom: '2026-11-01T00:00:00.000Z', validTo: '2026-11-30T00:00:00.000Z' })).toMatch(/^11月(29|30)日 \d\d:\d\d 前有效$/);
  });
});
