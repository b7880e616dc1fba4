import Taro from '@tarojs/taro';
import { api, type Order } from '@livemall/shared';
import { errorText } from '@/services/error-text';
import { call } from '@/services/request';

/** Cancel or confirm receipt after asking; resolves with the new order, or the error's words. */
export async function cancelOrder(orderId: string): Promise<Order | string | null> {
  const { confirm } = await Taro.showModal({ title: '取消订单', content: '确定取消这个订单吗？商品库存会被释放。' });
  if (!confirm) return null;
  return call(api.cancelOrder, { params: { id: orderId } }).catch(errorText);
}

export async function confirmReceipt(orderId: string): Promise<Order | string | null> {
  const { confirm } = await Taro.showModal({ title: '确认收货', content: '确认已经收到商品了吗？确认后货款将结算给商家。' });
  if (!confirm) return null;
  return call(api.confirmReceipt, { params: { id: orderId } }).catch(errorText);
}
