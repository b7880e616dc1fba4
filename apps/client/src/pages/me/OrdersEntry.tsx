import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { mallPages } from '@/utils/routes';

const shortcuts = [
  { status: 'pending_payment', label: '待付款' },
  { status: 'paid', label: '待发货' },
  { status: 'shipped', label: '待收货' },
  { status: 'completed', label: '已完成' },
] as const;

/** 我的订单 with a shortcut per status, and the cart and address book. */
export function OrdersEntry() {
  const go = (url: string) => void Taro.navigateTo({ url });
  return (
    <View className='me-orders'>
      <View id='me-orders' className='me-orders__head' onClick={() => go(mallPages.orders)}>
        <Text className='me-orders__title'>我的订单</Text>
        <Text className='me-orders__all'>全部 ›</Text>
      </View>
      <View className='me-orders__row'>
        {shortcuts.map((s) => (
          <Text key={s.status} id={`me-orders-${s.status}`} className='me-orders__item' onClick={() => go(`${mallPages.orders}?status=${s.status}`)}>
            {s.label}
          </Text>
        ))}
      </View>
      <View className='me-orders__row me-orders__row--links'>
        <Text id='me-cart' className='me-orders__item' onClick={() => go(mallPages.cart)}>
          购物车
        </Text>
        <Text id='me-addresses' className='me-orders__item' onClick={() => go(mallPages.addresses)}>
          收货地址
        </Text>
      </View>
    </View>
  );
}
