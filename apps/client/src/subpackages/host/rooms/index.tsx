import { useCallback } from 'react';
import Taro, { useDidShow } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { api, type HostRoom } from '@livemall/shared';
import { StatusView } from '@/components/StatusView';
import { usePagedPageList } from '@/hooks/usePagedPageList';
import { call } from '@/services/request';
import { formatMonthDayTime } from '@/utils/format-time';
import { roomStatusLabel } from '@/utils/labels';
import { servicePages } from '@/utils/routes';
import { usePageView } from '@/hooks/usePageView';
import '../host.scss';

const CONSOLE = '/subpackages/host/console/index';

/** 我的直播间: the shop's rooms, newest first, and the way to a new one. */
export default function HostRoomsPage() {
  usePageView();
  const fetchPage = useCallback((cursor?: string) => call(api.myRooms, { query: { limit: 20, cursor } }), []);
  const rooms = usePagedPageList(fetchPage);
  // Coming back from a new room or the console: states may have moved.
  useDidShow(() => {
    if (rooms.status !== 'loading') void rooms.reload();
  });

  const create = (
    <Text id='host-create' className='host-btn host-btn--wide' onClick={() => void Taro.navigateTo({ url: '/subpackages/host/create/index' })}>
      新建直播间
    </Text>
  );

  if (rooms.status === 'loading') return <StatusView kind='loading' />;
  if (rooms.status === 'error') return <StatusView kind='error' text={rooms.error ?? undefined} onRetry={rooms.reload} />;

  return (
    <View className='host-page'>
      {create}
      <Text id='host-support-inbox' className='host-btn host-btn--wide' onClick={() => void Taro.navigateTo({ url: servicePages.hostInbox })}>
        客服消息
      </Text>
      {rooms.items.length === 0 ? <StatusView kind='empty' text='还没有直播间，新建一个吧' /> : null}
      {rooms.items.map((room) => (
        <HostRoomRow key={room.id} room={room} onOpen={() => void Taro.navigateTo({ url: `${CONSOLE}?roomId=${room.id}` })} />
      ))}
    </View>
  );
}

function HostRoomRow({ room, onOpen }: { room: HostRoom; onOpen(): void }) {
  return (
    <View id={`host-room-${room.id}`} className='host-card host-room' onClick={onOpen}>
      <View className='host-row host-row--spread'>
        <Text className='host-room__title'>{room.title}</Text>
        <Text className={`host-badge host-badge--${room.status}`}>{roomStatusLabel[room.status]}</Text>
      </View>
      <Text className='host-card__hint'>
        主播 {room.anchorName}
        {room.scheduledAt ? ` · ${formatMonthDayTime(room.scheduledAt)}` : ''}
        {room.status === 'scheduled' ? ` · ${room.reminders} 人预约` : ''}
      </Text>
    </View>
  );
}
