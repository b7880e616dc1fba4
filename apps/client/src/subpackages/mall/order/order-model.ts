import type { Order, OrderStatus, Refund } from '@livemall/shared';

export const orderStatusLabel: Record<OrderStatus, string> = {
  pending_payment: '待付款',
  paid: '待发货',
  shipped: '待收货',
  completed: '已完成',
  cancelled: '已取消',
};

export const refundStatusLabel: Record<Refund['status'], string> = {
  requested: '退款申请中',
  approved: '退款已同意',
  rejected: '退款被拒绝',
  refunded: '已退款',
};

export const cancelReasonLabel: Record<NonNullable<Order['cancelReason']>, string> = {
  user: '你取消了订单',
  timeout: '超时未支付，订单已自动取消',
  merchant: '商家取消了订单',
  activity_failed: '活动未成功，款项已原路退回',
};

/** The tabs of 我的订单, in order; `undefined` is 全部. */
export const orderTabs: readonly { status: OrderStatus | undefined; label: string }[] = [
  { status: undefined, label: '全部' },
  { status: 'pending_payment', label: '待付款' },
  { status: 'paid', label: '待发货' },
  { status: 'shipped', label: '待收货' },
  { status: 'completed', label: '已完成' },
  { status: 'cancelled', label: '已取消' },
];

type Item = Order['items'][number];

/**
 * How many of an item the buyer may still ask back: bought, less what was refunded or is being
 * decided (a rejected request frees its quantity again). Only once the order is paid and not cancelled.
 */
export function refundableQuantity(order: Order, item: Item): number {
  if (order.status === 'pending_payment' || order.status === 'cancelled') return 0;
  const open = order.refunds
    .filter((r) => r.orderItemId === item.id && (r.status === 'requested' || r.status === 'approved'))
    .reduce((n, r) => n + r.quantity, 0);
  return Math.max(0, item.quantity - item.refundedQuantity - open);
}

export interface OrderActions {
  pay: boolean;
  cancel: boolean;
  confirm: boolean;
}

export function orderActions(order: Order, now: number): OrderActions {
  const unpaid = order.status === 'pending_payment' && Date.parse(order.payDeadline) > now;
  return { pay: unpaid, cancel: order.status === 'pending_payment', confirm: order.status === 'shipped' };
}

/** `125_000` ms → `02:05`; never negative. */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const pad = (n: number) => String(n).padStart(2, '0');
  const hours = Math.floor(total / 3600);
  const rest = `${pad(Math.floor((total % 3600) / 60))}:${pad(total % 60)}`;
  return hours ? `${hours}:${rest}` : rest;
}
