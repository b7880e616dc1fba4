import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';

/** The room's push URL, for the anchor only (viewers' room detail has none). */
export function PushUrlCard({ pushUrl }: { pushUrl: string | null }) {
  return (
    <View className='host-card'>
      <Text className='host-card__title'>推流地址</Text>
      {pushUrl ? (
        <View className='host-push-url'>
          <Text id='host-push-url' className='host-push-url__text' userSelect>
            {pushUrl}
          </Text>
          <Text id='host-push-url-copy' className='host-btn host-btn--small' onClick={() => void Taro.setClipboardData({ data: pushUrl })}>
            复制
          </Text>
        </View>
      ) : (
        <Text className='host-card__hint'>未配置推流服务（演示环境）</Text>
      )}
    </View>
  );
}
