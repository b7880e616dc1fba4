import type { CheckoutQuote } from '@livemall/shared';
import type { MemberBenefits } from './checkout-promotions';

export interface MemberPriced {
  shippingFen: number;
  /** The member discount line, or null when it takes nothing off. */
  discount: CheckoutQuote['discounts'][number] | null;
  /** Each line's member discount, in line order (sums to the discount line). */
  lineDiscounts: number[];
}

/**
 * A member's benefits on a priced catalogue order, after 满减 and the coupon: each line pays
 * `discountPercent`% of what is left of it (the discount rounded down to the fen), never below one fen per
 * unit like every other discount; and shipping is free once the
 * goods come to the level's threshold. Per line, so the lines' discounts sum to the total exactly and a
 * refund of a line gives back its own share.
 */
export function applyMemberBenefits(
  lines: ReadonlyArray<{ priceFen: number; quantity: number }>,
  promoLineDiscounts: readonly number[],
  itemsFen: number,
  shippingFen: number,
  b: MemberBenefits | null,
): MemberPriced {
  if (!b) return { shippingFen, discount: null, lineDiscounts: lines.map(() => 0) };
  const lineDiscounts = lines.map((l, i) => {
    const left = l.priceFen * l.quantity - (promoLineDiscounts[i] ?? 0);
    const off = Math.floor((left * (100 - b.discountPercent)) / 100);
    return Math.max(0, Math.min(off, left - l.quantity));
  });
  const amountFen = lineDiscounts.reduce((sum, d) => sum + d, 0);
  const freeShipping = b.freeShippingFromFen !== null && itemsFen >= b.freeShippingFromFen;
  return { shippingFen: freeShipping ? 0 : shippingFen, discount: amountFen > 0 ? { kind: 'member', label: b.label, amountFen } : null, lineDiscounts };
}
