import { Injectable, Logger } from '@nestjs/common';
import { type CheckoutQuote, type CheckoutRequest, type CreateOrderRequest, type Order, PAYMENT_TIMEOUT_MINUTES } from '@livemall/shared';
import type { EntityManager } from 'typeorm';
import { AddressesRepository } from './addresses.repository';
import { CartRepository } from './cart.repository';
import { CheckoutPromotions, type MemberBenefits, type PromotionResult } from './checkout-promotions';
import { applyMemberBenefits } from './member-pricing';
import { orderNo } from './order-no';
import { OrderLifecycle } from './order-lifecycle';
import { OrdersReader } from './orders.reader';
import { orderErrors } from './orders.errors';
import { OrdersRepository } from './orders.repository';
import { shippingFor } from './pricing';
import { type SkuInfo, SkuRepository } from './sku.repository';

type Line = { skuId: string; quantity: number };

/**
 * From lines to an order. Everything is computed here from today's catalogue: the client sends SKU ids
 * and quantities, never prices. Creating the order reserves the stock in the same transaction, one
 * conditional decrement per SKU (in id order, so two buyers never deadlock), and is idempotent by the
 * buyer's request id.
 */
@Injectable()
export class CheckoutService {
  private readonly log = new Logger('CheckoutService');

  constructor(
    private readonly skus: SkuRepository,
    private readonly orders: OrdersRepository,
    private readonly addresses: AddressesRepository,
    private readonly carts: CartRepository,
    private readonly lifecycle: OrderLifecycle,
    private readonly reader: OrdersReader,
    private readonly promotions: CheckoutPromotions,
  ) {}

  async quote(userId: string, body: CheckoutRequest): Promise<CheckoutQuote> {
    if (body.addressId && !(await this.addresses.find(userId, body.addressId))) throw orderErrors.addressNotFound();
    const skus = await this.skus.find(body.lines.map((l) => l.skuId));
    const { quote } = price(body.lines, skus, true);
    const promo = await this.promotions.price({ userId, merchantId: quote.merchantId, lines: quote.lines, couponId: body.couponId, pointsToUse: body.pointsToUse });
    return this.discounted(quote, promo, await this.promotions.memberBenefits(userId)).quote;
  }

  /**
   * The quote with 满减, the coupon and then the member discount taken off (never below one fen: the rules
   * keep a fen per unit), shipping waived from the member's threshold; and each line's whole discount.
   */
  private discounted(quote: CheckoutQuote, promo: PromotionResult, benefits: MemberBenefits | null): { quote: CheckoutQuote; lineDiscounts: number[] } {
    const member = applyMemberBenefits(quote.lines, promo.lineDiscounts, quote.itemsFen, quote.shippingFen, benefits);
    const discounts = member.discount ? [...promo.discounts, member.discount] : promo.discounts;
    const discountFen = discounts.reduce((sum, d) => sum + d.amountFen, 0);
    return {
      quote: {
        ...quote,
        shippingFen: member.shippingFen,
        discounts,
        discountFen,
        totalFen: Math.max(1, quote.itemsFen + member.shippingFen - discountFen),
        coupons: promo.coupons,
        suggestedCouponId: promo.suggestedCouponId,
        appliedCouponId: promo.appliedCouponId,
        ...(promo.points ? { points: promo.points } : {}),
      },
      lineDiscounts: quote.lines.map((_, i) => (promo.lineDiscounts[i] ?? 0) + (member.lineDiscounts[i] ?? 0)),
    };
  }

