import { Injectable } from '@nestjs/common';
import type { DecideRefundRequest, Order, OrderListQuery, ShipOrderRequest } from '@livemall/shared';
import { OrderLifecycle } from './order-lifecycle';
import { OrdersReader } from './orders.reader';
import { orderErrors } from './orders.errors';
import { OrdersRepository } from './orders.repository';

/** What a shop does with its orders: ship them and decide refunds. */
@Injectable()
export class MerchantOrdersService {
  constructor(
    private readonly orders: OrdersRepository,
    private readonly reader: OrdersReader,
    private readonly lifecycle: OrderLifecycle,
  ) {}

  async list(ownerUserId: string, query: OrderListQuery) {
    return this.reader.page({ merchantId: await this.shopOf(ownerUserId) }, query);
  }

  async ship(ownerUserId: string, orderId: string, body: ShipOrderRequest): Promise<Order> {
    const merchantId = await this.shopOf(ownerUserId);
    const order = await this.reader.forMerchant(merchantId, orderId);
    if (order.status !== 'paid') throw orderErrors.state(order.status, 'be shipped');
    const row = await this.orders.find(orderId);
    if (row && !(await this.lifecycle.shippable(row))) throw orderErrors.state('waiting for its activity (a group not yet full)', 'be shipped');
    const shipped = await this.orders.transaction(async (m) => {
      const moved = await this.orders.transition(m, orderId, 'paid', 'shipped', { shipped_at: new Date(), carrier: body.carrier, tracking_no: body.trackingNo });
      if (moved) await this.lifecycle.shippedIn(m, moved);
      return moved;
    });
    if (!shipped) throw orderErrors.state((await this.reader.forMerchant(merchantId, orderId)).status, 'be shipped');
    return this.reader.forMerchant(merchantId, orderId);
  }

  /** Approving hands the refund to a retried job (the provider, then the books and stock, once). */
  async decideRefund(ownerUserId: string, refundId: string, body: DecideRefundRequest): Promise<Order> {
    const merchantId = await this.shopOf(ownerUserId);
    const refund = await this.orders.refund(refundId);
    const order = refund ? await this.orders.find(refund.orderId) : null;
    if (!refund || !order || order.merchantId !== merchantId || refund.kind !== 'item') throw orderErrors.refundNotFound();
    const decided = await this.orders.transaction(async (m) => {
      const locked = await this.orders.find(order.id, m, true);
      if (!locked) throw orderErrors.refundNotFound();
      const to = body.approve ? 'approved' : 'rejected';
      const changed = await this.orders.refundTransition(m, refundId, 'requested', to, body.note);
      // Goods still in the warehouse go back on sale; shipped ones come back (or not) outside the system.
      if (changed && body.approve && locked.status === 'paid') await this.orders.setRestock(m, refundId);
      return changed;
    });
    if (!decided) throw orderErrors.state(`refund ${refund.status}`, 'be decided again');
    if (body.approve) {
      // Done at once when the provider answers; the job is the safety net if it does not (or we crash).
      await this.lifecycle.armRefund(refundId);
      await this.lifecycle.executeRefund(refundId).catch(() => undefined);
    }
    return this.reader.forMerchant(merchantId, order.id);
  }

  private async shopOf(ownerUserId: string): Promise<string> {
    const merchantId = await this.orders.merchantOf(ownerUserId);
    if (!merchantId) throw orderErrors.notAMerchant();
    return merchantId;
  }
}
