import { Text, View } from '@tarojs/components';
import { formatFen, type GrabRecord } from '@livemall/shared';
import { Cover } from '@/components/Cover';
import type { ListStatus } from '@/hooks/usePagedList';
import { formatMonthDayTime } from '@/utils/format-time';

export interface GrabListProps {
  items: GrabRecord[];
  status: ListStatus;
  error: string | null;
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
  onRetry: () => void;
}

/** Who grabbed what, in grab order; the server marks the luckiest once the packet is over. */
export function GrabList({ items, status, error, hasMore, loadingMore, onLoadMore, onRetry }: GrabListProps) {
  if (status === 'loading') return <View className='grab-list__status'>加载中…</View>;
  if (status === 'error') {
    return (
      <View className='grab-list__status' onClick={onRetry}>
        {error ?? '加载失败'}，点击重试
      </View>
    );
  }
  if (items.length === 0) return <View className='grab-list__status'>还没有人领取</View>;
  return (
    <View className='grab-list'>
      {items.map((grab) => (
        <View key={grab.seq} className='grab-list__row'>
          <View className='grab-list__avatar'>
            <Cover url={grab.avatarUrl} title={grab.nickname} className='grab-list__avatar-image' />
          </View>
          <View className='grab-list__who'>
            <Text className='grab-list__nickname'>{grab.nickname}</Text>
            <Text className='grab-list__time'>{formatMonthDayTime(grab.createdAt)}</Text>
          </View>
          <View className='grab-list__money'>
            <Text className='grab-list__amount'>{formatFen(grab.amount)}</Text>
            {grab.luckiest ? <Text className='grab-list__luckiest'>手气最佳</Text> : null}
          </View>
        </View>
      ))}
      {hasMore ? (
        <View className='grab-list__more' onClick={loadingMore ? undefined : onLoadMore}>
          {loadingMore ? '加载中…' : '查看更多'}
        </View>
      ) : null}
    </View>
  );
}
