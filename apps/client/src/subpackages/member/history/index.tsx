import { useCallback } from 'react';
import { View } from '@tarojs/components';
import { api } from '@livemall/shared';
import { usePagedPageList } from '@/hooks/usePagedPageList';
import { call } from '@/services/request';
import { whenSessionSettled } from '@/stores/session-settled';
import { formatMonthDayTime } from '@/utils/format-time';
import { GoodsRow } from '../shared/GoodsRow';
import { PagedBody } from '../shared/PagedBody';
import { usePageView } from '@/hooks/usePageView';
import '../member.scss';

/** 浏览足迹: `subpackages/member/history/index`: goods opened while logged in, the last 100. */
export default function HistoryPage() {
  usePageView();
  return <HistoryScreen />;
}

export function HistoryScreen() {
  const fetchPage = useCallback(async (cursor: string | undefined) => {
    await whenSessionSettled();
    return call(api.myHistory, { query: { limit: 20, cursor } });
  }, []);
  const list = usePagedPageList(fetchPage);
  return (
    <View className='member-page'>
      <PagedBody list={list} empty='还没有浏览过商品'>
        {list.items.map((v) => (
          <GoodsRow key={v.goods.id} goods={v.goods} note={`${formatMonthDayTime(v.at)} 看过`} />
        ))}
      </PagedBody>
    </View>
  );
}
