import { Text, View } from '@tarojs/components';
import type { LiveRoomDetail } from '@livemall/shared';
import { Cover } from '@/components/Cover';
import { formatMonthDayTime } from '@/utils/format-time';

const stateText = (room: LiveRoomDetail): string => {
  if (room.status === 'ended') return '直播已结束';
  if (room.status === 'scheduled') return room.scheduledAt ? `${formatMonthDayTime(room.scheduledAt)} 开播` : '直播即将开始';
  return '主播正在准备画面';
};

/** What stands in for the stream: the cover and where the room is at. */
export function Poster({ room }: { room: LiveRoomDetail }) {
  return (
    <View className='live-player live-player--poster'>
      <Cover url={room.coverUrl} title={room.title} className='live-player__cover' />
      <Text id='live-room-state' className='live-player__state'>
        {stateText(room)}
      </Text>
      {room.status === 'scheduled' && room.reminders > 0 ? (
        <Text className='live-player__reminders'>{room.reminders} 人已预约</Text>
      ) : null}
    </View>
  );
}
