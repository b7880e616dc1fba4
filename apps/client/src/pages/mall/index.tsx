import { useCallback } from 'react';
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { api } from '@livemall/shared';
import { GoodsCard } from '@/components/GoodsCard';
import { StatusView } from '@/components/StatusView';
import { usePagedPageList } from '@/hooks/usePagedPageList';
import { call } from '@/services/request';
import './index.scss';

export default function MallPage() {
  const fetchPage = useCallback((cursor?: string) => call(api.goods, { query: { limit: 20, cursor } }), []);
  const goods = usePagedPageList(fetchPage);

  const openGoods = () => {
    // The goods detail page arrives with the mall feature.
    void Taro.showToast({ title: '商品详情即将开放', icon: 'none' });
  };

  if (goods.status === 'loading') return <StatusView kind='loading' />;
  if (goods.status === 'error') return <StatusView kind='error' text={goods.error ?? undefined} onRetry={goods.reload} />;
  if (goods.items.length === 0) return <StatusView kind='empty' text='商品正在上架中' />;

  return (
    <View className='mall-page'>
      <View className='mall-page__grid'>
        {goods.items.map((item) => (
          <View key={item.id} className='mall-page__cell'>
            <GoodsCard goods={item} onOpen={openGoods} />
          </View>
        ))}
      </View>
      {goods.hasMore ? null : <View className='mall-page__end'>没有更多了</View>}
    </View>
  );
}
