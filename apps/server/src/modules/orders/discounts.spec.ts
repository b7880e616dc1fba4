import type { CouponRule } from '@livemall/shared';
import { allocate, couponAmount, priceLines, refundAmount, tierAmount, type PricingLine } from './discounts';

const TIERS = [
  { thresholdFen: 10_000, amountFen: 1_000 },
  { thresholdFen: 20_000, amountFen: 2_500 },
];
const line = (priceFen: number, quantity: number, goodsId = 'g1', categoryId: string | null = 'c1'): PricingLine => ({ goodsId, categoryId, priceFen, quantity });
const amountOff = (thresholdFen: number, amountFen: number): CouponRule => ({ kind: 'amount_off', thresholdFen, amountFen });

/** A small deterministic generator, so a failure replays. */
function lcg(seed: number) {
  let s = seed >>> 0;
  return (max: number) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s % max;
  };
}

describe('tierAmount', () => {
  it('takes the highest tier reached, none below the first', () => {
    expect(tierAmount(TIERS, 9_999)).toBe(0);
    expect(tierAmount(TIERS, 10_000)).toBe(1_000);
    expect(tierAmount(TIERS, 19_999)).toBe(1_000);
    expect(tierAmount(TIERS, 20_000)).toBe(2_500);
  });
});

describe('couponAmount', () => {
  it('amount off needs its threshold; 0 is no threshold', () => {
    expect(couponAmount(amountOff(5_000, 500), 4_999)).toBe(0);
    expect(couponAmount(amountOff(5_000, 500), 5_000)).toBe(500);
    expect(couponAmount(amountOff(0, 500), 300)).toBe(300);
  });
  it('percent off pays that percent, floored, and capped', () => {
    const rule: CouponRule = { kind: 'percent_off', thresholdFen: 0, payPercent: 85, capFen: 1_000 };
    expect(couponAmount(rule, 1_999)).toBe(299); // 15% of 1,999 = 299.85
    expect(couponAmount(rule, 100_000)).toBe(1_000);
  });
});

describe('allocate', () => {
  it('splits by largest remainder, exact sum, earlier line on ties', () => {
    expect(allocate(10, [1, 1, 1], [10, 10, 10])).toEqual([4, 3, 3]);
    expect(allocate(100, [300, 200, 500], [1000, 1000, 1000])).toEqual([30, 20, 50]);
  });
  it('never passes a cap, moving the excess to the others', () => {
    expect(allocate(10, [1, 1], [2, 100])).toEqual([2, 8]);
  });
  it('keeps the sum and the caps on many random inputs', () => {
    const rnd = lcg(7);
    for (let run = 0; run < 2_000; run++) {
      const n = 1 + rnd(6);
      const weights = Array.from({ length: n }, () => rnd(10_000));
      const caps = weights.map((w) => Math.max(0, w - rnd(50)));
      const capSum = caps.reduce((a, b) => a + b, 0);
      const total = capSum === 0 ? 0 : rnd(capSum + 1);
      const shares = allocate(total, weights, caps);
      expect(shares.reduce((a, b) => a + b, 0)).toBe(total);
      shares.forEach((s, i) => {
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(caps[i] as number);
      });
    }
  });
  it('refuses more than the caps allow', () => {
    expect(() => allocate(11, [1, 1], [5, 5])).toThrow(RangeError);
  });
});

describe('priceLines (满减 first, then the coupon on the amount after it)', () => {
  const fr = [{ id: 'fr', name: '满100减10', tiers: TIERS }];

  it('applies the tier on the items subtotal and splits it exactly', () => {
    const lines = [line(3_333, 3), line(1_001, 1, 'g2')]; // 9,999 + 1,001 = ¥110
    const p = priceLines(lines, fr, null);
    expect(p.fullReduction?.amountFen).toBe(1_000);
    expect(p.lineDiscounts).toEqual([909, 91]);
    expect(priceLines([line(3_333, 3), line(10_001, 1, 'g2')], fr, null).discountFen).toBe(2_500); // ¥200 tier
  });

  it('checks the coupon threshold after 满减: 200 − 25 = 175 misses a 180 threshold', () => {
    const lines = [line(20_000, 1)];
    const miss = priceLines(lines, fr, { id: 'c', name: 'c', rule: amountOff(18_000, 2_000), scope: { kind: 'all' } });
    expect(miss.couponVerdict).toEqual({ ok: false, why: 'threshold' });
    expect(miss.discountFen).toBe(2_500);
    const hit = priceLines(lines, fr, { id: 'c', name: 'c', rule: amountOff(17_500, 2_000), scope: { kind: 'all' } });
    expect(hit.coupon?.amountFen).toBe(2_000);
    expect(hit.discountFen).toBe(4_500);
  });

  it('puts a scoped coupon on its lines only', () => {
    const lines = [line(5_000, 1, 'g1', 'shoes'), line(5_000, 1, 'g2', 'hats')];
    const p = priceLines(lines, [], { id: 'c', name: 'c', rule: amountOff(0, 700), scope: { kind: 'categories', ids: ['hats'] } });
    expect(p.lineDiscounts).toEqual([0, 700]);
    const none = priceLines(lines, [], { id: 'c', name: 'c', rule: amountOff(0, 700), scope: { kind: 'goods', ids: ['g9'] } });
    expect(none.couponVerdict).toEqual({ ok: false, why: 'scope' });
  });

  it('leaves every unit at least one fen however big the discount', () => {
    const lines = [line(100, 3), line(50, 2, 'g2')];
    const p = priceLines(lines, [], { id: 'c', name: 'c', rule: amountOff(0, 100_000), scope: { kind: 'all' } });
    expect(p.discountFen).toBe(400 - 5);
    expect(p.lineDiscounts).toEqual([297, 98]);
  });
});

describe('refundAmount', () => {
  it('refunds of every unit sum to what the line was paid, in any grouping', () => {
    const rnd = lcg(42);
    for (let run = 0; run < 1_000; run++) {
      const n = 1 + rnd(9);
      const priceFen = 1 + rnd(5_000);
      const discountFen = rnd(priceFen * n - n + 1);
      const item = { priceFen, quantity: n, discountFen };
      let claimed = 0;
      let refunded = 0;
      while (claimed < n) {
        const q = 1 + rnd(n - claimed);
        const amount = refundAmount(item, claimed, q);
        expect(amount).toBeGreaterThanOrEqual(q);
        refunded += amount;
        claimed += q;
      }
      expect(refunded).toBe(priceFen * n - discountFen);
    }
  });
  it('gives back 1 of 3 units of a ¥100 line with ¥10 off: ¥100 − ¥3.33', () => {
    expect(refundAmount({ priceFen: 10_000, quantity: 3, discountFen: 1_000 }, 0, 1)).toBe(9_667);
    expect(refundAmount({ priceFen: 10_000, quantity: 3, discountFen: 1_000 }, 1, 2)).toBe(19_333);
  });
});
