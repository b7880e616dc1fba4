import { Text, View } from '@tarojs/components';
import { formatCountdown } from './countdown-model';

export interface CountdownProps {
  id?: string;
  label: string;
  target: string;
  now: number;
}

/** `距结束 01:02:03`: the page passes `now` (from useNow) so one clock drives every figure. */
export function Countdown({ id, label, target, now }: CountdownProps) {
  return (
    <View id={id} className='mk-countdown'>
      <Text className='mk-countdown__label'>{label}</Text>
      <Text className='mk-countdown__clock'>{formatCountdown(target, now)}</Text>
    </View>
  );
}
