import { Injectable, type OnModuleInit } from '@nestjs/common';
import { OrderLifecycle } from '../orders/order-lifecycle';
import { Notifier } from './notifier';

/** Tells buyers their order shipped and their refund was paid, in the transaction that moved the order. */
@Injectable()
export class OrderNotices implements OnModuleInit {
  constructor(
    private readonly lifecycle: OrderLifecycle,
    private readonly notifier: Notifier,
  ) {}

  onModuleInit(): void {
    this.lifecycle.listen({
      shipped: (m, order) =>
        this.notifier.notifyIn(m, order.userId, 'order_shipped', `order_shipped:${order.id}`, {
          orderId: order.id,
          orderNo: order.no,
          carrier: order.carrier ?? '',
          trackingNo: order.trackingNo ?? '',
        }),
      refunded: (m, order, refund) =>
        this.notifier.notifyIn(m, order.userId, 'refund_done', `refund_done:${refund.id}`, {
          orderId: order.id,
          orderNo: order.no,
          amountFen: refund.amountFen,
        }),
    });
  }
}
