import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { OrderLifecycle } from '../orders/order-lifecycle';
import type { OrderRow, RefundRow } from '../orders/orders.repository';
import { Points } from './points';
import { PointsRepository } from './points.repository';
import { clawbackTarget, purchasePoints } from './points-rules';

/**
 * Purchase points, inside the order's own transactions. On completion the buyer earns
 * `floor(paid / 100 × rate)` on what is still paid (refunds before completion already lowered it), key
 * `order:<id>`, recorded in `point_order_earnings`. A refund after that takes back its share of those
 * points (cumulative over the order's refunds, all of them once it is refunded in full), at most what the
 * user still has: the balance never goes below 0 and what was already spent is forgiven. Key
 * `points-refund:<refundId>` (`refund:<id>` is the money ledger's key for the same refund).
 */
@Injectable()
export class PurchasePointsListener implements OnModuleInit {
  constructor(
    private readonly lifecycle: OrderLifecycle,
    private readonly repo: PointsRepository,
    private readonly points: Points,
  ) {}

  onModuleInit(): void {
    this.lifecycle.listen({ completed: (m, order) => this.completed(m, order), refunded: (m, order, refund) => this.refunded(m, order, refund) });
  }

  async completed(m: EntityManager, order: OrderRow): Promise<void> {
    const paidFen = order.totalFen - order.refundedFen;
    const earned = purchasePoints(paidFen, (await this.repo.rules(m)).purchasePointsPerYuan);
    if (!(await this.repo.insertEarning(m, { orderId: order.id, userId: order.userId, paidFen, points: earned }))) return;
    await this.points.credit(m, order.userId, { amount: earned, reason: 'purchase_points', reference: order.id, key: `order:${order.id}` });
  }

  async refunded(m: EntityManager, order: OrderRow, refund: RefundRow): Promise<void> {
    // A second or late payment sent back was never the order's money (as in OrderLifecycle.executeRefund).
    if (refund.kind === 'payment_return' && refund.paymentId !== order.paymentId) return;
    if (!(await this.repo.touchesPoints(m, order.id, 'point_order_earnings'))) return; // not completed: nothing earned yet
    await this.points.open(m, order.userId); // the wallet lock comes before the earning's, as everywhere
    const earning = await this.repo.lockEarning(m, order.id);
    if (!earning || earning.points === 0) return;
    const refundedFen = earning.refundedFen + refund.amountFen;
    const target = clawbackTarget(earning.points, earning.paidFen, refundedFen);
    await this.repo.updateEarning(m, order.id, refundedFen, target);
    const due = target - earning.clawedBack;
    if (due > 0) await this.points.spendUpTo(m, order.userId, { amount: due, reason: 'points_clawback', reference: refund.id, key: `points-refund:${refund.id}` });
  }
}
