import { Text, View } from '@tarojs/components';
import type { LiveRoomDetail } from '@livemall/shared';
import type { ConnectionStatus } from '@/services/realtime/room-connection';

export interface RoomHeaderProps {
  room: LiveRoomDetail;
  online: number;
  likes: number;
  connection: ConnectionStatus;
  /** 关注 / 已关注 (following null: not known yet). */
  follow?: { following: boolean | null; onToggle(): void };
}

/** 10000 and up reads as 万, the way Chinese live apps count. */
export function compactCount(n: number): string {
  return n >= 10_000 ? `${(Math.floor(n / 1000) / 10).toFixed(1)}万` : String(n);
}

export function RoomHeader({ room, online, likes, connection, follow }: RoomHeaderProps) {
  return (
    <View className='room-header'>
      <View className='room-header__anchor'>
        <Text className='room-header__name'>{room.anchorName}</Text>
        <Text id='live-likes' className='room-header__likes'>
          {compactCount(likes)} 赞
        </Text>
        {follow ? (
          <Text id='live-follow' className={`room-header__follow${follow.following ? ' room-header__follow--on' : ''}`} onClick={follow.onToggle}>
            {follow.following ? '已关注' : '+ 关注'}
          </Text>
        ) : null}
      </View>
      <Text id='live-online' className='room-header__online'>
        {compactCount(online)} 人在看
      </Text>
      {connection === 'reconnecting' ? <Text className='room-header__reconnecting'>重连中…</Text> : null}
    </View>
  );
}
