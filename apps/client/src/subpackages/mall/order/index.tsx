import { useEffect, useRef, useState } from 'react';
import Taro, { useDidShow, useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { api, orderIdParamsSchema, type Order } from '@livemall/shared';
import { StatusView } from '@/components/StatusView';
import { errorText } from '@/services/error-text';
import { call } from '@/services/request';
import { formatMonthDayTime } from '@/utils/format-time';
import { chatUrl, goodsUrl } from '@/utils/routes';
import { AddressCard } from '../components/AddressCard';
import { DevPaySheet } from '../components/DevPaySheet';
import { Figures } from '../components/Figures';
import { LineRow } from '../components/LineRow';
import { RefundForm } from '../components/RefundForm';
import { usePayOrder } from '../pay/use-pay-order';
import { cancelOrder, confirmReceipt } from './order-commands';
import { cancelReasonLabel, formatCountdown, orderActions, orderStatusLabel, refundableQuantity, refundStatusLabel } from './order-model';
import { useNow, useOrder } from './use-order';
import { usePageView } from '@/hooks/usePageView';
import '../mall.scss';

/** 订单详情: `subpackages/mall/order/index?id=<uuid>[&pay=1]` (pay=1 starts paying at once). */
export default function OrderPage() {
  usePageView();
  const { params } = useRouter();
  const parsed = orderIdParamsSchema.safeParse({ id: params.id });
  if (!parsed.success) return <StatusView kind='error' text='订单链接无效' />;
  return <OrderScreen orderId={parsed.data.id} payNow={params.pay === '1'} />;
}

function OrderScreen({ orderId, payNow }: { orderId: string; payNow: boolean }) {
  const state = useOrder(orderId);
  const { order } = state;
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [refunding, setRefunding] = useState<string | null>(null);
  const [refundError, setRefundError] = useState<string | null>(null);
  const pending = order?.status === 'pending_payment';
  const now = useNow(pending);
  const shown = useRef(false);
  const autoPaid = useRef(false);

  const payment = usePayOrder({
    onSettled: (_id, paid, paidOrder) => {
      if (paidOrder) return state.set(paidOrder);
      // WeChat's sheet said paid: the server hears from WeChat a moment later.
      if (paid) void waitUntilPaid(state.reload);
    },
  });

  useDidShow(() => {
    if (shown.current) void state.reload();
    shown.current = true;
  });
  useEffect(() => {
    if (payNow && order && !autoPaid.current && orderActions(order, Date.now()).pay) {
      autoPaid.current = true;
      void payment.pay(order.id);
    }
    // Once, the first time the order is known (autoPaid guards the re-renders).
  }, [payNow, order, payment]);

  const overdue = pending && order ? Date.parse(order.payDeadline) <= now : false;
  // At the deadline the server cancels the order and releases its stock: show that.
  const { reload } = state;
  useEffect(() => {
    if (!overdue) return;
    const timer = setTimeout(() => void reload(), 2000);
    return () => clearTimeout(timer);
  }, [overdue, reload]);

  if (!order) {
    if (state.error) return <StatusView kind='error' text={state.error} onRetry={() => void state.reload()} />;
    return <StatusView kind='loading' />;
  }

  const actions = orderActions(order, now);
  const run = async (command: Promise<Order | string | null>) => {
    setBusy(true);
    const result = await command;
    setBusy(false);
    if (typeof result === 'string') setMessage(result);
    else if (result) {
      setMessage(null);
      state.set(result);
    }
  };
  const requestRefund = async (itemId: string, quantity: number, reason: string) => {
    setBusy(true);
    setRefundError(null);
    try {
      state.set(await call(api.requestRefund, { params: { id: order.id }, body: { orderItemId: itemId, quantity, reason } }));
      setRefunding(null);
    } catch (e) {
      setRefundError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  const error = message ?? payment.message;
  return (
    <View className='mall-page order-page'>
      <View className={`mall-card order-hero order-hero--${order.status}`}>
        <Text id='order-status' className='order-hero__status'>
          {orderStatusLabel[order.status]}
        </Text>
        {pending ? (
          <Text id='order-countdown' className='order-hero__hint'>
            {overdue ? '支付已超时，订单即将取消' : `请在 ${formatCountdown(Date.parse(order.payDeadline) - now)} 内完成支付`}
          </Text>
        ) : null}
        {order.status === 'paid' ? <Text className='order-hero__hint'>商家正在备货</Text> : null}
        {order.status === 'shipped' ? (
          <Text id='order-tracking' className='order-hero__hint'>
            {order.carrier ?? '快递'} {order.trackingNo ?? ''}
          </Text>
        ) : null}
        {order.status === 'cancelled' && order.cancelReason ? <Text className='order-hero__hint'>{cancelReasonLabel[order.cancelReason]}</Text> : null}
      </View>

      <View className='mall-card'>
        <AddressCard address={order.address} />
      </View>

      <View className='mall-card'>
        {order.items.map((item) => {
          const refundable = refundableQuantity(order, item);
          const refunds = order.refunds.filter((r) => r.orderItemId === item.id);
          return (
            <View key={item.id} id={`order-item-${item.id}`}>
              <LineRow
                title={item.title}
                specText={item.specText}
                coverUrl={item.coverUrl}
                priceFen={item.priceFen}
                quantity={item.quantity}
                onOpen={() => void Taro.navigateTo({ url: goodsUrl(item.goodsId) })}
                extra={
                  <View className='order-item__extra' onClick={(e) => e.stopPropagation()}>
                    {refunds.map((r) => (
                      <Text key={r.id} className={`refund-status refund-status--${r.status}`}>
                        {refundStatusLabel[r.status]} ×{r.quantity}
                        {r.note ? `：${r.note}` : ''}
                      </Text>
                    ))}
                    {refundable > 0 && refunding !== item.id ? (
                      <Text
                        id={`order-refund-${item.id}`}
                        className='mall-link'
                        onClick={() => {
                          setRefundError(null);
                          setRefunding(item.id);
                        }}
                      >
                        申请退款
                      </Text>
                    ) : null}
                  </View>
                }
              />
              {refunding === item.id ? (
                <RefundForm
                  itemId={item.id}
                  max={refundable}
                  busy={busy}
                  error={refundError}
                  onSubmit={(q, reason) => void requestRefund(item.id, q, reason)}
                  onCancel={() => setRefunding(null)}
                />
              ) : null}
            </View>
          );
        })}
      </View>

      <Figures
        rows={[
          { label: '商品金额', fen: order.itemsFen },
          { label: '运费', fen: order.shippingFen },
          ...(order.discountFen ? [{ label: '优惠', fen: order.discountFen, minus: true }] : []),
          ...(order.refundedFen ? [{ label: '已退款', fen: order.refundedFen, id: 'order-refunded' }] : []),
        ]}
        total={{ label: pending ? '应付' : '实付', fen: order.totalFen }}
        totalId='order-total'
      />

      <View className='mall-card order-meta'>
        <Text className='mall-hint'>订单号 {order.no}</Text>
        <Text className='mall-hint'>下单时间 {formatMonthDayTime(order.createdAt)}</Text>
        {order.paidAt ? <Text className='mall-hint'>付款时间 {formatMonthDayTime(order.paidAt)}</Text> : null}
        {order.shippedAt ? <Text className='mall-hint'>发货时间 {formatMonthDayTime(order.shippedAt)}</Text> : null}
        {order.completedAt ? <Text className='mall-hint'>完成时间 {formatMonthDayTime(order.completedAt)}</Text> : null}
        <Text id='order-service' className='mall-link' onClick={() => void Taro.navigateTo({ url: chatUrl(order.merchantId, order.no) })}>
          联系客服
        </Text>
      </View>
      {error ? (
        <Text id='order-error' className='mall-error mall-error--block'>
          {error}
        </Text>
      ) : null}

      {actions.pay || actions.cancel || actions.confirm ? (
        <View className='mall-bar mall-bar--end'>
          {actions.cancel ? (
            <Text id='order-cancel' className='mall-btn mall-btn--quiet' onClick={busy ? undefined : () => void run(cancelOrder(order.id))}>
              取消订单
            </Text>
          ) : null}
          {actions.pay ? (
            <Text id='order-pay' className={`mall-btn${payment.busy ? ' mall-btn--off' : ''}`} onClick={payment.busy ? undefined : () => void payment.pay(order.id)}>
              去支付
            </Text>
          ) : null}
          {actions.confirm ? (
            <Text id='order-confirm' className='mall-btn' onClick={busy ? undefined : () => void run(confirmReceipt(order.id))}>
              确认收货
            </Text>
          ) : null}
        </View>
      ) : null}

      {payment.devPaymentId ? (
        <DevPaySheet totalFen={order.totalFen} busy={payment.busy} error={payment.message} onConfirm={() => void payment.confirmDev()} onCancel={payment.cancelDev} />
      ) : null}
    </View>
  );
}

/** After WeChat's sheet: re-read the order a few times until the server has the notify. */
async function waitUntilPaid(reload: () => Promise<Order | null>): Promise<void> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const order = await reload();
    if (order && order.status !== 'pending_payment') return;
    await new Promise((resolve) => setTimeout(resolve, 1500));
  }
}
