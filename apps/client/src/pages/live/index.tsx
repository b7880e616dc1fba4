import { useCallback, useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useStore } from 'zustand';
import { api, type LiveRoomSummary } from '@livemall/shared';
import { RoomCard } from '@/components/RoomCard';
import { StatusView } from '@/components/StatusView';
import { usePagedPageList } from '@/hooks/usePagedPageList';
import { call } from '@/services/request';
import { askSubscribe, prefetchSubscribeTemplates } from '@/services/subscribe';
import { useSession } from '@/stores/session';
import { createReminderStore } from './reminder-store';
import { usePageView } from '@/hooks/usePageView';
import './index.scss';

const LOGIN_PAGE = '/subpackages/account/login/index';
const HOST_CONSOLE = '/subpackages/host/rooms/index';

export default function LivePage() {
  usePageView();
  const fetchPage = useCallback((cursor?: string) => call(api.liveRooms, { query: { limit: 20, cursor } }), []);
  const rooms = usePagedPageList(fetchPage);
  const userId = useSession((s) => (s.accessToken ? (s.user?.id ?? null) : null));
  const isMerchant = useSession((s) => Boolean(s.accessToken && s.user?.roles.includes('merchant')));
  const [reminders] = useState(createReminderStore);
  const reminded = useStore(reminders, (s) => s.reminded);
  const pending = useStore(reminders, (s) => s.pending);
  const reminderError = useStore(reminders, (s) => s.error);

  // The template ids must be at hand before the tap (WeChat wants the consent dialog in the tap's turn).
  useEffect(prefetchSubscribeTemplates, []);
  useEffect(() => {
    if (userId) void reminders.getState().load();
    else reminders.getState().reset();
  }, [userId, reminders]);

  useEffect(() => {
    if (reminderError) void Taro.showToast({ title: reminderError, icon: 'none' });
  }, [reminderError]);

  const openRoom = (room: LiveRoomSummary) => {
    void Taro.navigateTo({ url: `/subpackages/live/room/index?roomId=${room.id}` });
  };
  const toggleReminder = (room: LiveRoomSummary) => {
    if (!userId) return void Taro.navigateTo({ url: LOGIN_PAGE });
    // Asking for a reminder is the moment to ask WeChat for the "room is live" message (weapp only).
    if (!reminded[room.id]) void askSubscribe(['room_live']);
    void reminders.getState().toggle(room.id);
  };

  const hostEntry = isMerchant ? (
    <View id='live-host-entry' className='live-page__host' onClick={() => void Taro.navigateTo({ url: HOST_CONSOLE })}>
      <Text>主播控制台</Text>
      <Text className='live-page__host-go'>开播、推商品、抽奖 ›</Text>
    </View>
  ) : null;

  if (rooms.status === 'loading') return <StatusView kind='loading' />;
  if (rooms.status === 'error') return <StatusView kind='error' text={rooms.error ?? undefined} onRetry={rooms.reload} />;
  if (rooms.items.length === 0) {
    return (
      <View className='live-page'>
        {hostEntry}
        <StatusView kind='empty' text='暂时没有直播，晚点再来看看' />
      </View>
    );
  }

  // The server lists live rooms first, then upcoming ones by start time; the page heads each group.
  const live = rooms.items.filter((r) => r.status === 'live');
  const upcoming = rooms.items.filter((r) => r.status === 'scheduled');

  return (
    <View className='live-page'>
      {hostEntry}
      {live.length ? <Text className='live-page__section'>正在直播</Text> : null}
      {live.map((room) => (
        <RoomCard key={room.id} room={room} onOpen={openRoom} />
      ))}
      {upcoming.length ? <Text className='live-page__section'>即将开播</Text> : null}
      {upcoming.map((room) => (
        <RoomCard
          key={room.id}
          room={room}
          onOpen={openRoom}
          reminder={{ reminded: Boolean(reminded[room.id]), pending: Boolean(pending[room.id]), onToggle: () => toggleReminder(room) }}
        />
      ))}
      {rooms.hasMore ? null : <View className='live-page__end'>没有更多了</View>}
    </View>
  );
}
