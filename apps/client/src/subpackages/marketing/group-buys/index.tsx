import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { api, formatFen, type GroupBuyActivity } from '@livemall/shared';
import { Cover } from '@/components/Cover';
import { StatusView } from '@/components/StatusView';
import { errorText } from '@/services/error-text';
import { call } from '@/services/request';
import { savingText } from '@/utils/coupon-text';
import { groupBuyUrl } from '@/utils/routes';
import '../marketing.scss';

/** 拼团: the activities running now, ending soonest first. */
export default function GroupBuysPage() {
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
          <View className='mk-head'>
            <Cover url={a.coverUrl} title={a.title} className='mk-head__cover' />
            <View className='mk-head__body'>
              <Text className='mk-title'>{a.title}</Text>
              <View className='mk-prices'>
                <Text className='mk-price__tag'>{a.groupSize}人团</Text>
                <Text className='mk-price'>{formatFen(a.groupPriceFen)}</Text>
                <Text className='mk-normal'>{formatFen(a.normalPriceFen)}</Text>
              </View>
              <Text className='mk-saving'>{savingText(a.normalPriceFen, a.groupPriceFen)}</Text>
            </View>
          </View>
        </View>
      ))}
    </View>
  );
}
