import { useCallback } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { api, type FlashSale } from '@livemall/shared';
import { StatusView } from '@/components/StatusView';
import { usePagedList } from '@/hooks/usePagedList';
import { useNow } from '@/hooks/useNow';
import { call } from '@/services/request';
import { flashSaleUrl } from '@/utils/routes';
import { ActivityHead } from '../shared/ActivityHead';
import { Countdown } from '../shared/Countdown';
import { phaseAt, phaseCountdown } from '../shared/countdown-model';
import { ProgressBar } from '../shared/ProgressBar';
import { stockBar } from '../flash-sale/stock-model';
import { usePageView } from '@/hooks/usePageView';
import '../marketing.scss';

/** 限时秒杀: live and upcoming sales, the soonest first. */
export default function FlashSalesPage() {
  usePageView();
  const fetchPage = useCallback((cursor: string | undefined) => call(api.flashSales, { query: { limit: 20, cursor } }), []);
  const sales = usePagedList(fetchPage);
  const now = useNow(true);

  if (sales.status === 'loading') return <StatusView kind='loading' />;
  if (sales.status === 'error') return <StatusView kind='error' text={sales.error ?? undefined} onRetry={() => void sales.reload()} />;
  if (sales.items.length === 0) return <StatusView kind='empty' text='暂时没有秒杀活动' />;
  return (
    <View className='mall-page flash-sales'>
      {sales.items.map((s) => (
        <SaleRow key={s.id} sale={s} now={now} />
      ))}
      {sales.hasMore ? (
        <Text className='mall-btn mall-btn--quiet mall-btn--center' onClick={() => void sales.loadMore()}>
          {sales.loadingMore ? '加载中…' : '加载更多'}
        </Text>
      ) : null}
    </View>
  );
}

function SaleRow({ sale, now }: { sale: FlashSale; now: number }) {
  const phase = phaseAt(sale.startsAt, sale.endsAt, now, sale.status);
  const countdown = phaseCountdown(sale.startsAt, sale.endsAt, phase, now);
  const bar = stockBar(sale.unitsLeft, sale.totalUnits);
  return (
    <View id={`flash-row-${sale.id}`} className='mall-card' onClick={() => void Taro.navigateTo({ url: flashSaleUrl(sale.id) })}>
      <ActivityHead title={sale.title} coverUrl={sale.coverUrl} tag='秒杀价' priceFen={sale.salePriceFen} normalFen={sale.normalPriceFen}>
        <ProgressBar percent={bar.leftPercent} />
        <View className='mk-row'>
          <Text>{bar.leftText}</Text>
          {countdown ? <Countdown label={countdown.label} target={phase === 'upcoming' ? sale.startsAt : sale.endsAt} now={now} /> : <Text>已结束</Text>}
        </View>
      </ActivityHead>
    </View>
  );
}
