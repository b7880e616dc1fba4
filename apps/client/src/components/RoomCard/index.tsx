import { Text, View } from '@tarojs/components';
import type { LiveRoomSummary } from '@livemall/shared';
import { Cover } from '@/components/Cover';
import { formatMonthDayTime } from '@/utils/format-time';
import { roomStatusLabel } from '@/utils/labels';
import './index.scss';

export interface RoomReminderToggle {
  reminded: boolean;
  /** The last tap is still on its way. */
  pending: boolean;
  onToggle(): void;
}

export interface RoomCardProps {
  room: LiveRoomSummary;
  onOpen?: (room: LiveRoomSummary) => void;
  /** 提醒我 / 已预约, for an upcoming room. */
  reminder?: RoomReminderToggle;
}

export function RoomCard({ room, onOpen, reminder }: RoomCardProps) {
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
        {reminder ? (
          <Text
            id={`reminder-${room.id}`}
            className={`room-card__remind${reminder.reminded ? ' room-card__remind--on' : ''}${reminder.pending ? ' room-card__remind--pending' : ''}`}
            onClick={(e) => {
              e.stopPropagation();
              if (!reminder.pending) reminder.onToggle();
            }}
          >
            {reminder.reminded ? '已预约' : '提醒我'}
          </Text>
        ) : null}
      </View>
    </View>
  );
}
