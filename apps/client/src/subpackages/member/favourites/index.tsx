import { useCallback } from 'react';
import { Text, View } from '@tarojs/components';
import { api } from '@livemall/shared';
import { usePagedPageList } from '@/hooks/usePagedPageList';
import { call } from '@/services/request';
import { whenSessionSettled } from '@/stores/session-settled';
import { formatMonthDayTime } from '@/utils/format-time';
import { GoodsRow } from '../shared/GoodsRow';
import { PagedBody } from '../shared/PagedBody';
import { useRemovable } from '../shared/use-removable';
import { usePageView } from '@/hooks/usePageView';
import '../member.scss';

/** 我的收藏: `subpackages/member/favourites/index`: favourited goods, newest first, each removable. */
export default function FavouritesPage() {
  usePageView();
  return <FavouritesScreen />;
}

export function FavouritesScreen() {
  const fetchPage = useCallback(async (cursor: string | undefined) => {
    await whenSessionSettled();
    return call(api.myFavourites, { query: { limit: 20, cursor } });
  }, []);
  const list = usePagedPageList(fetchPage);
  const removable = useRemovable((goodsId) => call(api.removeFavourite, { params: { goodsId } }));
  const items = list.items.filter((f) => !removable.removed.has(f.goods.id));
  return (
    <View className='member-page'>
      <PagedBody list={{ ...list, items }} empty='还没有收藏的商品'>
        {items.map((f) => (
          <GoodsRow
            key={f.goods.id}
            goods={f.goods}
            note={`${formatMonthDayTime(f.at)} 收藏`}
            action={
              <Text id={`favourite-remove-${f.goods.id}`} className='member-row__action' onClick={() => void removable.remove(f.goods.id)}>
                {removable.busy === f.goods.id ? '…' : '取消收藏'}
              </Text>
            }
          />
        ))}
      </PagedBody>
    </View>
  );
}
