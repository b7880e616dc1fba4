import { useCallback } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { api } from '@livemall/shared';
import { Cover } from '@/components/Cover';
import { usePagedPageList } from '@/hooks/usePagedPageList';
import { call } from '@/services/request';
import { whenSessionSettled } from '@/stores/session-settled';
import { roomStatusLabel } from '@/utils/labels';
import { roomUrl } from '@/utils/routes';
import { PagedBody } from '../shared/PagedBody';
import { useRemovable } from '../shared/use-removable';
import { usePageView } from '@/hooks/usePageView';
import '../member.scss';

/** 我的关注: `subpackages/member/follows/index`: followed live rooms, each can be unfollowed. */
export default function FollowsPage() {
  usePageView();
  return <FollowsScreen />;
}

export function FollowsScreen() {
  const fetchPage = useCallback(async (cursor: string | undefined) => {
    await whenSessionSettled();
    return call(api.myFollows, { query: { limit: 20, cursor } });
  }, []);
  const list = usePagedPageList(fetchPage);
  const removable = useRemovable((roomId) => call(api.unfollowRoom, { params: { roomId } }));
  const items = list.items.filter((f) => !removable.removed.has(f.room.id));
  return (
    <View className='member-page'>
      <PagedBody list={{ ...list, items }} empty='还没有关注的直播间'>
        {items.map(({ room }) => (
          <View key={room.id} id={`follow-${room.id}`} className='member-row'>
            <View className='member-row__open' onClick={() => void Taro.navigateTo({ url: roomUrl(room.id) })}>
              <Cover url={room.coverUrl} title={room.title} className='member-row__cover' />
              <View className='member-row__main'>
                <Text className='member-row__title'>{room.title}</Text>
                <Text className='member-row__note'>
                  {room.anchorName} · {roomStatusLabel[room.status]}
                </Text>
              </View>
            </View>
            <Text id={`follow-remove-${room.id}`} className='member-row__action' onClick={() => void removable.remove(room.id)}>
              {removable.busy === room.id ? '…' : '取消关注'}
            </Text>
          </View>
        ))}
      </PagedBody>
    </View>
  );
}
