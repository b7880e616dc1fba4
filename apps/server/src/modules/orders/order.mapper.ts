import type { Order } from '@livemall/shared';
import type { ItemRow, OrderRow, RefundRow } from './orders.repository';

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

/** An order as the API shows it. Payment returns (money the order could not keep) are not after-sales lines. */
export function toOrder(o: OrderRow, items: readonly ItemRow[], refunds: readonly RefundRow[]): Order {
  const a = o.address;
  return {
    id: o.id,
    no: o.no,
    userId: o.userId,
    merchantId: o.merchantId,
    status: o.status,
    source: o.source,
    sourceId: o.sourceId,
    items: items.map((i) => ({ id: i.id, skuId: i.skuId, goodsId: i.goodsId, title: i.title, specText: i.specText, coverUrl: i.coverUrl, priceFen: i.priceFen, quantity: i.quantity, refundedQuantity: i.refundedQuantity, discountFen: i.discountFen })),
    itemsFen: o.itemsFen,
    shippingFen: o.shippingFen,
    discountFen: o.discountFen,
    totalFen: o.totalFen,
    couponId: o.couponId,
    refundedFen: o.refundedFen,
    address: { name: a.name ?? '', phone: a.phone ?? '', province: a.province ?? '', city: a.city ?? '', district: a.district ?? '', detail: a.detail ?? '' },
    createdAt: new Date(o.createdAt).toISOString(),
    payDeadline: new Date(o.payDeadline).toISOString(),
    paidAt: iso(o.paidAt),
    shippedAt: iso(o.shippedAt),
    carrier: o.carrier,
    trackingNo: o.trackingNo,
    completedAt: iso(o.completedAt),
    cancelledAt: iso(o.cancelledAt),
    cancelReason: o.cancelReason,
    refunds: refunds
      .filter((r) => r.kind === 'item' && r.orderItemId)
      .map((r) => ({ id: r.id, orderItemId: r.orderItemId as string, quantity: r.quantity, amountFen: r.amountFen, reason: r.reason, status: r.status, note: r.note, createdAt: new Date(r.createdAt).toISOString() })),
  };
}