  async create(userId: string, body: CreateOrderRequest): Promise<Order> {
    const earlier = await this.orders.byRequestId(body.requestId);
    if (earlier) return this.replay(userId, earlier.id, body);
    const address = await this.addresses.find(userId, body.addressId);
    if (!address) throw orderErrors.addressNotFound();
    const { id: _id, isDefault: _default, ...shipTo } = address;
    let orderId: string;
    try {
      orderId = await this.orders.transaction(async (m) => {
        const skus = await this.skus.find(body.lines.map((l) => l.skuId), m);
        const base = price(body.lines, skus, false).quote;
        const promo = await this.promotions.price({ userId, merchantId: base.merchantId, lines: base.lines, couponId: body.couponId, pointsToUse: body.pointsToUse, m });
        const { quote, lineDiscounts } = this.discounted(base, promo, await this.promotions.memberBenefits(userId, m));
        const order = await this.orders.insert(m, {
          no: orderNo(),
          requestId: body.requestId,
          userId,
          merchantId: quote.merchantId,
          itemsFen: quote.itemsFen,
          shippingFen: quote.shippingFen,
          discountFen: quote.discountFen,
          totalFen: quote.totalFen,
          address: shipTo,
          payDeadline: new Date(Date.now() + PAYMENT_TIMEOUT_MINUTES * 60_000),
          items: quote.lines.map((l, i) => ({ skuId: l.skuId, goodsId: l.goodsId, title: l.title, specText: l.specText, coverUrl: l.coverUrl, priceFen: l.priceFen, quantity: l.quantity, discountFen: lineDiscounts[i] ?? 0 })),
          couponId: promo.appliedCouponId,
        });
        // One coupon, one order: a conditional update, so of two orders racing for it one gets it.
        if (promo.appliedCouponId) await this.promotions.redeem(m, userId, promo.appliedCouponId, order.id);
        await this.promotions.commit(m, userId, order.id, promo);
        if (body.fromCart) await this.carts.remove(userId, body.lines.map((l) => l.skuId), m);
        // Last, so the hot SKU's row is locked only from here to the commit: buyers of one SKU queue on
        // that lock, and the shorter it is held the more orders a second.
        await this.reserve(m, body.lines, skus);
        return order.id;
      });
    } catch (error) {
      // Two tries with the same request id at once: the second hits the unique key and gets the first's order.
      if ((error as { code?: string }).code === '23505') {
        const winner = await this.orders.byRequestId(body.requestId);
        if (winner) return this.replay(userId, winner.id, body);
      }
      throw error;
    }
    await this.lifecycle.armTimeout(orderId);
    return this.reader.forUser(userId, orderId);
  }

  private async reserve(m: EntityManager, lines: readonly Line[], skus: Map<string, SkuInfo>): Promise<void> {
    for (const line of [...lines].sort((a, b) => (a.skuId < b.skuId ? -1 : 1))) {
      if (!(await this.skus.reserve(m, line.skuId, line.quantity))) throw orderErrors.outOfStock(line.skuId, skus.get(line.skuId)?.stock ?? 0);
    }
  }

  private async replay(userId: string, orderId: string, body: CreateOrderRequest): Promise<Order> {
    const order = await this.reader.forUser(userId, orderId).catch(() => null);
    const same =
      order !== null &&
      order.items.length === body.lines.length &&
      body.lines.every((l) => order.items.some((i) => i.skuId === l.skuId && i.quantity === l.quantity));
    if (!same) throw orderErrors.idempotencyConflict();
    return order;
  }
}

/** Prices the lines from the catalogue. `quoting`: a quote also reports lines short of stock. */
function price(lines: readonly Line[], skus: Map<string, SkuInfo>, quoting: boolean): { quote: CheckoutQuote } {
  const merchants = new Set<string>();
  const priced = lines.map((l) => {
    const sku = skus.get(l.skuId);
    if (!sku) throw orderErrors.skuNotFound(l.skuId);
    if (!sku.available) throw orderErrors.offShelf(l.skuId);
    if (quoting && sku.stock < l.quantity) throw orderErrors.outOfStock(l.skuId, sku.stock);
    merchants.add(sku.merchantId);
    return { skuId: sku.skuId, goodsId: sku.goodsId, title: sku.title, specText: sku.specText, coverUrl: sku.coverUrl, priceFen: sku.priceFen, quantity: l.quantity, subtotalFen: sku.priceFen * l.quantity, stock: sku.stock };
  });
  if (merchants.size !== 1) throw orderErrors.mixedMerchants();
  const itemsFen = priced.reduce((sum, l) => sum + l.subtotalFen, 0);
  const shippingFen = shippingFor(itemsFen);
  // 满减 and coupons are taken off by `discounted`.
  return {
    quote: {
      merchantId: [...merchants][0] as string, lines: priced, itemsFen, shippingFen, discounts: [], discountFen: 0, totalFen: itemsFen + shippingFen,
      coupons: [], suggestedCouponId: null, appliedCouponId: null,
    },
  };
}
