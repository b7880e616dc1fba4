import type { OrderStatus } from '@livemall/shared';
import { isApiError } from '../../api/api-error';
import { errorText } from '../../api/api-error';

export const statusText: Record<OrderStatus, string> = {
  pending_payment: '待付款',
  paid: '待发货',
  shipped: '已发货',
  completed: '已完成',
  cancelled: '已取消',
};
export const statusColor: Record<OrderStatus, string> = { pending_payment: 'orange', paid: 'red', shipped: 'blue', completed: 'green', cancelled: 'default' };

export const refundStatusText = { requested: '待处理', approved: '已同意', rejected: '已拒绝', refunded: '已退款' } as const;

/** A buyer in a list: the first character of the name and the phone's first 3 and last 4 digits. */
export const maskName = (name: string): string => (name.length <= 1 ? name : `${name[0]}${'*'.repeat(Math.min(name.length - 1, 2))}`);
export const maskPhone = (phone: string): string => (phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : phone);

/**
 * A failed action in words. A state conflict means someone else (the buyer cancelling, another staff
 * member shipping, the payment timeout) changed the order first: say so, the screen reloads it.
 */
export function actionErrorText(action: string, e: unknown): string {
  if (isApiError(e) && e.code === 'ORDER_STATE_CONFLICT') return `${action}失败：订单状态已经变了（可能已被取消、已发货或已处理），已刷新为最新状态`;
  return `${action}失败：${errorText(e)}`;
}
