import { Text, View } from '@tarojs/components';

/** The room has ended: said over the whole screen, with the way back to the list. */
export function EndedOverlay({ onBack }: { onBack(): void }) {
  return (
    <View id='live-ended' className='ended-overlay'>
      <Text className='ended-overlay__title'>直播已结束</Text>
      <Text className='ended-overlay__hint'>感谢观看，下次开播再见</Text>
      <Text id='live-ended-back' className='ended-overlay__back' onClick={onBack}>
        看看其他直播
      </Text>
    </View>
  );
}
