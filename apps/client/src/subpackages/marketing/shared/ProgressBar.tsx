import { View } from '@tarojs/components';

/** A horizontal bar filled to `percent` (0–100, whole numbers from a model). */
export function ProgressBar({ id, percent }: { id?: string; percent: number }) {
  return (
    <View id={id} className='mk-bar'>
      <View className='mk-bar__fill' style={{ width: `${percent}%` }} />
    </View>
  );
}
