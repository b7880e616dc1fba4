import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CheckoutPromotions, type PromotionAsk, type PromotionResult, type PromotionStage } from '../orders/checkout-promotions';
import { allocate } from '../orders/discounts';
import { OrderLifecycle } from '../orders/order-lifecycle';
import type { OrderRow, RefundRow } from '../orders/orders.repository';
import { InsufficientBalance } from '../wallet/wallet.repository';
import { Points } from './points';
import { pointsErrors } from './points.errors';
import { PointsRepository } from './points.repository';
import { clawbackTarget, pointsDeduction } from './points-rules';

/**
 * Paying with points at checkout, a stage after 满减 and the coupon (catalogue orders only: activity orders
 * take no promotions). The fen off are split over the lines like the other discounts, so a refunded unit
 * gives back its money net of them; the points go back with the order: all on cancellation (key
 * `points-return:<orderId>`), the refunded share of the goods on each refund (`points-return:<refundId>`,
 * all of them once the goods are refunded in full). Returned points are a new lot with a fresh expiry.
 */
@Injectable()
export class PointsCheckout implements PromotionStage, OnModuleInit {
  private readonly log = new Logger('PointsCheckout');

  constructor(
    private readonly promotions: CheckoutPromotions,
    private readonly lifecycle: OrderLifecycle,
    private readonly repo: PointsRepository,
    private readonly points: Points,
  ) {}

  onModuleInit(): void {
    this.promotions.addStage(this);
    this.lifecycle.listen({
      cancelled: (m, order) => this.giveBack(m, order, null),
      refunded: (m, order, refund) => this.giveBack(m, order, refund),
      paid: (m, order) => this.retake(m, order),
    });
  }

  async price(ask: PromotionAsk, before: PromotionResult): Promise<PromotionResult> {
    if (ask.pointsToUse === undefined) return before;
    const rules = await this.repo.rules(ask.m);
    const balance = ask.m ? await this.points.available(ask.m, ask.userId) : await this.points.balance(ask.userId);
    const left = ask.lines.map((l, i) => l.priceFen * l.quantity - (before.lineDiscounts[i] ?? 0));
    const room = ask.lines.map((l, i) => Math.max(0, (left[i] ?? 0) - l.quantity));
    const goodsFen = left.reduce((a, b) => a + b, 0);
    const d = pointsDeduction(ask.pointsToUse, balance, goodsFen, room.reduce((a, b) => a + b, 0), rules);
    const points = { balance, maxPoints: d.maxPoints, usedPoints: d.points, deductionFen: d.fen };
    if (d.fen === 0) return { ...before, points };
    const shares = allocate(d.fen, left, room);
    return {
      ...before,
      discounts: [...before.discounts, { kind: 'points', label: `积分抵扣 ${d.points}`, amountFen: d.fen }],
      lineDiscounts: before.lineDiscounts.map((x, i) => x + (shares[i] ?? 0)),
      points,
    };
  }

  async commit(m: EntityManager, userId: string, orderId: string, result: PromotionResult): Promise<void> {
    const used = result.points?.usedPoints ?? 0;
    if (used === 0) return;
    await this.repo.insertDeduction(m, { orderId, userId, points: used, fen: result.points?.deductionFen ?? 0 });
    try {
      await this.points.spend(m, userId, { amount: used, reason: 'points_deduction', reference: orderId, key: `checkout:${orderId}` });
    } catch (error) {
      if (error instanceof InsufficientBalance) throw pointsErrors.insufficient();
      throw error;
    }
  }

  /** Cancellation: everything not yet returned; a refund: up to its cumulative share of the order. */
  private async giveBack(m: EntityManager, order: OrderRow, refund: RefundRow | null): Promise<void> {
    if (!(await this.repo.touchesPoints(m, order.id, 'point_order_deductions'))) return;
    await this.points.open(m, order.userId); // wallet lock first, as everywhere
    const d = await this.repo.lockDeduction(m, order.id);
    if (!d) return;
    // The points were spread over the goods, not the shipping: the refunded share of the goods' money.
    const target = refund === null ? d.points : clawbackTarget(d.points, order.totalFen - order.shippingFen, order.refundedFen);
    const due = target - d.returned;
    if (due <= 0) return;
    await this.repo.setReturned(m, order.id, target);
    await this.points.credit(m, order.userId, { amount: due, reason: 'points_return', reference: order.id, key: `points-return:${refund?.id ?? order.id}` });
  }

  /** A cancelled order paid late is revived at its discounted price: it takes its points again, as many as are left. */
  private async retake(m: EntityManager, order: OrderRow): Promise<void> {
    if (order.status !== 'cancelled' || !(await this.repo.touchesPoints(m, order.id, 'point_order_deductions'))) return;
    await this.points.open(m, order.userId);
    const d = await this.repo.lockDeduction(m, order.id);
    if (!d || d.returned === 0) return;
    const taken = await this.points.spendUpTo(m, order.userId, { amount: d.returned, reason: 'points_deduction', reference: order.id, key: `checkout-again:${order.id}` });
    await this.repo.setReturned(m, order.id, d.returned - taken);
    if (taken < d.returned) this.log.warn(`order ${order.id} revived with ${d.returned - taken} of its points no longer there`);
  }
}
