import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { api, type GroupBuyActivity } from '@livemall/shared';
import { StatusView } from '@/components/StatusView';
import { errorText } from '@/services/error-text';
import { call } from '@/services/request';
import { groupBuyUrl } from '@/utils/routes';
import { ActivityHead } from '../shared/ActivityHead';
import { usePageView } from '@/hooks/usePageView';
import '../marketing.scss';

/** 拼团: the activities running now, ending soonest first. */
export default function GroupBuysPage() {
  usePageView();
  const [items, setItems] = useState<GroupBuyActivity[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = () =>
    call(api.groupBuys).then(
      (r) => setItems(r.items),
      (e: unknown) => setError(errorText(e)),
    );
  useEffect(() => void load(), []);

  if (!items) return error ? <StatusView kind='error' text={error} onRetry={() => void load()} /> : <StatusView kind='loading' />;
  if (items.length === 0) return <StatusView kind='empty' text='暂时没有拼团活动' />;
  return (
    <View className='mall-page group-buys'>
      {items.map((a) => (
        <View key={a.id} id={`group-buy-row-${a.id}`} className='mall-card' onClick={() => void Taro.navigateTo({ url: groupBuyUrl(a.id) })}>
          <ActivityHead title={a.title} coverUrl={a.coverUrl} specText={a.specText} tag={`${a.groupSize}人团`} priceFen={a.groupPriceFen} normalFen={a.normalPriceFen} showSaving />
        </View>
      ))}
    </View>
  );
}
