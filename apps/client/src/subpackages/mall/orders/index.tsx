import { useCallback, useRef, useState } from 'react';
import Taro, { useDidShow, useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { api, orderStatusSchema, type OrderStatus } from '@livemall/shared';
import { StatusView } from '@/components/StatusView';
import { usePagedPageList } from '@/hooks/usePagedPageList';
import { call } from '@/services/request';
import { orderUrl } from '@/utils/routes';
import { OrderCard } from '../components/OrderCard';
import { cancelOrder, confirmReceipt } from '../order/order-commands';
import { orderActions, orderTabs } from '../order/order-model';
import { usePageView } from '@/hooks/usePageView';
import '../mall.scss';

/** 我的订单: `subpackages/mall/orders/index[?status=paid]`, a tab per status. */
export default function OrdersPage() {
  usePageView();
  const { params } = useRouter();
  const initial = orderStatusSchema.safeParse(params.status);
  const [status, setStatus] = useState<OrderStatus | undefined>(initial.success ? initial.data : undefined);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const fetchPage = useCallback((cursor: string | undefined) => call(api.myOrders, { query: { limit: 10, cursor, status } }), [status]);
  const orders = usePagedPageList(fetchPage);
  const shown = useRef(false);

  // Back from an order's page: it may have been paid, cancelled or confirmed there.
  useDidShow(() => {
    if (shown.current) void orders.reload();
    shown.current = true;
  });

  const run = async (command: Promise<unknown>) => {
    setBusy(true);
    const result = await command;
    setBusy(false);
    if (typeof result === 'string') setMessage(result);
    else if (result) {
      setMessage(null);
      void orders.reload();
    }
  };
  const now = Date.now();

  return (
    <View className='mall-page orders-page'>
      <View className='orders-tabs'>
        {orderTabs.map((tab) => (
          <Text
            key={tab.label}
            id={`orders-tab-${tab.status ?? 'all'}`}
            className={`orders-tab${tab.status === status ? ' orders-tab--on' : ''}`}
            onClick={() => setStatus(tab.status)}
          >
            {tab.label}
          </Text>
        ))}
      </View>
      {message ? <Text className='mall-error mall-error--block'>{message}</Text> : null}
      {orders.status === 'loading' ? <StatusView kind='loading' /> : null}
      {orders.status === 'error' ? <StatusView kind='error' text={orders.error ?? undefined} onRetry={() => void orders.reload()} /> : null}
      {orders.status === 'ready' && orders.items.length === 0 ? <StatusView kind='empty' text='还没有这样的订单' /> : null}
      {orders.status === 'ready'
        ? orders.items.map((order) => (
            <OrderCard
              key={order.id}
              order={order}
              actions={orderActions(order, now)}
              busy={busy}
              onOpen={() => void Taro.navigateTo({ url: orderUrl(order.id) })}
              onPay={() => void Taro.navigateTo({ url: `${orderUrl(order.id)}&pay=1` })}
              onCancel={() => void run(cancelOrder(order.id))}
              onConfirm={() => void run(confirmReceipt(order.id))}
            />
          ))
        : null}
      {orders.status === 'ready' && orders.items.length > 0 ? (
        <View className='mall-end'>{orders.loadingMore ? '加载中…' : orders.hasMore ? '上滑加载更多' : '没有更多了'}</View>
      ) : null}
    </View>
  );
}
