import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import type { CheckoutQuote } from '@livemall/shared';
import type { EntityManager } from 'typeorm';
import { CheckoutPromotions, type PromotionAsk, type PromotionResult, type PromotionsProvider } from '../orders/checkout-promotions';
import { type CouponPick, evaluateCoupon, applyFullReduction, type PricingLine, priceLines } from '../orders/discounts';
import { OrderLifecycle } from '../orders/order-lifecycle';
import { OrdersRepository } from '../orders/orders.repository';
import { toMyCoupon } from './coupon.mapper';
import { couponErrors } from './coupons.errors';
import { CouponsRepository, type CouponRow } from './coupons.repository';
import { CouponsService } from './coupons.service';

const pick = (c: CouponRow): CouponPick => ({ id: c.id, name: c.name, rule: c.rule, scope: c.scope });

/**
 * 满减 and coupons at checkout (catalogue orders; activity orders never come here), and the coupon's way
 * back: an order cancelled, or refunded item by item to the last unit, returns its coupon to its owner.
 */
@Injectable()
export class CouponPricing implements PromotionsProvider, OnModuleInit {
  private readonly log = new Logger('CouponPricing');

  constructor(
    private readonly repo: CouponsRepository,
    private readonly coupons: CouponsService,
    private readonly promotions: CheckoutPromotions,
    private readonly lifecycle: OrderLifecycle,
    private readonly orders: OrdersRepository,
  ) {}

  onModuleInit(): void {
    this.promotions.use(this);
    this.lifecycle.listen({
      cancelled: (m, order) => this.giveBack(m, order.id, order.couponId),
      refunded: async (m, order) => {
        if (!order.couponId || order.status === 'cancelled') return;
        const items = await this.orders.items([order.id], m);
        if (items.every((i) => i.refundedQuantity >= i.quantity)) await this.giveBack(m, order.id, order.couponId);
      },
      // A cancelled order paid late is revived at its discounted price: it takes its coupon again if it can.
      paid: async (m, order) => {
        if (order.status !== 'cancelled' || !order.couponId) return;
        if (!(await this.repo.retake(m, order.couponId, order.id))) this.log.warn(`order ${order.id} revived without its coupon ${order.couponId} (used elsewhere meanwhile)`);
      },
    });
  }

  async price(ask: PromotionAsk): Promise<PromotionResult> {
    const m = ask.m;
    if (!m) await this.coupons.grantRuleCoupons(ask.userId);
    const reductions = (await this.repo.runningReductions(ask.merchantId, m)).map((r) => ({ id: r.id, name: r.name, tiers: r.tiers }));
    const categories = await this.repo.categoriesOf([...new Set(ask.lines.map((l) => l.goodsId))], m);
    const lines: PricingLine[] = ask.lines.map((l) => ({ goodsId: l.goodsId, categoryId: categories.get(l.goodsId) ?? null, priceFen: l.priceFen, quantity: l.quantity }));
    const { shares } = applyFullReduction(lines, reductions);
    const usable = (await this.repo.usableAt(ask.userId, ask.merchantId, m))
      .map((c) => ({ c, v: evaluateCoupon(lines, shares, pick(c)) }))
      .flatMap(({ c, v }) => (v.ok ? [{ coupon: toMyCoupon(c), discountFen: v.discountFen, row: c }] : []))
      // Best first; of equals, the one expiring soonest.
      .sort((a, b) => b.discountFen - a.discountFen || Date.parse(a.coupon.validTo) - Date.parse(b.coupon.validTo));
    const suggested = usable[0]?.row ?? null;
    const chosen = ask.couponId === undefined ? suggested : ask.couponId === null ? null : (usable.find((u) => u.row.id === ask.couponId)?.row ?? (await this.refuse(ask, lines, shares, m)));
    const priced = priceLines(lines, reductions, chosen ? pick(chosen) : null);
    const discounts: CheckoutQuote['discounts'] = [];
    if (priced.fullReduction) discounts.push({ kind: 'full_reduction', label: priced.fullReduction.name, amountFen: priced.fullReduction.amountFen });
    if (priced.coupon) discounts.push({ kind: 'coupon', label: priced.coupon.name, amountFen: priced.coupon.amountFen });
    return {
      discounts,
      lineDiscounts: priced.lineDiscounts,
      coupons: usable.map(({ coupon, discountFen }) => ({ coupon, discountFen })),
      suggestedCouponId: suggested?.id ?? null,
      appliedCouponId: priced.coupon?.id ?? null,
    };
  }

  async redeem(m: EntityManager, userId: string, couponId: string, orderId: string): Promise<void> {
    if (!(await this.repo.redeem(m, userId, couponId, orderId))) throw couponErrors.alreadyUsed();
  }

  /** Why the coupon asked for cannot be used on these lines (it is not among the usable ones). */
  private async refuse(ask: PromotionAsk, lines: PricingLine[], shares: number[], m: EntityManager | undefined): Promise<never> {
    const c = await this.repo.coupon(ask.couponId as string, m);
    const now = Date.now();
    if (!c || c.userId !== ask.userId) throw couponErrors.notFound();
    if (c.status === 'used') throw couponErrors.alreadyUsed();
    if (new Date(c.validTo).getTime() <= now) throw couponErrors.expired();
    if (new Date(c.validFrom).getTime() > now) throw couponErrors.notStarted(new Date(c.validFrom));
    if (c.merchantId !== ask.merchantId) throw couponErrors.notApplicable('This coupon is for another shop');
    const v = evaluateCoupon(lines, shares, pick(c));
    if (!v.ok && v.why === 'scope') throw couponErrors.notApplicable('This coupon applies to none of these goods');
    throw couponErrors.threshold(c.rule.thresholdFen);
  }

  private async giveBack(m: EntityManager, orderId: string, couponId: string | null): Promise<void> {
    if (couponId) await this.repo.release(m, orderId);
  }
}
