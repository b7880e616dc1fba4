import { Text, View } from '@tarojs/components';
import { formatFen, type Order } from '@livemall/shared';
import { Cover } from '@/components/Cover';
import { orderStatusLabel, type OrderActions } from '../order/order-model';

export interface OrderCardProps {
  order: Order;
  actions: OrderActions;
  busy: boolean;
  onOpen(): void;
  onPay(): void;
  onCancel(): void;
  onConfirm(): void;
}

/** An order in 我的订单: status, its goods, the total, and what can be done with it now. */
export function OrderCard({ order, actions, busy, onOpen, onPay, onCancel, onConfirm }: OrderCardProps) {
  const count = order.items.reduce((n, i) => n + i.quantity, 0);
  const first = order.items[0];
  return (
    <View id={`order-card-${order.id}`} className='mall-card order-card' onClick={onOpen}>
      <View className='order-card__head'>
        <Text className='mall-hint'>订单号 {order.no}</Text>
        <Text className={`order-status order-status--${order.status}`}>{orderStatusLabel[order.status]}</Text>
      </View>
      <View className='order-card__goods'>
        {order.items.slice(0, 4).map((i) => (
          <Cover key={i.id} url={i.coverUrl} title={i.title} className='order-card__cover' />
        ))}
        {order.items.length === 1 && first ? <Text className='order-card__title'>{first.title}</Text> : null}
      </View>
      <Text className='order-card__sum'>
        共 {count} 件 合计 <Text className='order-card__total'>{formatFen(order.totalFen)}</Text>
      </Text>
      {actions.pay || actions.cancel || actions.confirm ? (
        <View className='order-card__actions' onClick={(e) => e.stopPropagation()}>
          {actions.cancel ? (
            <Text className='mall-btn mall-btn--small mall-btn--quiet' onClick={busy ? undefined : onCancel}>
              取消订单
            </Text>
          ) : null}
          {actions.pay ? (
            <Text className='mall-btn mall-btn--small' onClick={busy ? undefined : onPay}>
              去支付
            </Text>
          ) : null}
          {actions.confirm ? (
            <Text className='mall-btn mall-btn--small' onClick={busy ? undefined : onConfirm}>
              确认收货
            </Text>
          ) : null}
        </View>
      ) : null}
    </View>
  );
}
