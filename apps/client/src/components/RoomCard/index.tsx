import { Text, View } from '@tarojs/components';
import type { LiveRoomSummary } from '@livemall/shared';
import { Cover } from '@/components/Cover';
import { formatMonthDayTime } from '@/utils/format-time';
import { roomStatusLabel } from '@/utils/labels';
import './index.scss';

export interface RoomCardProps {
  room: LiveRoomSummary;
  onOpen?: (room: LiveRoomSummary) => void;
}

export function RoomCard({ room, onOpen }: RoomCardProps) {
  const startsAt = room.status === 'scheduled' && room.scheduledAt ? formatMonthDayTime(room.scheduledAt) : '';
  return (
    <View className='room-card' onClick={() => onOpen?.(room)}>
      <View className='room-card__media'>
        <Cover url={room.coverUrl} title={room.title} className='room-card__cover' />
        <Text className={`room-card__badge room-card__badge--${room.status}`}>{roomStatusLabel[room.status]}</Text>
      </View>
      <View className='room-card__body'>
        <Text className='room-card__title'>{room.title}</Text>
        <View className='room-card__meta'>
          <Text className='room-card__anchor'>{room.anchorName}</Text>
          {startsAt ? <Text className='room-card__time'>{startsAt} 开播</Text> : null}
        </View>
      </View>
    </View>
  );
}
