import { useEffect, useRef, useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { flashSaleIdParamsSchema, formatFen } from '@livemall/shared';
import { StatusView } from '@/components/StatusView';
import { useNow } from '@/hooks/useNow';
import { QuantityStepper } from '../../mall/components/QuantityStepper';
import { ActivityHead } from '../shared/ActivityHead';
import { AddressBar } from '../shared/AddressBar';
import { Countdown } from '../shared/Countdown';
import { phaseAt, phaseCountdown } from '../shared/countdown-model';
import { ErrorLine, PaySheet } from '../shared/PaySheet';
import { ProgressBar } from '../shared/ProgressBar';
import { useBuyerAddress, type BuyerAddress } from '../shared/use-buyer-address';
import { usePayAndGo } from '../shared/use-pay-and-go';
import { buyState, stockBar } from './stock-model';
import { useFlashSale, type FlashSaleState } from './use-flash-sale';
import { usePageView } from '@/hooks/usePageView';
import '../marketing.scss';

/** 秒杀详情: `subpackages/marketing/flash-sale/index?id=<uuid>`. */
export default function FlashSalePage() {
  usePageView();
  const { params } = useRouter();
  const parsed = flashSaleIdParamsSchema.safeParse({ id: params.id });
  if (!parsed.success) return <StatusView kind='error' text='活动链接无效' />;
  return <FlashSaleView saleId={parsed.data.id} />;
}

function FlashSaleView({ saleId }: { saleId: string }) {
  const state = useFlashSale(saleId);
  const buyer = useBuyerAddress();
  if (!state.sale) {
    if (state.error) return <StatusView kind='error' text={state.error} onRetry={() => void state.reload()} />;
    return <StatusView kind='loading' />;
  }
  return <FlashSaleScreen state={state} buyer={buyer} />;
}

export function FlashSaleScreen({ state, buyer }: { state: FlashSaleState; buyer: BuyerAddress }) {
  const sale = state.sale!;
  const [quantity, setQuantity] = useState(1);
  const now = useNow(sale.status !== 'ended');
  const phase = phaseAt(sale.startsAt, sale.endsAt, now, sale.status);
  const countdown = phaseCountdown(sale.startsAt, sale.endsAt, phase, now);
  const bar = stockBar(sale.unitsLeft, sale.totalUnits);
  const button = buyState(sale, phase, state.limitReached);
  const payment = usePayAndGo();
  const lastPhase = useRef(phase);

  // The pass is handed out only while the sale is live: ask as it opens (or at once if it already is),
  // and read the units again when the clock moves the phase on.
  useEffect(() => {
    if (phase === 'live' && !state.token) void state.fetchToken();
    if (lastPhase.current !== phase) {
      lastPhase.current = phase;
      void state.reload();
    }
  }, [phase]);

  const max = Math.max(1, Math.min(sale.perUserLimit, sale.unitsLeft));
  const busy = state.buying || payment.busy;
  const canBuy = button.kind === 'buy' && Boolean(buyer.address) && !busy;

  const buy = async () => {
    if (!buyer.address) return;
    const placed = await state.buy(buyer.address.id, quantity);
    if (placed) await payment.pay(placed.id);
  };

  const order = state.order;
  return (
    <View className='mall-page flash-sale'>
      <View className='mall-card'>
        <ActivityHead id='flash' title={sale.title} coverUrl={sale.coverUrl} specText={sale.specText} tag='秒杀价' priceFen={sale.salePriceFen} normalFen={sale.normalPriceFen} showSaving />
        <View className='mk-row'>
          <Text id='flash-phase'>{phase === 'upcoming' ? '即将开始' : phase === 'live' ? '抢购中' : '已结束'}</Text>
          {countdown ? <Countdown id='flash-countdown' label={countdown.label} target={phase === 'upcoming' ? sale.startsAt : sale.endsAt} now={now} /> : null}
        </View>
        <ProgressBar id='flash-stock-bar' percent={bar.leftPercent} />
        <View className='mk-row'>
          <Text id='flash-sold'>{bar.soldText}</Text>
          <Text id='flash-left'>{bar.leftText}</Text>
        </View>
        <View className='mk-row'>
          <Text>每人限购 {sale.perUserLimit} 件</Text>
          <QuantityStepper id='flash-qty' value={Math.min(quantity, max)} max={max} disabled={button.kind !== 'buy' || Boolean(order)} onChange={setQuantity} />
        </View>
      </View>

      <AddressBar address={buyer.address} />
      <ErrorLine id='flash-message' text={state.message ?? payment.message} />

      <View className='mall-bar'>
        <View className='mall-bar__total'>
          <Text className='mall-hint'>应付</Text>
          <Text id='flash-total' className='mall-bar__amount'>
            {formatFen(order?.totalFen ?? sale.salePriceFen * Math.min(quantity, max))}
          </Text>
        </View>
        {order ? (
          <Text id='flash-pay' className={`mall-bar__btn${busy ? ' mall-btn--off' : ''}`} onClick={busy ? undefined : () => void payment.pay(order.id)}>
            去支付
          </Text>
        ) : (
          <Text id='flash-buy' className={`mall-bar__btn${canBuy ? '' : ' mall-btn--off'}`} onClick={canBuy ? () => void buy() : undefined}>
            {state.buying ? '抢购中…' : button.kind === 'buy' && !buyer.address ? '请先添加地址' : button.label}
          </Text>
        )}
      </View>

      <PaySheet payment={payment} totalFen={order?.totalFen ?? 0} />
    </View>
  );
}
