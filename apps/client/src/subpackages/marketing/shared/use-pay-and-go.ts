import Taro from '@tarojs/taro';
import { orderUrl } from '@/utils/routes';
import { usePayOrder, type PayOrderState } from '../../mall/pay/use-pay-order';

/**
 * The mall's pay flow for an activity order. Paid or not, the buyer then goes on to `next(orderId)` (the
 * order page by default, the group page for a group buy): the order exists and can be paid from there.
 */
export function usePayAndGo(next: (orderId: string) => string = orderUrl): PayOrderState {
  return usePayOrder({ onSettled: (orderId) => void Taro.redirectTo({ url: next(orderId) }) });
}
