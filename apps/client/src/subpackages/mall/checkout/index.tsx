import { useState } from 'react';
import Taro, { useDidShow, useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { formatFen } from '@livemall/shared';
import { StatusView } from '@/components/StatusView';
import { askSubscribe } from '@/services/subscribe';
import { mallPages, orderUrl } from '@/utils/routes';
import { AddressCard } from '../components/AddressCard';
import { DevPaySheet } from '../components/DevPaySheet';
import { Figures } from '../components/Figures';
import { LineRow } from '../components/LineRow';
import { PAY_NOTICE_KINDS, usePayOrder } from '../pay/use-pay-order';
import { decodeLines } from './checkout-lines';
import { couponOptions, couponSummary } from './coupon-choice';
import { CouponPicker } from './CouponPicker';
import { pointsRow } from './points-choice';
import { useCheckout } from './use-checkout';
import { usePageView } from '@/hooks/usePageView';
import '../mall.scss';

/** 确认订单: `subpackages/mall/checkout/index?lines=<sku>*<qty>,…[&fromCart=1]`. */
export default function CheckoutPage() {
  usePageView();
  const { params } = useRouter();
  const lines = decodeLines(params.lines);
  if (!lines) return <StatusView kind='error' text='没有要结算的商品' />;
  return <CheckoutScreen lines={lines} fromCart={params.fromCart === '1'} />;
}

export function CheckoutScreen({ lines, fromCart }: { lines: NonNullable<ReturnType<typeof decodeLines>>; fromCart: boolean }) {
  const checkout = useCheckout(lines, fromCart);
  const [picking, setPicking] = useState(false);
  const { quote, address, order } = checkout;
  // Paid or not, the buyer goes on to the order: it exists now, and can be paid from there.
  const payment = usePayOrder({ onSettled: (orderId) => void Taro.redirectTo({ url: orderUrl(orderId) }) });
  useDidShow(() => void checkout.reloadAddresses());

  if (checkout.addresses === null) return <StatusView kind='loading' />;

  const placeAndPay = async () => {
    // Asked before placing the order: after its round trip WeChat would no longer count this as the tap.
    await askSubscribe(PAY_NOTICE_KINDS);
    const placed = await checkout.submit();
    if (placed) await payment.pay(placed.id, { consentAsked: true });
  };
  const busy = checkout.submitting || payment.busy;
  const canSubmit = Boolean(address && quote) && !busy && !checkout.quoting;
  const error = checkout.submitError ?? payment.message;
  const totalFen = order?.totalFen ?? quote?.totalFen ?? 0;

  return (
    <View className='mall-page checkout-page'>
      <View className='mall-card'>
        {address ? (
          <AddressCard id='checkout-address' address={address} chevron onClick={() => void Taro.navigateTo({ url: `${mallPages.addresses}?select=1` })} />
        ) : (
          <View id='checkout-address-add' className='address-card address-card--empty' onClick={() => void Taro.navigateTo({ url: `${mallPages.addresses}?select=1&add=1` })}>
            <Text>＋ 添加收货地址</Text>
          </View>
        )}
      </View>

      {quote ? (
        <>
          <View className='mall-card'>
            {quote.lines.map((l) => (
              <LineRow key={l.skuId} title={l.title} specText={l.specText} coverUrl={l.coverUrl} priceFen={l.priceFen} quantity={l.quantity} />
            ))}
          </View>
          {/* Once ordered, the coupon is the order's: no more choosing. */}
          <View id='checkout-coupon' className='mall-card coupon-row' onClick={order ? undefined : () => setPicking(true)}>
            <Text>优惠券</Text>
            <Text id='checkout-coupon-value' className={`coupon-row__value${quote.appliedCouponId ? '' : ' coupon-row__value--none'}`}>
              {couponSummary(quote)} ›
            </Text>
          </View>
          {pointsRow(checkout.usePoints, quote) ? (
            <View id='checkout-points' className='mall-card coupon-row'>
              <Text>积分</Text>
              <Text id='checkout-points-value' className='coupon-row__value coupon-row__value--none'>
                {pointsRow(checkout.usePoints, quote)!.text}
              </Text>
              {pointsRow(checkout.usePoints, quote)!.usable && !order ? (
                <Text
                  id='checkout-points-toggle'
                  className={`points-toggle${checkout.usePoints ? ' points-toggle--on' : ''}`}
                  onClick={checkout.quoting ? undefined : () => checkout.setUsePoints(!checkout.usePoints)}
                >
                  {checkout.usePoints ? '✓' : ''}
                </Text>
              ) : null}
            </View>
          ) : null}
          <Figures
            rows={[
              { label: '商品金额', fen: quote.itemsFen, id: 'checkout-items' },
              { label: '运费', fen: quote.shippingFen, id: 'checkout-shipping' },
              // 满减 and coupon lines as the server worded and computed them.
              ...quote.discounts.map((d) => ({ label: d.label, fen: d.amountFen, minus: true, id: `checkout-discount-${d.kind}` })),
            ]}
            total={{ label: '应付', fen: quote.totalFen }}
            totalId='checkout-total'
          />
        </>
      ) : checkout.quoteError ? null : (
        <StatusView kind='loading' text='正在计算价格…' />
      )}
      {checkout.quoteError ? (
        <Text id='checkout-quote-error' className='mall-error mall-error--block'>
          {checkout.quoteError}
        </Text>
      ) : null}
      {error ? (
        <Text id='checkout-error' className='mall-error mall-error--block'>
          {error}
        </Text>
      ) : null}

      <View className='mall-bar'>
        <View className='mall-bar__total'>
          <Text className='mall-hint'>应付</Text>
          <Text id='checkout-bar-total' className='mall-bar__amount'>
            {quote || order ? formatFen(totalFen) : '—'}
          </Text>
        </View>
        {order ? (
          <Text id='checkout-pay' className={`mall-bar__btn${busy ? ' mall-btn--off' : ''}`} onClick={busy ? undefined : () => void payment.pay(order.id)}>
            去支付
          </Text>
        ) : (
          <Text id='checkout-submit' className={`mall-bar__btn${canSubmit ? '' : ' mall-btn--off'}`} onClick={canSubmit ? () => void placeAndPay() : undefined}>
            {checkout.submitting ? '提交中…' : checkout.submitError ? '重新提交' : '提交订单'}
          </Text>
        )}
      </View>

      {picking && quote ? (
        <CouponPicker
          options={couponOptions(quote)}
          onClose={() => setPicking(false)}
          onPick={(id) => {
            setPicking(false);
            checkout.chooseCoupon(id);
          }}
        />
      ) : null}

      {payment.devPaymentId ? (
        <DevPaySheet totalFen={totalFen} busy={payment.busy} error={payment.message} onConfirm={() => void payment.confirmDev()} onCancel={payment.cancelDev} />
      ) : null}
    </View>
  );
}
