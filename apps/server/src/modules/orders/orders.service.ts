import { Injectable } from '@nestjs/common';
import type { Order, OrderListQuery, PayOrderResult, RequestRefundRequest } from '@livemall/shared';
import { PaymentsService } from '../payments/payments.service';
import { refundAmount } from './discounts';
import { OrderLifecycle } from './order-lifecycle';
import { OrdersReader } from './orders.reader';
import { orderErrors } from './orders.errors';
import { OrdersRepository } from './orders.repository';

/** What a buyer does with their orders. */
@Injectable()
export class OrdersService {
  constructor(
    private readonly orders: OrdersRepository,
    private readonly reader: OrdersReader,
    private readonly lifecycle: OrderLifecycle,
    private readonly payments: PaymentsService,
  ) {}

  list(userId: string, query: OrderListQuery) {
    return this.reader.page({ userId }, query);
  }

  get(userId: string, orderId: string): Promise<Order> {
    return this.reader.forUser(userId, orderId);
  }

  /** Cancelling twice is a no-op; a paid order cannot be cancelled (ask for a refund). */
  async cancel(userId: string, orderId: string): Promise<Order> {
    const order = await this.reader.forUser(userId, orderId);
    if (order.status !== 'pending_payment' && order.status !== 'cancelled') throw orderErrors.state(order.status, 'be cancelled');
    await this.lifecycle.cancel(orderId, 'user');
    const now = await this.reader.forUser(userId, orderId);
    // A payment may have landed between the read and the cancel.
    if (now.status !== 'cancelled') throw orderErrors.state(now.status, 'be cancelled');
    return now;
  }

  async pay(userId: string, orderId: string): Promise<PayOrderResult> {
    const order = await this.reader.forUser(userId, orderId);
    if (order.status !== 'pending_payment') throw orderErrors.state(order.status, 'be paid');
    const description = order.items.length === 1 ? order.items[0]!.title : `${order.items[0]!.title} 等 ${order.items.length} 件`;
    return this.payments.start({ id: order.id, no: order.no, userId, totalFen: order.totalFen, description: description.slice(0, 120) });
  }

  /** Completes a shipped order and pays the shop, unless a refund is still open. */
  async confirm(userId: string, orderId: string): Promise<Order> {
    await this.orders.transaction(async (m) => {
      const order = await this.orders.find(orderId, m, true);
      if (!order || order.userId !== userId) throw orderErrors.orderNotFound();
      if (order.status === 'completed') return;
      if (order.status !== 'shipped') throw orderErrors.state(order.status, 'be confirmed');
      const open = (await this.orders.refunds([orderId], m)).some((r) => r.status === 'requested' || r.status === 'approved');
      if (open) throw orderErrors.state('waiting for a refund', 'be confirmed');
      await this.orders.transition(m, orderId, 'shipped', 'completed', { completed_at: new Date() });
      await this.lifecycle.settle(m, orderId, order.merchantId);
      await this.lifecycle.completedIn(m, order);
    });
    return this.reader.forUser(userId, orderId);
  }

  /**
   * Part of an item back, before the order completes. The order row's lock keeps two requests from claiming
   * the same units. The amount is the units' price less their share of the line's discount, computed so
   * that all the line's units together give back exactly what the line was paid.
   */
  async requestRefund(userId: string, orderId: string, body: RequestRefundRequest): Promise<Order> {
    await this.orders.transaction(async (m) => {
      const order = await this.orders.find(orderId, m, true);
      if (!order || order.userId !== userId) throw orderErrors.orderNotFound();
      if (order.status !== 'paid' && order.status !== 'shipped') throw orderErrors.state(order.status, 'be refunded');
      const item = (await this.orders.items([orderId], m)).find((i) => i.id === body.orderItemId);
      if (!item) throw orderErrors.refundQuantity(0);
      const claimed = (await this.orders.refunds([orderId], m))
        .filter((r) => r.orderItemId === item.id && r.status !== 'rejected')
        .reduce((n, r) => n + r.quantity, 0);
      const left = item.quantity - claimed;
      if (body.quantity > left) throw orderErrors.refundQuantity(left);
      await this.orders.insertRefund(m, {
        orderId, kind: 'item', orderItemId: item.id, paymentId: null, quantity: body.quantity, amountFen: refundAmount(item, claimed, body.quantity),
        reason: body.reason, status: 'requested', restock: false,
      });
    });
    return this.reader.forUser(userId, orderId);
  }
}
