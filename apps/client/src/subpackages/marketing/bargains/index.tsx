import { useCallback } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { api } from '@livemall/shared';
import { StatusView } from '@/components/StatusView';
import { usePagedList } from '@/hooks/usePagedList';
import { call } from '@/services/request';
import { whenSessionSettled } from '@/stores/session-settled';
import { bargainUrl } from '@/utils/routes';
import { ActivityHead } from '../shared/ActivityHead';
import { ProgressBar } from '../shared/ProgressBar';
import { bargainProgress } from '../bargain/bargain-model';
import { usePageView } from '@/hooks/usePageView';
import '../marketing.scss';

const statusLabel = { open: '砍价中', floor_reached: '已砍到底价', ordered: '已下单', expired: '已过期' } as const;

/** 我的砍价: the bargains I started, newest first. */
export default function MyBargainsPage() {
  usePageView();
  const fetchPage = useCallback(async (cursor: string | undefined) => {
    await whenSessionSettled();
    return call(api.myBargains, { query: { limit: 20, cursor } });
  }, []);
  const list = usePagedList(fetchPage);

  if (list.status === 'loading') return <StatusView kind='loading' />;
  if (list.status === 'error') return <StatusView kind='error' text={list.error ?? undefined} onRetry={() => void list.reload()} />;
  if (list.items.length === 0) return <StatusView kind='empty' text='还没有发起过砍价' />;
  return (
    <View className='mall-page my-bargains'>
      {list.items.map((b) => (
        <View key={b.id} id={`my-bargain-${b.id}`} className='mall-card' onClick={() => void Taro.navigateTo({ url: bargainUrl(b.id) })}>
          <ActivityHead title={b.activity.goodsTitle} coverUrl={b.activity.coverUrl} tag='当前价' priceFen={b.currentPriceFen} normalFen={b.originalPriceFen}>
            <ProgressBar percent={bargainProgress(b).percent} />
            <Text className='mk-sub'>{statusLabel[b.status]}</Text>
          </ActivityHead>
        </View>
      ))}
      {list.hasMore ? (
        <Text className='mall-btn mall-btn--quiet mall-btn--center' onClick={() => void list.loadMore()}>
          {list.loadingMore ? '加载中…' : '加载更多'}
        </Text>
      ) : null}
    </View>
  );
}
