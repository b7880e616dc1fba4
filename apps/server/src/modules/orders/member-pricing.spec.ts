import { applyMemberBenefits } from './member-pricing';

const gold = { label: '黄金会员 9.5折', discountPercent: 95, freeShippingFromFen: 4_900 };

describe('member benefits at checkout', () => {
  it('takes the percent off what is left of each line after 满减 and coupon, rounded down per line', () => {
    // Lines 2 × 10.00 and 1 × 33.33; the coupon already took 3.00 off the first.
    const r = applyMemberBenefits([{ priceFen: 1_000, quantity: 2 }, { priceFen: 3_333, quantity: 1 }], [300, 0], 5_333, 800, gold);
    expect(r.lineDiscounts).toEqual([85, 166]);
    expect(r.discount).toEqual({ kind: 'member', label: '黄金会员 9.5折', amountFen: 251 });
  });

  it('waives shipping from the level threshold, on the goods amount before discounts', () => {
    expect(applyMemberBenefits([{ priceFen: 4_900, quantity: 1 }], [0], 4_900, 800, gold).shippingFen).toBe(0);
    expect(applyMemberBenefits([{ priceFen: 4_899, quantity: 1 }], [0], 4_899, 800, gold).shippingFen).toBe(800);
    expect(applyMemberBenefits([{ priceFen: 4_899, quantity: 1 }], [0], 4_899, 800, { ...gold, freeShippingFromFen: null }).shippingFen).toBe(800);
  });

  it('keeps a fen per unit and takes nothing without benefits', () => {
    expect(applyMemberBenefits([{ priceFen: 5, quantity: 3 }], [12], 15, 800, { ...gold, discountPercent: 50 }).lineDiscounts).toEqual([0]);
    expect(applyMemberBenefits([{ priceFen: 1_000, quantity: 1 }], [0], 1_000, 800, null)).toEqual({ shippingFen: 800, discount: null, lineDiscounts: [0] });
    expect(applyMemberBenefits([{ priceFen: 1_000, quantity: 1 }], [0], 1_000, 800, { ...gold, discountPercent: 100 }).discount).toBeNull();
  });
});
