import { useCallback } from 'react';
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { api, type LiveRoomSummary } from '@livemall/shared';
import { RoomCard } from '@/components/RoomCard';
import { StatusView } from '@/components/StatusView';
import { usePagedPageList } from '@/hooks/usePagedPageList';
import { call } from '@/services/request';
import './index.scss';

export default function LivePage() {
  const fetchPage = useCallback((cursor?: string) => call(api.liveRooms, { query: { limit: 20, cursor } }), []);
  const rooms = usePagedPageList(fetchPage);

  const openRoom = (room: LiveRoomSummary) => {
    void Taro.navigateTo({ url: `/subpackages/live/room/index?roomId=${room.id}` });
  };

  if (rooms.status === 'loading') return <StatusView kind='loading' />;
  if (rooms.status === 'error') return <StatusView kind='error' text={rooms.error ?? undefined} onRetry={rooms.reload} />;
  if (rooms.items.length === 0) return <StatusView kind='empty' text='暂时没有直播，晚点再来看看' />;

  return (
    <View className='live-page'>
      {rooms.items.map((room) => (
        <RoomCard key={room.id} room={room} onOpen={openRoom} />
      ))}
      {rooms.hasMore ? null : <View className='live-page__end'>没有更多了</View>}
    </View>
  );
}
