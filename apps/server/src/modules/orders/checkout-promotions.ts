import { Injectable } from '@nestjs/common';
import type { CheckoutQuote } from '@livemall/shared';
import type { EntityManager } from 'typeorm';

/** A catalogue line being priced: what promotions need to know of it. */
export interface PromotionLine {
  skuId: string;
  goodsId: string;
  priceFen: number;
  quantity: number;
}

export interface PromotionAsk {
  userId: string;
  merchantId: string;
  lines: readonly PromotionLine[];
  /** A coupon id, `null` for none, `undefined` to take the best. */
  couponId: string | null | undefined;
  /** Points the buyer wants to pay with (undefined: none asked). */
  pointsToUse?: number | undefined;
  /** Inside the order's transaction when creating; absent for a quote. */
  m?: EntityManager;
}

export interface PromotionResult {
  discounts: CheckoutQuote['discounts'];
  /** Each line's whole discount, in line order (sums to the discounts). */
  lineDiscounts: number[];
  coupons: CheckoutQuote['coupons'];
  suggestedCouponId: string | null;
  appliedCouponId: string | null;
  /** Set by the points stage when points were asked for. */
  points?: CheckoutQuote['points'];
}

/**
 * What takes money off a catalogue order (满减, coupons; then the stages, e.g. points). Implemented by the coupons feature, which
 * registers itself here at boot, so the orders module does not depend on it; without it, nothing is off.
 */
export interface PromotionsProvider {
  price(ask: PromotionAsk): Promise<PromotionResult>;
  /** Marks the applied coupon used by this order, in its transaction; throws if another order got it first. */
  redeem(m: EntityManager, userId: string, couponId: string, orderId: string): Promise<void>;
}

/** A member's benefits at checkout: what share of the goods price they pay, and free shipping from a goods amount. */
export interface MemberBenefits {
  /** Shown on the discount line, e.g. `黄金会员 98折`. */
  label: string;
  /** Percent of the price paid after 满减 and coupon: 98 = 2% off; 100 = none. */
  discountPercent: number;
  /** Shipping is free when the goods come to this many fen; null: the usual rule. */
  freeShippingFromFen: number | null;
}

/** Implemented by the members feature; without it, nobody has member benefits. */
export interface MemberBenefitsProvider {
  benefitsOf(userId: string, m?: EntityManager): Promise<MemberBenefits | null>;
}

/**
 * A later step (points) that takes more off after the provider's 满减 and coupon, from what is left, and
 * spends what it priced in the order's transaction. Stages run in the order they registered.
 */
export interface PromotionStage {
  price(ask: PromotionAsk, before: PromotionResult): Promise<PromotionResult>;
  /** Throws to refuse the order (the transaction rolls back). */
  commit(m: EntityManager, userId: string, orderId: string, result: PromotionResult): Promise<void>;
}

const NONE: PromotionsProvider = {
  price: async (ask) => ({ discounts: [], lineDiscounts: ask.lines.map(() => 0), coupons: [], suggestedCouponId: null, appliedCouponId: null }),
  redeem: async () => undefined,
};

@Injectable()
export class CheckoutPromotions {
  private provider: PromotionsProvider = NONE;
  private members: MemberBenefitsProvider = { benefitsOf: async () => null };
  private readonly stages: PromotionStage[] = [];

  use(provider: PromotionsProvider): void {
    this.provider = provider;
  }

  useMembers(provider: MemberBenefitsProvider): void {
    this.members = provider;
  }

  memberBenefits(userId: string, m?: EntityManager): Promise<MemberBenefits | null> {
    return this.members.benefitsOf(userId, m);
  }

  /** Adds a step after the provider (coupons first, then points). */
  addStage(stage: PromotionStage): void {
    this.stages.push(stage);
  }

  async price(ask: PromotionAsk): Promise<PromotionResult> {
    let result = await this.provider.price(ask);
    for (const stage of this.stages) result = await stage.price(ask, result);
    return result;
  }

  async commit(m: EntityManager, userId: string, orderId: string, result: PromotionResult): Promise<void> {
    for (const stage of this.stages) await stage.commit(m, userId, orderId, result);
  }

  redeem(m: EntityManager, userId: string, couponId: string, orderId: string): Promise<void> {
    return this.provider.redeem(m, userId, couponId, orderId);
  }
}
