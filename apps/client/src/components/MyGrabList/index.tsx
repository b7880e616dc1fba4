import { Text, View } from '@tarojs/components';
import { formatFen, type MyGrab } from '@livemall/shared';
import type { ListStatus } from '@/hooks/usePagedList';
import { formatMonthDayTime } from '@/utils/format-time';
import './index.scss';

export interface MyGrabListProps {
  items: MyGrab[];
  status: ListStatus;
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
  onOpen: (packetId: string) => void;
}

/** 我的红包: the packets I grabbed, each opening its packet page. Quiet on failure: the wallet is the record. */
export function MyGrabList({ items, status, hasMore, loadingMore, onLoadMore, onOpen }: MyGrabListProps) {
  if (status !== 'ready' || items.length === 0) return null;
  return (
    <View className='my-grabs'>
      <Text className='my-grabs__title'>我的红包</Text>
      {items.map((grab) => (
        <View key={grab.packetId} className='my-grabs__row' onClick={() => onOpen(grab.packetId)}>
          <View className='my-grabs__what'>
            <Text className='my-grabs__sender'>{grab.anchorName}的红包</Text>
            <Text className='my-grabs__time'>{formatMonthDayTime(grab.createdAt)}</Text>
          </View>
          <Text className='my-grabs__amount'>{formatFen(grab.amount)}</Text>
        </View>
      ))}
      {hasMore ? (
        <View className='my-grabs__more' onClick={loadingMore ? undefined : onLoadMore}>
          {loadingMore ? '加载中…' : '加载更多'}
        </View>
      ) : null}
    </View>
  );
}
