import { Text, View } from '@tarojs/components';
import type { PusherProps } from './pusher.types';

/** A browser cannot push RTMP (Taro's LivePusher is an empty stub on H5): the anchor uses an encoder. */
export function Pusher({ pushUrl }: PusherProps) {
  return (
    <View id='host-pusher' className='host-pusher host-pusher--h5'>
      <Text className='host-pusher__hint'>
        {pushUrl
          ? '浏览器无法直接推流：请用 OBS 等推流软件，把上面的推流地址填入“服务器/串流密钥”后开始推流。'
          : '服务器未配置推流服务（演示环境），开播后观众看到封面。'}
      </Text>
    </View>
  );
}
