import { useCallback, useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { ScrollView, Text, View } from '@tarojs/components';
import { api, type Category } from '@livemall/shared';
import { StatusView } from '@/components/StatusView';
import { usePagedList } from '@/hooks/usePagedList';
import { call } from '@/services/request';
import { goodsUrl, mallPages } from '@/utils/routes';
import { MallFilters, type GoodsFilter } from './components/MallFilters';
import { MarketingStrip } from './components/MarketingStrip';
import { GoodsCardList } from './components/GoodsCardList';
import { useInviteLink } from './invite-link';
import { usePageView } from '@/hooks/usePageView';
import { useImpressions } from '@/hooks/useImpressions';
import { trackClick } from '@/services/track-events';
import './index.scss';

const PAGE_SIZE = 20;

/** 商城 tab: a searchable, sortable waterfall of goods; the bottom of the list loads the next page. */
export default function MallPage() {
  usePageView();
  useInviteLink();
  const [filter, setFilter] = useState<GoodsFilter>({ sort: 'new' });
  const [categories, setCategories] = useState<Category[]>([]);
  const [refreshing, setRefreshing] = useState(false);
  const fetchPage = useCallback(
    (cursor: string | undefined) =>
      call(api.goods, { query: { limit: PAGE_SIZE, cursor, sort: filter.sort, categoryId: filter.categoryId, q: filter.q } }),
    [filter],
  );
  const goods = usePagedList(fetchPage);
  useImpressions('goods', goods.items.map((g) => g.id));

  useEffect(() => {
    // Without categories the chips row shows only 全部; the goods still load.
    call(api.categories).then((r) => setCategories(r.items), () => undefined);
  }, []);

  const refresh = () => {
    setRefreshing(true);
    void goods.reload().finally(() => setRefreshing(false));
  };
  const open = (id: string) => {
    trackClick('goods', id);
    void Taro.navigateTo({ url: goodsUrl(id) });
  };

  return (
    <View className='mall-page'>
      <MallFilters filter={filter} categories={categories} onChange={setFilter} />
      <MarketingStrip />
      <ScrollView
        id='mall-scroll'
        className='mall-page__scroll'
        scrollY
        lowerThreshold={300}
        onScrollToLower={() => void goods.loadMore()}
        refresherEnabled
        refresherTriggered={refreshing}
        onRefresherRefresh={refresh}
      >
        {goods.status === 'loading' ? <StatusView kind='loading' /> : null}
        {goods.status === 'error' ? <StatusView kind='error' text={goods.error ?? undefined} onRetry={() => void goods.reload()} /> : null}
        {goods.status === 'ready' && goods.items.length === 0 ? (
          <StatusView kind='empty' text={filter.q || filter.categoryId ? '没有找到相关商品' : '商品正在上架中'} />
        ) : null}
        {goods.status === 'ready' && goods.items.length > 0 ? (
          <>
            <GoodsCardList resetKey={JSON.stringify(filter)} items={goods.items} onOpen={(g) => open(g.id)} />
            <View id='mall-list-end' className='mall-page__end'>
              {goods.loadingMore ? '加载中…' : goods.hasMore ? (goods.error ? `${goods.error}，上滑重试` : '上滑加载更多') : '没有更多了'}
            </View>
          </>
        ) : null}
      </ScrollView>
      <View id='mall-cart' className='mall-page__cart' onClick={() => void Taro.navigateTo({ url: mallPages.cart })}>
        <Text>购物车</Text>
      </View>
    </View>
  );
}
