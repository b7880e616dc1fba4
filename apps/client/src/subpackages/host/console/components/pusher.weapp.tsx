import { LivePusher, Text, View } from '@tarojs/components';
import type { PusherProps } from './pusher.types';

/** The phone's camera straight into the room: live-pusher pushes RTMP while the room is live. */
export function Pusher({ pushUrl, live }: PusherProps) {
  if (!pushUrl) {
    return (
      <View id='host-pusher' className='host-pusher'>
        <Text className='host-pusher__hint'>服务器未配置推流服务（演示环境），开播后观众看到封面。</Text>
      </View>
    );
  }
  return (
    <View id='host-pusher' className='host-pusher'>
      <LivePusher className='host-pusher__camera' url={pushUrl} mode='HD' autopush={live} enableCamera muted={false} />
      {live ? null : <Text className='host-pusher__hint'>开播后自动开始推流</Text>}
    </View>
  );
}
